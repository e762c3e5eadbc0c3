"""Module-level JSON-like constants as JS literals in the value model.

A module holds one object per list or dict, however many names and containers reach
it (`ROWS = [ROW, ROW]`, `GRID = [[0] * 3] * 3`, `B = {"x": A}`): a change made through
one is seen through the others. Each list or dict reached more than once from the
module's globals is made once, through `py_shared` under a name of its own (the global
holding it, else the first path reaching it), so every callback and every constant of
the bundle gets the same JS object.
"""

from __future__ import annotations

import json

from .. import jstree as js
from .expressions import constant

_MUTABLE = (list, dict)
_MAX_DEPTH = 50
_CACHE: dict[tuple, dict[int, str]] = {}


def constant_expression(unit, value, shared: dict[int, str]) -> js.Expr:
    """The JS making `value`; lists and dicts in `shared` (id -> key) inside it are
    made once per bundle. `value` itself is the caller's to share."""

    def item(sub) -> js.Expr:
        made = constant_expression(unit, sub, shared)
        key = shared.get(id(sub))
        if key is None or not isinstance(sub, _MUTABLE):
            return made
        return shared_value(unit, key, made)

    if isinstance(value, list):
        return js.Array(tuple(item(x) for x in value))
    if isinstance(value, tuple):
        items = js.Array(tuple(item(x) for x in value))
        return js.Call(js.Member(js.Name("Object"), "freeze"), (items,))
    if isinstance(value, dict):
        pairs = tuple(js.Array((constant(k), item(v))) for k, v in value.items())
        return js.New(js.Name("Map"), (js.Array(pairs),) if pairs else ())
    if isinstance(value, set):
        # As a display of its members: py_set collapses 1, 1.0 and True as CPython did
        # and numbers take its table's order; strs go sorted, as CPython's order for
        # them changes from one process to the next and the bundle should not.
        strs = sorted(x for x in value if isinstance(x, str))
        members = [x for x in value if not isinstance(x, str)] + strs
        return unit.call("py_set", js.Array(tuple(constant(x) for x in members)))
    return constant(value)


def shared_value(unit, key: str, made: js.Expr) -> js.Expr:
    """`made`, evaluated once per bundle under `key`."""
    make = js.Function(None, (), (js.Return(made),), is_arrow=True)
    return unit.call("py_shared", js.Str(key), make)


def shared_objects(module: str, namespace: dict) -> dict[int, str]:
    """id -> key of each list or dict reached more than once from `namespace`'s
    JSON-like globals (a global's own binding counts as one reach)."""
    roots = sorted(
        (name, value)
        for name, value in namespace.items()
        if isinstance(value, (list, dict, tuple, set)) and not name.startswith("__")
    )
    cache_key = (module, id(namespace), tuple((n, id(v)) for n, v in roots))
    found = _CACHE.get(cache_key)
    if found is None:
        found = _walk_roots(module, roots)
        if len(_CACHE) > 64:
            _CACHE.clear()
        _CACHE[cache_key] = found
    return found


def _walk_roots(module: str, roots) -> dict[int, str]:
    first: dict[int, str] = {}
    shared: dict[int, str] = {}
    alive = []  # ids stay meaningful while the walk runs

    def reach(value, path: str, depth: int) -> None:
        if not isinstance(value, (list, dict, tuple)) or depth > _MAX_DEPTH:
            return
        alive.append(value)
        if id(value) in first:
            if isinstance(value, _MUTABLE):
                shared[id(value)] = first[id(value)]
            return
        first[id(value)] = f"{module}.{path}"
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, sub in items:
            reach(sub, f"{path}[{json.dumps(key)}]", depth + 1)

    # Names first, so that an object a global holds is keyed by that global's name.
    for name, value in roots:
        if id(value) not in first:
            first[id(value)] = f"{module}.{name}"
        else:
            shared[id(value)] = first[id(value)]
    done: set[int] = set()
    for name, value in roots:
        if id(value) in done or isinstance(value, set):
            continue  # (a set holds no lists or dicts)
        done.add(id(value))
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, sub in items:
            reach(sub, f"{name}[{json.dumps(key)}]", 1)
    return shared
