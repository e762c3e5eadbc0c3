"""Dicts a callback builds to hand back to Dash, kept as plain JS objects.

`layout = dict(figure["layout"]); layout["yaxis"] = {...}; return {**figure, "layout":
layout}` would build a Map, which the callback's return must then convert, walking
everything the layout holds (a Plotly Express template is thousands of values). A local
that is only ever made as a copy of a mapping or a display, only read and written with
constant str keys, and only returned, can be an object from the start: with those
operations a plain object behaves as the dict does (the keys exclude "__proto__" and
array-index strings, which objects would order first), and what it holds is Dash's data.

Only for callbacks compiled for Dash, in the callback's own body.
"""

from __future__ import annotations

import ast
import re

from ..scope import (
    FUNCTIONS,
    TreeFact,
    assigned_name,
    kept_for_tree,
    loads_of,
    name_ids,
    nodes_of,
)
from ..scope import parents as parents_of

INDEX = re.compile(r"^(0|[1-9][0-9]*)$")


def safe_key(node) -> bool:
    """A constant str key an object keeps in insertion order, as a dict does."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value != "__proto__"
        and not INDEX.match(node.value)
    )


def plain_dict_locals(fx) -> tuple[set[str], set[int]]:
    """(names, ids of the nodes that make or fill them) of the callback's plain dicts."""
    if not fx.unit.for_dash or fx is not fx.unit.entry:
        return set(), set()
    parents = _parents(fx.node)
    candidates = set(_made_as_copies(fx.node, parents)) - set(fx.scope.params)
    changed = True
    while changed:
        changed = False
        for name in sorted(candidates):
            if not all(
                _allowed_use(node, parents, candidates)
                for node in loads_of(fx.node, name)
            ):
                candidates.discard(name)
                changed = True
    nodes: set[int] = set()
    for sub in nodes_of(fx.node, ast.Assign, ast.Call):
        if isinstance(sub, ast.Assign) and assigned_name(sub) in candidates:
            nodes.add(id(sub.value))
        elif isinstance(sub, ast.Assign) and _stored_into(sub, candidates):
            if isinstance(sub.value, ast.Dict) and _display_ok(sub.value):
                nodes.add(id(sub.value))  # a display stored into one: an object too
        elif _get_with_display_default(sub, candidates):
            nodes.add(id(sub.args[1]))  # L.get("k", {}): its default an object too
    return candidates, nodes


def _get_with_display_default(node, candidates) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in candidates
        and len(node.args) == 2
        and isinstance(node.args[1], ast.Dict)
        and _display_ok(node.args[1])
    )


def _made_as_copies(node, parents) -> frozenset[str]:
    """Names only ever bound to a copy of a dict (kept per tree)."""
    return kept_for_tree(_COPIES, node, lambda: _find_copies(node, parents))


_COPIES = TreeFact("copies")


def _find_copies(node, parents) -> frozenset[str]:
    made: dict[str, bool] = {}
    kinds = (*FUNCTIONS, ast.Name, ast.Global, ast.Nonlocal)
    for sub in nodes_of(node, *kinds):
        if isinstance(sub, FUNCTIONS):
            if sub is not node:
                for name in name_ids(sub):  # a nested function may rebind or read it
                    made[name] = False
        elif isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load):
            parent = parents.get(id(sub))
            ok = (
                isinstance(parent, ast.Assign)
                and parent.targets == [sub]
                and _is_copy(parent.value)
            )
            made[sub.id] = made.get(sub.id, True) and ok
        elif isinstance(sub, (ast.Global, ast.Nonlocal)):
            for name in sub.names:
                made[name] = False
    return frozenset(name for name, ok in made.items() if ok)


def _is_copy(value) -> bool:
    if isinstance(value, ast.Dict):
        return _display_ok(value)
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "dict"
        and len(value.args) == 1
        and not isinstance(value.args[0], ast.Starred)
        and not value.keywords
    )


def _display_ok(node: ast.Dict) -> bool:
    return all(k is None or safe_key(k) for k in node.keys)


def stored_item(value, holder) -> ast.Subscript | None:
    """The target of `name[key] = value` when `holder` is that assignment (one target,
    a subscript of a name), else None."""
    if (
        isinstance(holder, ast.Assign)
        and holder.value is value
        and len(holder.targets) == 1
        and isinstance(holder.targets[0], ast.Subscript)
        and isinstance(holder.targets[0].value, ast.Name)
    ):
        return holder.targets[0]
    return None


def constant_get(attr: ast.Attribute, call) -> bool:
    """`call` is `x.get("key")` or `x.get("key", default)` with a safe constant key."""
    return (
        isinstance(call, ast.Call)
        and call.func is attr
        and 1 <= len(call.args) <= 2
        and not call.keywords
        and safe_key(call.args[0])
    )


def _allowed_use(name: ast.Name, parents, candidates) -> bool:
    parent = parents.get(id(name))
    if isinstance(parent, ast.Subscript) and parent.value is name:
        if not safe_key(parent.slice):
            return False
        if isinstance(parent.ctx, ast.Load):
            return True
        holder = parents.get(id(parent))
        return isinstance(holder, (ast.Assign, ast.AugAssign)) and (
            getattr(holder, "targets", [getattr(holder, "target", None)]) == [parent]
        )
    if isinstance(parent, ast.Attribute) and parent.attr == "get":
        return constant_get(parent, parents.get(id(parent)))
    if isinstance(parent, ast.Compare):
        return (
            len(parent.ops) == 1
            and isinstance(parent.ops[0], (ast.In, ast.NotIn))
            and parent.comparators[0] is name
            and safe_key(parent.left)
        )
    return _only_returned(name, parents)


def _only_returned(node, parents) -> bool:
    """Part of a returned value through displays only (see mark_returned_displays)."""
    while True:
        parent = parents.get(id(node))
        if isinstance(parent, ast.Return):
            return True
        if isinstance(parent, ast.Dict):
            if not all(k is None or safe_key(k) for k in parent.keys):
                return False
        elif isinstance(parent, ast.List):
            pass
        elif not (isinstance(parent, ast.IfExp) and parent.test is not node):
            return False
        node = parent


def _stored_into(assign: ast.Assign, candidates) -> bool:
    target = assign.targets[0] if len(assign.targets) == 1 else None
    return (
        isinstance(target, ast.Subscript)
        and isinstance(target.value, ast.Name)
        and target.value.id in candidates
    )


def _parents(root) -> dict[int, ast.AST]:
    return parents_of(root)
