"""Array tests hoisted out of loops: `Array.isArray(brow)` once, not per read.

A read `brow[j]` of a value of open type tests that it is an array before reading by
index (expressions.open_seq_item). Inside a loop that never rebinds `brow` the answer
cannot change (a list stays a list), so the test is made once before the loop and the
reads test its result: in a matrix product's inner loop the test per read cost about
a seventh of the loop.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..scope import COMPREHENSIONS, DEFS, FUNCTIONS, walk
from .core import is_array, type_of

_OWN_SCOPES = (*FUNCTIONS, *COMPREHENSIONS)


def hoisted_array_tests(fx, loop: ast.stmt) -> tuple[list[js.Stmt], dict[str, str]]:
    """The statements to put before `loop`, and the JS name of each local read by
    index in it mapped to the temporary holding its test."""
    names = _invariant_receivers(fx, loop)
    before: list[js.Stmt] = []
    flags: dict[str, str] = {}
    for name in names:
        local = fx.lookup_local(name)
        if local is None or local.node is not fx.node:
            continue  # a closure's variable: another function may rebind it
        js_name = local.js_name_of(name)
        if js_name in fx.array_flags:
            continue  # an enclosing loop tested it already
        flag = fx.temp()
        test = is_array(js.Name(js_name))
        before.append(js.ExprStmt(js.Assign(js.Name(flag), test)))
        flags[js_name] = flag
    return before, flags


def _invariant_receivers(fx, loop: ast.stmt) -> list[str]:
    """Locals of open type read by index in the loop (outside nested scopes) that
    nothing in the loop binds, and that no nested function declares nonlocal."""
    read: dict[str, ast.Name] = {}
    bound: set[str] = set()
    for node in _own_walk(loop):
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            if isinstance(node.value, ast.Name):
                read.setdefault(node.value.id, node.value)
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound.add(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    for node in walk(loop):  # a walrus in a comprehension binds the loop's scope
        if isinstance(node, ast.NamedExpr):
            bound.add(node.target.id)
        elif isinstance(node, (*DEFS, ast.ClassDef)):
            bound.add(node.name)
    declared = {
        name
        for node in walk(fx.node)
        if isinstance(node, (ast.Nonlocal, ast.Global))
        for name in node.names
    }
    return [
        name
        for name, first in read.items()
        if name not in bound
        and name not in declared
        and type_of(fx, first).kind in _OPEN
    ]


_OPEN = frozenset({"any", "anyf"})


def _own_walk(loop: ast.stmt):
    todo = [loop]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, _OWN_SCOPES):
                todo.append(child)
