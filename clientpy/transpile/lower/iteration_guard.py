"""A dict or set that changes size while a `for` loop walks it: RuntimeError.

CPython's dict and set iterators check the size on every step; a JS Map or Set goes on
(visiting keys added, skipping keys removed), and `Object.keys` of a plain object is a
snapshot. Only a loop whose body may change the walked container (a store, a `del`, a
method that adds or removes, or the container handed to a call) gets the check: the
size before the loop, compared at each step and once more when the loop runs out.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from ..scope import walk
from .core import type_of

SIZE_CHANGERS = frozenset(
    [
        "pop",
        "popitem",
        "clear",
        "update",
        "setdefault",
        "add",
        "discard",
        "remove",
        "difference_update",
        "intersection_update",
        "symmetric_difference_update",
    ]
)


def walked_container(fx, node: ast.For) -> ast.Name | None:
    """The dict or set (by name) the loop walks, when its body may change its size."""
    walked = node.iter
    if (
        isinstance(walked, ast.Call)
        and isinstance(walked.func, ast.Attribute)
        and walked.func.attr in ("keys", "values", "items")
        and not walked.args
    ):
        walked = walked.func.value
    if not isinstance(walked, ast.Name):
        return None
    kind = type_of(fx, walked)
    if kind.kind not in ("dict", "set") and not t.is_open(kind):
        return None
    return walked if _changed_in(node.body, walked.id) else None


def _changed_in(body, name: str) -> bool:
    for stmt in body:
        for sub in walk(stmt):
            if _changes(sub, name):
                return True
    return False


def _is(node, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _changes(sub, name: str) -> bool:
    if isinstance(sub, ast.Subscript) and not isinstance(sub.ctx, ast.Load):
        return _is(sub.value, name)
    if isinstance(sub, ast.AugAssign):
        return _is(sub.target, name)
    if isinstance(sub, ast.Call):
        func = sub.func
        if isinstance(func, ast.Attribute) and _is(func.value, name):
            return func.attr in SIZE_CHANGERS
        values = [a.value if isinstance(a, ast.Starred) else a for a in sub.args]
        return any(_is(v, name) for v in values + [k.value for k in sub.keywords])
    return False


def size_guard(fx, container: ast.Name) -> tuple[list[js.Stmt], list[js.Stmt]]:
    """(the size taken before the loop, the check made at each step and at the end)."""
    from .core import expr

    size = fx.temp()
    walked = expr(fx, container)
    before = js.ExprStmt(js.Assign(js.Name(size), fx.unit.call("py_size", walked)))
    check = js.ExprStmt(fx.unit.call("py_same_size", walked, js.Name(size)))
    return [before], [check]
