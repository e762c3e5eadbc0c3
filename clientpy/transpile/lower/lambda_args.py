"""Parameter types of a function given to a builtin that calls it with items.

`map(lambda v: f"{v}", prices)` calls the lambda with the items of `prices`; were its
parameter open, a float item `2.0` would print as `2`. The items' types are known where
the iterable's are, so a lambda written there takes them, and a function of the user's
named there (`map(fmt, prices)`) is compiled in the version for them
(`sorted(..., key=...)`, filter, min, max and `list.sort` the same way).
"""

from __future__ import annotations

import ast

from ..scope import parents as parents_of
from ..types import T
from .core import type_of
from .loops import element_type

KEYED = frozenset(["sorted", "min", "max"])


def lambda_argument_types(fx, node: ast.Lambda) -> dict[str, T]:
    """The lambda's parameter types when it is a builtin's function argument."""
    items = item_types(fx, node)
    if items is None:
        return {}
    args = node.args
    names = [a.arg for a in [*args.posonlyargs, *args.args]]
    if args.vararg or len(names) != len(items):
        return {}  # a wrong count raises TypeError when called: types do not matter
    return dict(zip(names, items))


def item_types(fx, node) -> list[T] | None:
    """The types of the arguments a builtin calls the function at `node` with, when
    `node` is the function argument of map, filter or a `key=` (None otherwise)."""
    parent = parents_of(_root(fx).node).get(id(node))
    items = _item_types(fx, node, parent)
    if items is None or any(item.kind == "never" for item in items):
        return None
    return items


def _root(fx):
    while fx.parent is not None:
        fx = fx.parent
    return fx


def _item_types(fx, node, parent) -> list[T] | None:
    if isinstance(parent, ast.keyword) and parent.arg == "key":
        call = parents_of(_root(fx).node).get(id(parent))
        if _builtin(fx, call, KEYED) and len(call.args) == 1:
            return [element_type(type_of(fx, call.args[0]))]
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "sort"
            and type_of(fx, call.func.value).kind == "list"
        ):
            return [element_type(type_of(fx, call.func.value))]
        return None
    if not (isinstance(parent, ast.Call) and parent.args and parent.args[0] is node):
        return None
    if _builtin(fx, parent, {"map"}) and len(parent.args) > 1:
        return [element_type(type_of(fx, a)) for a in parent.args[1:]]
    if _builtin(fx, parent, {"filter"}) and len(parent.args) == 2:
        return [element_type(type_of(fx, parent.args[1]))]
    return None


def _builtin(fx, call, names) -> bool:
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        return False
    if any(isinstance(a, ast.Starred) for a in call.args):
        return False
    k = fx.known_name(call.func)
    return k is not None and k.kind == "builtin" and k.name in names
