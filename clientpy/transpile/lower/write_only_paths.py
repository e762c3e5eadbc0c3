"""Stores into a local's own nested displays that nothing reads back.

`fig = {"data": [], "layout": {"yaxis": {}}}` ... `fig["layout"]["yaxis"]["range"] =
[0, top * 1.1]` stores through `fig["layout"]["yaxis"]`, another name than the
container's own: aliasing.py takes such a store for one that may put a float into any
container the function reads, and every value read out of one (a row's name from Dash)
may then be a float, its printing refused.

Here the container stored into is known: a display of the local's own binding, reached
by constant keys. Where no code replaces it, hands it on or reads it (every use of the
local that reaches it, or a container on the way, is a plain store at another key or
at the same place, or the local's `return`), nothing but the returned value holds what
is stored there, and no read in the function sees it: the store is left out of those
aliasing.py types. (What the bundle sends Dash is converted by value: a dict changed
inside is no clean return, boundary.py.)
"""

from __future__ import annotations

import ast

from ..scope import FUNCTIONS, name_ids, nodes_of, own_nodes_of
from ..scope import parents as parents_of
from .uses import only_returned


def write_only_path(fx, receiver, fresh: set[str]) -> bool:
    """Whether `receiver` of a store `receiver[k] = v` is `name[c1]...[cn]` (n >= 1,
    constant str keys) of a local bound only to displays that hold a dict display at
    that path, and no use of `name` reads, replaces or hands on what is there."""
    path = constant_path(receiver)
    if path is None or not path[1]:
        return False
    name, keys = path
    if name not in fresh or name not in fx.scope.locals or _seen_nested(fx, name):
        return False
    if not _bindings_reach(fx, name, keys):
        return False
    parents = parents_of(fx.node)
    returned = _returns_to_dash(fx)
    return all(
        _use_allowed(sub, keys, parents, returned)
        for sub in nodes_of(fx.node, ast.Name)
        if sub.id == name and isinstance(sub.ctx, ast.Load)
    )


def constant_path(node) -> tuple[str, tuple[str, ...]] | None:
    """(name, keys) of `name["a"]["b"]`; None for anything else."""
    keys: list[str] = []
    while isinstance(node, ast.Subscript):
        key = node.slice
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
            return None
        keys.append(key.value)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return node.id, tuple(reversed(keys))


def _seen_nested(fx, name: str) -> bool:
    return any(
        sub is not fx.node and name in name_ids(sub)
        for sub in nodes_of(fx.node, *FUNCTIONS)
    )


def _bindings_reach(fx, name: str, keys: tuple[str, ...]) -> bool:
    """Each binding of `name` (displays only: `fresh`) holds dict displays along
    `keys`."""
    found = False
    for sub in own_nodes_of(fx.node, ast.Assign, ast.AnnAssign):
        targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
        if not any(isinstance(tg, ast.Name) and tg.id == name for tg in targets):
            continue
        if len(targets) != 1 or _display_at(sub.value, keys) is None:
            return False
        found = True
    return found


def _display_at(node, keys: tuple[str, ...]) -> ast.Dict | None:
    for key in keys:
        if not isinstance(node, ast.Dict) or not all(
            isinstance(k, ast.Constant) for k in node.keys
        ):
            return None  # a `**` spread or a computed key may put another there
        held = [v for k, v in zip(node.keys, node.values) if k.value == key]
        if len(held) != 1:
            return None
        node = held[0]
    return node if isinstance(node, ast.Dict) else None


def _returns_to_dash(fx) -> bool:
    """The function's result is read by no code that types it: the entry's, unless it
    calls itself (a helper's caller reads its result by its type, which the store
    leaves out)."""
    node = fx.node
    return fx is fx.unit.entry and getattr(node, "name", None) not in name_ids(node)


def _use_allowed(name_node, keys, parents, returned: bool) -> bool:
    """A read of the local: climbed through its constant subscripts, either on another
    path than `keys`, or the entry's `return name`, or a plain store (`=`) at the same
    place or at another key of a container on the way."""
    top, used = _climb(name_node, parents)
    depth = min(len(used), len(keys))
    if used[:depth] != keys[:depth]:
        return True  # another path: nothing on the way to the container
    if not used and returned and only_returned(top, parents):
        return True
    parent = parents.get(id(top))
    if not (
        isinstance(parent, ast.Subscript)
        and parent.value is top
        and isinstance(parent.ctx, ast.Store)
        and isinstance(parents.get(id(parent)), ast.Assign)
    ):
        return False
    key = parent.slice
    if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
        return False
    if used == keys:
        return True
    return len(used) < len(keys) and key.value != keys[len(used)]


def _climb(name_node, parents):
    """The outermost `name["a"]["b"]` read over `name_node`, and its keys."""
    node, keys = name_node, []
    while True:
        parent = parents.get(id(node))
        if not (
            isinstance(parent, ast.Subscript)
            and parent.value is node
            and isinstance(parent.ctx, ast.Load)
            and isinstance(parent.slice, ast.Constant)
            and isinstance(parent.slice.value, str)
        ):
            return node, tuple(keys)
        keys.append(parent.slice.value)
        node = parent
