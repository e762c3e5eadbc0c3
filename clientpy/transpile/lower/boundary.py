"""A callback's results as Dash data (JSON-like JS values), converted only where needed.

A dict (Map) becomes an object, a tuple or set an array, by walking the value, which
for a figure of 100k-point arrays costs as much as the callback. Each `return` of the
callback converts just the parts of its value that are not statically plain JSON (or
Dash's own data, untouched), so the bundle's wrapper has nothing left to walk.

Only when compiling for Dash: `to_js` gives the function as Python defines it, tuples
and sets included; its result is converted whole, and only if `returns_clean` fails.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..scope import TreeFact, kept_for_tree, name_ids, nodes_of, own_nodes_of
from ..scope import parents as parents_of
from .aliasing import rebound_names
from .core import expr, type_of
from .effects import CHANGING_METHODS
from .json_locals import (
    SCALARS,
    json_locals,
    json_part,
    touched_through_aliases,
)
from .plain_dicts import stored_item
from .registry import loc_of
from .uses import only_returned

CLEAN_KINDS = SCALARS


def returns_clean(fx) -> bool:
    node = fx.node
    untouched = _clean_names(fx)
    for sub in own_nodes_of(node, ast.Return):
        if sub.value is not None and not _clean(fx, sub.value, untouched):
            return False
    return True


def returned_value(fx, value) -> js.Expr:
    """The JS for a value the callback returns, converted for Dash only where needed.

    Parts that are plain JSON already (or Dash's own data, untouched) are returned as
    they are; only the others go through `py_to_js`, so `{**figure, "layout": layout}`
    converts the new layout, not the figure's 100k-point arrays."""
    untouched = fx.unit.untouched
    if untouched is None:
        untouched = _clean_names(fx)
        untouched |= _clean_plain_dicts(fx, untouched)
        fx.unit.untouched = untouched
    if _clean(fx, value, untouched):
        return expr(fx, value)
    if isinstance(value, ast.Dict) and _distinct_literal_keys(fx, value):
        return _object_parts(fx, value, untouched)
    if isinstance(value, ast.List) and not any(
        isinstance(e, ast.Starred) for e in value.elts
    ):
        return js.Array(
            tuple(returned_value(fx, e) for e in value.elts), loc=loc_of(value)
        )
    return fx.unit.call("py_to_js", expr(fx, value), loc=loc_of(value))


def refuse_float_keys(fx, value) -> None:
    """A dict whose keys may be floats, given to Dash: the server's JSON writes the key
    2.0 as "2.0", and a JS number cannot tell it from 2 ("2"). CP100 where the type of
    a key, at any depth, may be a float (`out[round(v, 1)] += 1`)."""
    if _float_keyed_value(fx, value):
        fx.report(
            "CP100",
            value,
            construct="a dict whose keys may be floats, given to Dash",
            hint='Dash\'s JSON writes the key 2.0 as "2.0", which the browser cannot '
            "tell from 2: make the keys strs (`str(k)`, a format spec) or ints",
        )


def _float_keyed_value(fx, node) -> bool:
    """Displays are looked into (a display's own type may keep its keys' types apart,
    records.py), any other value by its type."""
    if isinstance(node, ast.Dict):
        keys = [k for k in node.keys if k is not None]
        if any(type_of(fx, k).kind in _FLOAT_KINDS for k in keys):
            return True
        spreads = [v for k, v in zip(node.keys, node.values) if k is None]
        return any(_float_keyed(type_of(fx, v)) for v in spreads) or any(
            _float_keyed_value(fx, v) for k, v in zip(node.keys, node.values) if k
        )
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return any(
            _float_keyed_value(fx, e.value if isinstance(e, ast.Starred) else e)
            for e in node.elts
        )
    if isinstance(node, ast.IfExp):
        return _float_keyed_value(fx, node.body) or _float_keyed_value(fx, node.orelse)
    return _float_keyed(type_of(fx, node))


def _float_keyed(typ) -> bool:
    if typ.kind == "dict" and typ.args and typ.args[0].kind in _FLOAT_KINDS:
        return True
    return any(_float_keyed(arg) for arg in typ.args)


# A key that may be a float: a number known to be one or either, or a value of open
# type the code computed (`anyf`: `int(v // w) * w` of Dash's numbers is 5.0 for a w
# of 2.5). What Dash sent (`any`) is an int where integral, as its key prints.
_FLOAT_KINDS = frozenset({"float", "num", "anyf"})


def _distinct_literal_keys(fx, node: ast.Dict) -> bool:
    if id(node) not in fx.object_literals:
        return False
    named = [k.value for k in node.keys if k is not None]
    return len(set(named)) == len(named)


def _object_parts(fx, node: ast.Dict, untouched) -> js.Object:
    props: list[tuple[str | None, js.Expr]] = []
    for key, value in zip(node.keys, node.values):
        if key is None:
            # py_spreadable makes a Map an object; the values may still need it.
            part = fx.unit.call("py_spreadable", expr(fx, value))
            if not _clean(fx, value, untouched):
                part = fx.unit.call("py_to_js", part)
            props.append((None, part))
        else:
            props.append((key.value, returned_value(fx, value)))
    return js.Object(tuple(props), loc=loc_of(node))


def _clean_plain_dicts(fx, clean: set[str]) -> set[str]:
    """The callback's plain-object dicts (plain_dicts.py) holding only Dash data: made
    from a piece of it or from a clean display, with only clean values stored in."""
    names = set(fx.plain_dicts) - _changed_inside(fx, fx.plain_dicts)
    clean = clean | _kept_parameters(fx, names)
    changed = True
    while changed:
        changed = False
        for name in sorted(names):
            if not all(_clean(fx, v, clean | names) for v in _values_into(fx, name)):
                names.discard(name)
                changed = True
    return names


def _changed_inside(fx, names) -> set[str]:
    """Names whose values are changed through them (`d["a"]["b"] = v`, `d["a"].append`)."""
    out = set()
    for chain in _changed_chains(fx.node):
        if isinstance(chain, ast.Name):
            continue  # d["k"] = v itself is what plain_dicts allows
        root = chain
        while isinstance(root, (ast.Subscript, ast.Attribute)):
            root = root.value
        if isinstance(root, ast.Name) and root.id in names:
            out.add(root.id)
    return out


def _kept_parameters(fx, plain: set[str]) -> set[str]:
    """Parameters only read, returned, or stored as values into the plain dicts `plain`:
    Dash's data as it came, whatever holds it."""
    params = set(fx.scope.params)
    parents = parents_of(fx.node)
    for sub in nodes_of(fx.node, ast.Name):
        if sub.id not in params:
            continue
        if not isinstance(sub.ctx, ast.Load):
            params.discard(sub.id)
            continue
        parent = parents.get(id(sub))
        if isinstance(parent, ast.Dict) and _display_into_plain(parent, parents, plain):
            continue
        if isinstance(parent, (ast.Compare, ast.FormattedValue)):
            continue  # only read
        if isinstance(parent, (ast.If, ast.While, ast.IfExp)) and parent.test is sub:
            continue  # only its truth is read
        if isinstance(parent, ast.Subscript) and isinstance(parent.ctx, ast.Load):
            continue
        if only_returned(sub, parents):
            continue
        params.discard(sub.id)
    return params


def _display_into_plain(display, parents, plain) -> bool:
    item = stored_item(display, parents.get(id(display)))
    return item is not None and item.value.id in plain


def _values_into(fx, name: str):
    for sub in own_nodes_of(fx.node, ast.Assign):
        if len(sub.targets) != 1:
            continue
        target = sub.targets[0]
        if isinstance(target, ast.Name) and target.id == name:
            value = sub.value
            yield value.args[0] if isinstance(value, ast.Call) else value
        elif (
            isinstance(target, ast.Subscript)
            and isinstance(target.value, ast.Name)
            and target.value.id == name
        ):
            yield sub.value
    for sub in own_nodes_of(fx.node, ast.AugAssign):
        if isinstance(sub.target, ast.Subscript):
            base = sub.target.value
            if isinstance(base, ast.Name) and base.id == name:
                yield sub  # an augmented value: clean only by its type


def _clean_names(fx) -> set[str]:
    """Untouched parameters and the locals holding only parts of them, from one pass of
    the alias analysis both need."""
    touched = touched_through_aliases(fx)
    params = _untouched_parameters(fx, touched)
    return params | json_locals(fx, params, touched)


def _untouched_parameters(fx, touched: set[str]) -> set[str]:
    """Parameters (Dash's JSON) never rebound, stored into, changed or passed on, here
    or through another name (`touched`)."""
    return (
        set(fx.scope.params)
        - rebound_names(fx.node)
        - _changed_through(fx.node)
        - touched
    )


def _changed_through(node) -> frozenset[str]:
    """Names a store (`x[k] = v`, `x.a = v`) or a mutating method call (`x.append`)
    goes through, however deep (`x[k]["a"] = v` changes what x holds). Kept per tree."""

    def make():
        return frozenset().union(*(name_ids(chain) for chain in _changed_chains(node)))

    return kept_for_tree(_CHANGED, node, make)


_CHANGED = TreeFact("changed")


def _changed_chains(node) -> tuple[ast.expr, ...]:
    """What each store or mutating method call under `node` changes: `x[k]` of
    `x[k]["a"] = v`, `x` of `x.append(v)`, and `x` of `add = x.append` (a mutating
    method taken as a value may be called anywhere). Kept per tree: several analyses
    ask."""
    return kept_for_tree(_CHAINS, node, lambda: tuple(_find_changed_chains(node)))


_CHAINS = TreeFact("chains")


def _find_changed_chains(node):
    for sub in nodes_of(node, ast.Subscript, ast.Attribute):
        if not isinstance(sub.ctx, ast.Load):
            yield sub.value
        elif isinstance(sub, ast.Attribute) and sub.attr in CHANGING_METHODS:
            yield sub.value  # `x.append(v)`, or `x.append` as a value


def _clean(fx, value, untouched: set[str]) -> bool:
    if isinstance(value, ast.Dict):
        return id(value) in fx.object_literals and all(
            _clean(fx, v, untouched) for v in value.values
        )
    if isinstance(value, ast.List):
        return all(
            not isinstance(e, ast.Starred) and _clean(fx, e, untouched)
            for e in value.elts
        )
    if isinstance(value, ast.IfExp):
        return _clean(fx, value.body, untouched) and _clean(fx, value.orelse, untouched)
    if isinstance(value, (ast.Name, ast.Subscript)) and json_part(value, untouched):
        return True  # Dash's data, or a piece of it, unchanged
    if _clean_lookup(fx, value, untouched):
        return True
    if _is_no_update(fx, value):
        return True  # Dash's own sentinel, passed through as it is
    return _clean_type(type_of(fx, value))


def _clean_lookup(fx, value, untouched) -> bool:
    """`d.get("k", default)` on clean data, with a clean default."""
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == "get"
        and json_part(value.func.value, untouched)
        and not value.keywords
        and all(_clean(fx, arg, untouched) for arg in value.args[1:])
    )


def _is_no_update(fx, value) -> bool:

    k = fx.known_name(value)
    return k is not None and k.kind == "dash" and k.name == "no_update"


def _clean_type(typ) -> bool:
    if typ.kind in CLEAN_KINDS:
        return True
    if typ.kind == "list":
        return _clean_type(typ.elem)
    return False
