"""Iteration, shared by `for` statements and comprehensions.

`range()` becomes a counting loop on a hidden counter (assigning the loop variable in
the body must not change the iteration, as in Python); lists and strings use `for-of`;
anything of open type goes through `py_iter`.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..types import ANY, INT, STR, T
from .core import expr, is_simple, type_of
from .known import known
from .targets import assign


def element_type(iter_t: T) -> T:
    if iter_t.kind == "never":
        return iter_t
    if iter_t.kind in ("list", "tuple", "tuplen", "set"):
        return iter_t.elem
    if iter_t.kind == "str":
        return STR
    if iter_t.kind == "dict":
        return iter_t.args[0]
    return ANY


def is_range_call(fx, node) -> bool:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
        return False
    if node.keywords or not 1 <= len(node.args) <= 3:
        return False
    if any(isinstance(arg, ast.Starred) for arg in node.args):
        return False
    if fx.lookup_local(node.func.id) is not None:
        return False
    found, value = fx.lookup_global(node.func.id)
    k = known(value) if found else None
    return k is not None and k.kind == "builtin" and k.name == "range"


def loop(fx, target, iter_node, body: list[js.Stmt], loc=None) -> list[js.Stmt]:
    """Statements that run `body` once per item, with `target` assigned."""
    if is_range_call(fx, iter_node):
        counted = _range_loop(fx, target, iter_node, body, loc)
        if counted is not None:
            return counted
    iter_t = type_of(fx, iter_node)
    iterable = expr(fx, iter_node)
    if iter_t.kind == "dict":
        iterable = js.Call(js.Member(iterable, "keys"), ())
    elif iter_t.kind not in ("list", "tuple", "tuplen", "str", "set"):
        iterable = fx.unit.call("py_iter", iterable)
    elem_t = element_type(iter_t)
    if isinstance(target, ast.Name):
        owner = fx.lookup_local(target.id)
        name = js.Name(owner.js_name_of(target.id) if owner else target.id)
        return [js.ForOf(name, iterable, tuple(body), loc=loc)]
    item = js.Name(fx.temp())
    head = assign(fx, target, item, elem_t)
    return [js.ForOf(item, iterable, tuple(head + body), loc=loc)]


def _range_loop(fx, target, node: ast.Call, body, loc) -> list[js.Stmt] | None:
    args = [expr(fx, arg) for arg in node.args]
    if any(type_of(fx, arg).kind not in ("int", "bool") for arg in node.args):
        return None  # range(2.5) raises TypeError: let py_range say so
    start, stop, step = js.Num(0), args[0], js.Num(1)
    if len(args) >= 2:
        start, stop = args[0], args[1]
    if len(args) == 3:
        step = args[2]
        if not isinstance(step, js.Num) or step.value == 0:
            return None  # the direction is known only at run time
    prelude: list[js.Stmt] = []
    if not is_simple(stop) or isinstance(stop, js.Name):
        # range() evaluates its bounds once; the body may rebind the name.
        bound = fx.temp()
        prelude.append(js.ExprStmt(js.Assign(js.Name(bound), stop)))
        stop = js.Name(bound)
    counter = fx.temp()
    i = js.Name(counter)
    ascending = not isinstance(step, js.Num) or step.value > 0
    test = js.Binary("<" if ascending else ">", i, stop)
    update = (
        js.Update("++", i)
        if isinstance(step, js.Num) and step.value == 1
        else js.Assign(i, step, op="+=")
    )
    head = assign(fx, target, i, INT)
    return prelude + [
        js.For(js.Assign(i, start), test, update, tuple(head + body), loc=loc)
    ]
