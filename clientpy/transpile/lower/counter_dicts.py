"""Dicts that only count: `counts[k] = counts.get(k, 0) + 1`, `g["orders"] += 1`.

A value of such a dict starts at a small int and moves by a small step per store, so
it stays far inside 2**53 for the same reason a counter does (bounded.py): reading it
is a bounded int, and `counts.get(k, 0) + 1` needs no overflow check.

A counting dict is a local made empty (`{}`, `dict()`) that nothing else can reach
while the function runs: every use of its name reads it, stores a count into it, or
returns it. Passed to a function, bound to another name, or stored in a container, it
could be given any value, and is not one.
"""

from __future__ import annotations

import ast

from ..scope import TreeFact, kept_for_tree, nodes_of, own_nodes_of, parents, walk
from . import bounded  # a cycle (bounded -> counter_dicts): read at call time
from .core import type_of
from .known import builtin_call

# Methods that read a counting dict (or store a default `setdefault` checks).
_READERS = frozenset({"get", "items", "keys", "values", "pop", "setdefault"})
# Builtins that read a dict they are given.
_READING_BUILTINS = ("len", "sorted", "list", "min", "max")

_KEPT = TreeFact("kept")


def counting_dicts(fx) -> frozenset[str]:
    """The locals of `fx`'s function that are counting dicts."""
    return kept_for_tree(_KEPT, fx.node, lambda: frozenset(_counting(fx)))


def reads_count(fx, node) -> bool:
    """`node` reads a value of a counting dict (`d[k]`, `d.get(k, 0)`, `d.pop(k, 0)`),
    or a counting field of a record (`g["orders"]`, records.py)."""
    if isinstance(node, ast.Subscript) and not isinstance(node.ctx, ast.Del):
        # (a Store: the target of `g["orders"] += 1`, read before the store)
        return _is_counting(fx, node.value) or _counting_field(fx, node)
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return False
    if node.func.attr not in ("get", "pop") or node.keywords:
        return False
    if len(node.args) != 2 or not _small(node.args[1]):
        return False  # `d.get(k)` may be None
    return _is_counting(fx, node.func.value)


def _counting_field(fx, item: ast.Subscript) -> bool:
    """`g["orders"]` of a record whose every store of "orders" is a small int, or the
    field plus or minus a small step (`g["orders"] += 1`)."""
    key = item.slice
    if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
        return False
    site = type_of(fx, item.value).site
    root = fx.function_root()
    stores = [v for k, v in root.record_stores.get(site, ()) if k == key.value]
    return bool(stores) and all(
        _count(value, lambda read: _reads_field(read, key.value)) for value in stores
    )


def _reads_field(node, key: str) -> bool:
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.Constant)
        and node.slice.value == key
    )


def _count(value, reads_count) -> bool:
    """A small int, or a count (`reads_count(node)`) plus or minus a small step."""
    if _small(value):
        return True
    return (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, (ast.Add, ast.Sub))
        and _small(value.right)
        and reads_count(value.left)
    )


def _is_counting(fx, node) -> bool:
    if not isinstance(node, ast.Name):
        return False
    owner = fx.lookup_local(node.id)
    return owner is not None and node.id in counting_dicts(owner)


def _counting(fx) -> set[str]:
    root = fx.node
    up = parents(root)
    made: dict[str, bool] = {}
    for node in own_nodes_of(root, ast.Name):
        if not isinstance(node.ctx, ast.Load):
            made[node.id] = made.get(node.id, True) and _made_empty(fx, node, up)
    for node in nodes_of(root, ast.Nonlocal, ast.Global):
        for name in node.names:
            made[name] = False
    names = {name for name, ok in made.items() if ok} - set(fx.scope.params)
    for node in walk(root):
        if (
            isinstance(node, ast.Name)
            and isinstance(node.ctx, ast.Load)
            and node.id in names
            and not _counting_use(fx, node, up, names)
        ):
            names.discard(node.id)
    return names


def _made_empty(fx, target: ast.Name, up) -> bool:
    parent = up.get(id(target))
    if not (isinstance(parent, ast.Assign) and parent.targets == [target]):
        return False
    value = parent.value
    if isinstance(value, ast.Dict):
        return not value.keys
    return builtin_call(fx, value, "dict") and not value.args


def _counting_use(fx, name: ast.Name, up, names) -> bool:
    parent = up.get(id(name))
    if isinstance(parent, ast.Subscript) and parent.value is name:
        return not isinstance(parent.ctx, ast.Store) or _count_stored(parent, up, names)
    if isinstance(parent, ast.Attribute) and parent.attr in _READERS:
        call = up.get(id(parent))
        if not (isinstance(call, ast.Call) and call.func is parent):
            return False
        return parent.attr != "setdefault" or (
            len(call.args) == 2 and _small(call.args[1])
        )
    if isinstance(parent, ast.Compare):
        return name in parent.comparators  # `k in counts`
    if isinstance(parent, (ast.For, ast.comprehension)):
        return parent.iter is name
    if _returned(name, up):
        return True  # the caller gets it once this call no longer stores
    if _truth_tested(name, parent):
        return True
    return _read_by_builtin(fx, name, parent)


def _truth_tested(name, parent) -> bool:
    if isinstance(parent, (ast.If, ast.While, ast.IfExp)):
        return parent.test is name
    return isinstance(parent, ast.BoolOp) or (
        isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not)
    )


def _read_by_builtin(fx, name, call) -> bool:
    """`len(counts)`, `sorted(counts, key=...)`, `max(counts, key=counts.get)`."""
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
        return False
    k = fx.known_name(call.func)
    return (
        k is not None
        and k.kind == "builtin"
        and k.name in _READING_BUILTINS
        and name in call.args
    )


def _returned(node, up) -> bool:
    """`return counts`, or `return {"counts": counts, ...}`: the call ends there."""
    parent = up.get(id(node))
    while isinstance(parent, (ast.Dict, ast.List, ast.Tuple)):
        if isinstance(parent, ast.Dict) and node in parent.keys:
            return False
        node, parent = parent, up.get(id(parent))
    return isinstance(parent, ast.Return)


def _count_stored(item: ast.Subscript, up, names) -> bool:
    """`d[k] = d.get(k, 0) + 1`, `d[k] = d[k] - 1`, `d[k] += 1`, `d[k] = 0`."""
    stmt = up.get(id(item))
    if isinstance(stmt, ast.AugAssign) and stmt.target is item:
        return isinstance(stmt.op, (ast.Add, ast.Sub)) and _small(stmt.value)
    if not (isinstance(stmt, ast.Assign) and stmt.targets == [item]):
        return False
    return _count(stmt.value, lambda read: _reads_own(read, names))


def _reads_own(node, names) -> bool:
    """A read of a counting dict's value, before it is known to be one (the stores
    are checked together: a count plus a step is a count)."""
    if isinstance(node, ast.Subscript):
        return isinstance(node.value, ast.Name) and node.value.id in names
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in names
        and len(node.args) == 2
        and not node.keywords
        and _small(node.args[1])
    )


def _small(node) -> bool:
    return (
        isinstance(node, ast.Constant)
        and type(node.value) is int
        and abs(node.value) <= bounded.STEP  # a count's start or step
    )
