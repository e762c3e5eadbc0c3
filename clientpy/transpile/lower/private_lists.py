"""Lists only one name of a function can reach, and the places that change them.

`lines = text.split("\\n")` makes a list no other code holds. While it is only read
through its name, stored nowhere, given to no function but builtins that read it, and
named by no function or generator made inside, nothing but a statement naming it can
change it: no call, whatever it does, can reach it. Loops over a slice of such a list
(slice_views.py) read it in place when their body does not name it to change it.
"""

from __future__ import annotations

import ast

from ..scope import TreeFact, kept_for_tree, nodes_of, parents, walk
from .effects import (
    LIST_CHANGING_METHODS,
    LIST_READING_BUILTINS,
    PRINTING_BUILTINS,
    gives_back,
)
from .uses import only_returned, printed_display

# Calls that give back a list of their own making.
_FRESH_BUILTINS = frozenset({"list", "sorted"})
_FRESH_METHODS = frozenset({"split", "rsplit", "splitlines", "copy"})

# The list methods among READING_METHODS.
_READING = frozenset({"count", "index", "copy"})

_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.GeneratorExp)


def private_list(owner, name: str) -> bool:
    """Whether the local `name` of the function `owner` (its context) only ever holds
    lists of its own making that nothing else can reach."""
    if name in owner.scope.params or name in owner.scope.nonlocals:
        return False
    uses = _uses(owner, name)
    return bool(uses) and all(kind != "escape" for kind, _ in uses)


def changed_in(owner, name: str, runs) -> bool:
    """Whether running the nodes `runs` may change the private list `name` (they name
    it to change it)."""
    inside = {id(sub) for node in runs for sub in walk(node)}
    return any(kind == "change" and at in inside for kind, at in _uses(owner, name))


def _uses(owner, name: str) -> list[tuple[str, int]]:
    table = kept_for_tree(_USES, owner.node, dict)
    if name not in table:
        table[name] = _classify_all(owner, name)
    return table[name]


_USES = TreeFact("uses")


def _classify_all(owner, name: str) -> list[tuple[str, int]]:
    root = owner.node
    up = parents(root)
    nested = {
        id(sub)
        for inner in nodes_of(root, *_NESTED)
        if inner is not root
        for sub in walk(inner)
    }
    out = []
    for node in nodes_of(root, ast.Name):
        if node.id != name:
            continue
        kind = _classify(owner, node, up)
        if id(node) in nested and (
            kind != "read" or isinstance(up.get(id(node)), ast.Call)
        ):
            # A function made here may run it at any later time (and names there
            # may hide the builtins).
            kind = "escape"
        elif kind == "return":
            kind = "read"  # the function ends there: nothing of it runs after
        out.append((kind, id(node)))
    return out


def _classify(owner, node: ast.Name, up) -> str:
    """What one occurrence of the name does: "bind" (to a fresh list, or unbind),
    "read", "return" (gives it back), "change" (in place, through the name), or
    "escape" (anything else: another name or a container may come to hold it)."""
    parent = up.get(id(node))
    if isinstance(node.ctx, ast.Store):
        return "bind" if _fresh_binding(owner, node, parent) else "escape"
    if isinstance(node.ctx, ast.Del):
        return "bind"
    if isinstance(parent, ast.Subscript) and parent.value is node:
        return "read" if isinstance(parent.ctx, ast.Load) else "change"
    if isinstance(parent, ast.AugAssign) and parent.target is node:
        return "change"
    if isinstance(parent, ast.Attribute):
        call = up.get(id(parent))
        if not (isinstance(call, ast.Call) and call.func is parent):
            return "escape"  # a bound method kept
        if parent.attr in _READING:
            return "read"
        return "change" if parent.attr in LIST_CHANGING_METHODS else "escape"
    if isinstance(parent, ast.Call) and node in parent.args:
        builtin = _builtin_call(owner, parent, LIST_READING_BUILTINS)
        read = builtin is not None and not gives_back(builtin, parent, node)
        return "read" if read else "escape"
    if only_returned(node, up):
        return "return"
    # Inside a display that is printed or measured and dropped (`repr([steps, xs])`).
    if printed_display(
        node, up, lambda call: _builtin_call(owner, call, PRINTING_BUILTINS) is not None
    ):
        return "read"
    return "read" if _read_in_place(node, parent) else "escape"


def _builtin_call(owner, call: ast.Call, names) -> str | None:
    """The name of the builtin `call` calls when it is one of `names`, called by a name
    nothing in the function binds (a comprehension's variable could hide it from
    `known_name`); else None."""
    func = call.func
    if not isinstance(func, ast.Name) or func.id in _bound_names(owner.node):
        return None
    k = owner.known_name(func)
    found = k is not None and k.kind == "builtin" and k.name in names
    return k.name if found else None


def _bound_names(root) -> frozenset[str]:
    def make():
        names = {
            n.id for n in nodes_of(root, ast.Name) if not isinstance(n.ctx, ast.Load)
        }
        names |= {a.arg for a in nodes_of(root, ast.arg)}
        return frozenset(names)

    return kept_for_tree(_BOUND, root, make)


_BOUND = TreeFact("bound")


def _read_in_place(node, parent) -> bool:
    if isinstance(parent, (ast.For, ast.comprehension)):
        return parent.iter is node
    if isinstance(parent, (ast.If, ast.While, ast.Assert, ast.IfExp)):
        return parent.test is node
    return isinstance(
        parent,
        (ast.Compare, ast.BinOp, ast.FormattedValue, ast.Expr, ast.Starred),
    )


def _fresh_binding(owner, node: ast.Name, parent) -> bool:
    """`name = <a new list>` (or an annotated one): nothing else holds that list."""
    single = isinstance(parent, ast.Assign) and parent.targets[0] is node
    if not (single and len(parent.targets) == 1) and not (
        isinstance(parent, ast.AnnAssign) and parent.target is node
    ):
        return False
    value = parent.value
    if isinstance(value, (ast.List, ast.ListComp)):
        return True
    if isinstance(value, ast.Subscript):
        return isinstance(value.slice, ast.Slice)  # a slice is a copy
    if not isinstance(value, ast.Call):
        return False
    if isinstance(value.func, ast.Attribute):
        return value.func.attr in _FRESH_METHODS
    return _builtin_call(owner, value, _FRESH_BUILTINS) is not None
