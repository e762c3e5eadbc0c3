"""Versions of a function that came out the same are emitted once.

A helper is compiled once per set of argument types (specialize.py), and types that
differ only where the emitted code does not look (a dict's value type, say) give
versions whose JS is identical. Two versions are merged when their trees are equal
with every version name of the function read as one, and the versions they call
are merged too (partition refinement, as for minimizing an automaton), so that no
call ends up running a version it would not have run.
"""

from __future__ import annotations

from .. import jstree as js

_SELF = "$version"


def merge_identical_versions(unit) -> None:
    """Drop the repeats among each function's versions; calls go to the one kept."""
    renames: dict[str, str] = {}
    for names in _versions_by_function(unit):
        renames.update(_merged(unit, names))
    if not renames:
        return
    kept = []
    for decl in unit.declarations:
        if isinstance(decl, js.FunctionDecl) and decl.func.name in renames:
            continue
        kept.append(rename(decl, renames))
    unit.declarations[:] = kept


def _versions_by_function(unit) -> list[list[str]]:
    groups: dict[int, list[str]] = {}
    for key, name in unit.bound.items():
        groups.setdefault(key, []).append(name)
    for (key, _types), name in unit.compiled_versions.items():
        groups.setdefault(key, []).append(name)
    return [names for names in groups.values() if len(set(names)) > 1]


def _merged(unit, names: list[str]) -> dict[str, str]:
    decls = {
        d.func.name: d
        for d in unit.declarations
        if isinstance(d, js.FunctionDecl) and d.func.name in names
    }
    order = [n for n in dict.fromkeys(names) if n in decls]
    same = {n: _SELF for n in order}
    shapes = {n: rename(decls[n], same) for n in order}
    calls = {n: references(decls[n], set(order)) for n in order}
    cls = {
        n: order.index(next(m for m in order if shapes[m] == shapes[n])) for n in order
    }
    while True:
        signature = {n: (cls[n], tuple(cls[m] for m in calls[n])) for n in order}
        distinct = list(dict.fromkeys(signature.values()))
        refined = {n: distinct.index(signature[n]) for n in order}
        if len(set(refined.values())) == len(set(cls.values())):
            break
        cls = refined
    first: dict[int, str] = {}
    out = {}
    for n in order:
        keep = first.setdefault(cls[n], n)
        if keep != n:
            out[n] = keep
    return out


def references(node, names: set[str]) -> list[str]:
    """The names among `names` that `node` refers to, in order."""
    out: list[str] = []

    def visit(value):
        if isinstance(value, js.Name):
            if value.id in names:
                out.append(value.id)
        elif isinstance(value, js.Node):
            for item in value.field_values():
                visit(item)
        elif isinstance(value, tuple):
            for item in value:
                visit(item)

    visit(node)
    return out


def rename(node, mapping: dict[str, str]):
    """`node` with the names (references and function names) in `mapping` replaced."""
    if isinstance(node, js.Name):
        new = mapping.get(node.id)
        return node if new is None else js.Name(new, loc=node.loc)
    if isinstance(node, js.Node):
        changes = {}
        for name in node.FIELDS:
            value = getattr(node, name)
            if isinstance(node, js.Function) and name == "name" and value in mapping:
                new = mapping[value]
            else:
                new = rename(value, mapping)
            if new is not value:
                changes[name] = new
        return js.replace(node, **changes) if changes else node
    if isinstance(node, tuple):
        items = tuple(rename(item, mapping) for item in node)
        return items if any(a is not b for a, b in zip(items, node)) else node
    return node
