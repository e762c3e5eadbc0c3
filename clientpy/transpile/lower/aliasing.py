"""Floats stored through a second name for a container.

`g = groups[k]; g["n"] = 0.5 + 0.5` changes the dict `groups[k]` holds, but the types
inferred for `groups` only know what was stored through `groups` itself, so
`str(groups[k]["n"])` would print `1` where Python prints `1.0`. Element types are
tracked only for the containers a function creates and keeps to itself; once a value
that may be a float is stored into any other container (one read out of another, a
loop variable, a parameter...), what the function reads out of nested containers may be
that float: such reads are ANYF, refused where they would be printed.
"""

from __future__ import annotations

import ast

from .. import types as t
from ..scope import own_nodes as _own_nodes
from ..types import T

MUTATORS = frozenset(["append", "insert", "extend", "add", "update", "setdefault"])
FRESH = (
    ast.List,
    ast.Dict,
    ast.Set,
    ast.ListComp,
    ast.DictComp,
    ast.SetComp,
)


def stores_through_alias(fx) -> list:
    """The values this function stores into containers it did not create under that
    name (see the module docstring): found once, typed on each round of inference."""
    fresh = _fresh_locals(fx)
    out = []
    for node in _own_nodes(fx.node):
        receiver, values = _store(node)
        if receiver is None:
            continue
        if isinstance(receiver, ast.Name) and receiver.id in fresh:
            continue
        out.extend(values)
    return out


def any_float(fx, values) -> bool:
    from .core import type_of

    return any(t.may_hold_float(type_of(fx, value)) for value in values)


def shared_floats(fx) -> bool:
    while fx is not None:
        if fx.shared_floats:
            return True
        fx = fx.parent
    return False


CONTAINERS = frozenset(["list", "tuple", "tuplen", "dict", "set", "view", "iter"])


def contents_may_be_floats(typ: T, is_name: bool) -> T:
    """The type of a value read in such a function: the containers inside it may have
    had floats stored in them through another name. A name's own value is tracked (only
    its contents can change behind it); a value read out of something may be one."""
    if typ.kind == "any":
        return typ if is_name else t.ANYF
    if typ.kind not in CONTAINERS:
        return typ
    return T(typ.kind, tuple(_inner(arg) for arg in typ.args))


def _inner(arg: T) -> T:
    if arg.kind == "any":
        return t.ANYF
    if arg.kind in CONTAINERS:
        return T(arg.kind, tuple(t.ANYF for _ in arg.args))
    return arg


def _store(node):
    """(receiver, stored values) of a store into a container, else (None, ())."""
    if isinstance(node, ast.Assign):
        for target in node.targets:
            if isinstance(target, ast.Subscript):
                return target.value, [node.value]
    if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Subscript):
        # The stored value is the whole `a[k] + v`; its type follows from the value's.
        return node.target.value, [node.value]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in MUTATORS
    ):
        return node.func.value, list(node.args)
    return None, ()


def _fresh_locals(fx) -> set[str]:
    """Locals bound only to containers made right there (displays, comprehensions)."""
    bound: dict[str, bool] = {}
    for node in _own_nodes(fx.node):
        targets = []
        if isinstance(node, ast.Assign):
            targets = [(tg, node.value) for tg in node.targets]
        elif isinstance(node, ast.AnnAssign):
            targets = [(node.target, node.value)]
        elif isinstance(node, (ast.AugAssign, ast.For, ast.NamedExpr)):
            for name in _bound_names(node.target):
                bound[name.id] = False
            continue
        for target, value in targets:
            for name in _bound_names(target):
                fresh = target is name and isinstance(value, FRESH)
                bound[name.id] = bound.get(name.id, True) and fresh
    params = set(fx.scope.params)
    return {name for name, fresh in bound.items() if fresh and name not in params}


def _bound_names(target):
    """The names an assignment target binds (not those `x[i] = ...` only reads)."""
    if isinstance(target, ast.Name):
        yield target
    elif isinstance(target, (ast.Tuple, ast.List)):
        for elt in target.elts:
            yield from _bound_names(elt)
    elif isinstance(target, ast.Starred):
        yield from _bound_names(target.value)
