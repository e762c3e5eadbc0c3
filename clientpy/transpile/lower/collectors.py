"""Output lists that only collect: `out.append(row)` does not make `row` escape.

Appending a list to another gives it a second name, so in general its element types
could then change out of sight (escaping_names in inference.py). A collector is a local
list that no code can reach `row` through except to read: it is bound only to list
displays and comprehensions, and is only appended to, measured, returned, or indexed
twice to read an item of a collected value (`out[i][j]`, never stored to). Rows built
with `[0.0] * n` and filled in place keep their element types when collected.
"""

from __future__ import annotations

import ast

from ..scope import TreeFact, kept_for_tree, method_call, own_nodes, walk
from .uses import only_returned

_KEPT = TreeFact("kept")


def collected(node, name: ast.Name, parents) -> bool:
    """`name` is the whole argument of `out.append(name)` with `out` a collector."""
    call = parents.get(id(name))
    if not (
        isinstance(call, ast.Call)
        and call.args == [name]
        and not call.keywords
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "append"
        and isinstance(call.func.value, ast.Name)
    ):
        return False
    return call.func.value.id in collectors(node, parents)


def collectors(node, parents) -> frozenset[str]:
    return kept_for_tree(_KEPT, node, lambda: frozenset(_collectors(node, parents)))


def _collectors(node, parents) -> set[str]:
    loads: dict[str, list[ast.Name]] = {}
    bad: set[str] = set(_parameters(node))
    bound: set[str] = set()
    for sub in walk(node):
        if isinstance(sub, (ast.Global, ast.Nonlocal)):
            bad.update(sub.names)
        if not isinstance(sub, ast.Name):
            continue
        if isinstance(sub.ctx, ast.Load):
            loads.setdefault(sub.id, []).append(sub)
        elif not _fresh_binding(sub, parents):
            bad.add(sub.id)  # unpacked, a loop target, deleted, augmented...
    for sub in own_nodes(node):
        # A local of this function (a name bound only in a nested one is not).
        if isinstance(sub, ast.Name) and _fresh_binding(sub, parents):
            bound.add(sub.id)
    return {
        name
        for name in bound - bad
        if all(_reads_only_items(use, parents) for use in loads.get(name, []))
    }


def _parameters(node):
    args = getattr(node, "args", None)
    if not isinstance(args, ast.arguments):
        return
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        yield arg.arg
    for arg in (args.vararg, args.kwarg):
        if arg is not None:
            yield arg.arg


def _fresh_binding(name: ast.Name, parents) -> bool:
    parent = parents.get(id(name))
    return (
        isinstance(parent, ast.Assign)
        and parent.targets == [name]
        and isinstance(parent.value, (ast.List, ast.ListComp))
    )


def _reads_only_items(use: ast.Name, parents) -> bool:
    """A use of a collector through which nothing it holds can be changed."""
    parent = parents.get(id(use))
    if isinstance(parent, ast.Attribute):
        return parent.attr == "append" and method_call(parent, parents) is not None
    if isinstance(parent, ast.Call):
        return (
            isinstance(parent.func, ast.Name)
            and parent.func.id == "len"
            and parent.args == [use]
        )
    if isinstance(parent, ast.Subscript) and parent.value is use:
        outer = parents.get(id(parent))
        return (
            isinstance(outer, ast.Subscript)
            and outer.value is parent
            and isinstance(outer.ctx, ast.Load)
            and not isinstance(outer.slice, ast.Slice)
            and not isinstance(parent.slice, ast.Slice)
            and _item_read(outer, parents)
        )
    return only_returned(use, parents)


def _item_read(item: ast.Subscript, parents) -> bool:
    """`out[i][j]` used as a value in arithmetic, a comparison, a print or an
    assignment: what it yields is an item, not something holding the collected row."""
    parent = parents.get(id(item))
    return isinstance(
        parent,
        (
            ast.BinOp,
            ast.Compare,
            ast.UnaryOp,
            ast.FormattedValue,
            ast.AugAssign,
            ast.Assign,
            ast.Return,
        ),
    )
