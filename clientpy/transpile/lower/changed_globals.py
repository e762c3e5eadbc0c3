"""Module-level containers that the module's code changes.

A global list or dict is typed by its value (`RATES = [1.0, 2.0]` holds floats), unless
code of its module stores into it: directly, or through any name bound to it. Then what
it holds is not what it was made with (typing.py widens its items).
"""

from __future__ import annotations

import ast
import functools

from ..scope import DEFS, walk
from .constant_escapes import changed_constants


def changed_global(fx, name: str) -> bool:
    """Code in the function's module stores into the global container `name` (an item,
    or through a method such as append), or hands a container it holds to another
    name: its items may not be those it was made with."""
    from ..parse import _parsed_file, _stamp

    filename = fx.pyfunc.__code__.co_filename
    tree, _ = _parsed_file(filename, _stamp(filename))
    if tree is None:
        return False
    namespace = getattr(fx.pyfunc, "__globals__", {})
    return name in changed_constants(tree, namespace, _changed_names(tree))


@functools.lru_cache(maxsize=64)
def _changed_names(tree: ast.Module) -> frozenset[str]:
    """Module-level names whose container is stored into: directly (`RATES[0] = n`,
    `ITEMS.append(v)`), or through a local bound to it (`x = RATES; x[0] = n`,
    `for row in GRID: row[0] = v`, `scale(RATES)` whose parameter is stored into).
    Each top-level def is one scope with the defs nested in it (a closure may store
    through its parent's local)."""
    defs = [node for node in tree.body if isinstance(node, DEFS)]
    scopes = [tree.body] + [[node] for node in defs]
    params = {
        node.name: (index, [a.arg for a in (*node.args.posonlyargs, *node.args.args)])
        for index, node in enumerate(defs, start=1)
    }
    changed: set[tuple] = set()
    edges: list[tuple[tuple, tuple]] = []
    for index, body in enumerate(scopes):
        nodes = _scope_nodes(body, top=index == 0)
        local = _bound_names(nodes) if index else set()

        def key(name, local=local, index=index):
            return (index, name) if name in local else (0, name)

        changed |= {key(name) for name in _stored_into(nodes)}
        for alias, source in _aliases(nodes):
            edges.append((key(alias), key(source)))
        for callee, arg in _passed(nodes, params):
            edges.append((callee, key(arg)))
    while True:
        more = {source for alias, source in edges if alias in changed} - changed
        if not more:
            return frozenset(name for index, name in changed if index == 0)
        changed |= more


def _scope_nodes(body, top: bool) -> list:
    """The nodes of a scope: the module's statements without its defs, or one def."""
    kept = [n for n in body if not (top and isinstance(n, DEFS))]
    return [sub for node in kept for sub in walk(node)]


def _bound_names(nodes) -> set[str]:
    names = {
        n.id
        for n in nodes
        if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)
    }
    for node in nodes:
        if isinstance(node, ast.arg):
            names.add(node.arg)
    return names


def _stored_into(nodes):
    from .aliasing import MUTATORS

    for node in nodes:
        if isinstance(node, ast.Subscript) and not isinstance(node.ctx, ast.Load):
            base = node.value
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in MUTATORS
        ):
            base = node.func.value
        else:
            continue
        while isinstance(base, (ast.Subscript, ast.Attribute)):
            base = base.value  # `GRID[0][1] = v` changes what GRID holds
        if isinstance(base, ast.Name):
            yield base.id


def _aliases(nodes):
    """(alias, name) for each binding of a name to another's object or items."""
    for node in nodes:
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.NamedExpr)):
            targets = getattr(node, "targets", None) or [node.target]
            for target in targets:
                if _names(target, node.value):
                    yield target.id, node.value.id
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)) and _names(
            node.target, node.iter
        ):
            yield node.target.id, node.iter.id


def _passed(nodes, params):
    """((callee's scope, parameter), name) for each name passed to a module function."""
    for node in nodes:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            scope, names = params.get(node.func.id, (0, ()))
            passed = [*zip(names, node.args)]
            passed += [(kw.arg, kw.value) for kw in node.keywords if kw.arg in names]
            for param, arg in passed:
                if isinstance(arg, ast.Name):
                    yield (scope, param), arg.id


def _names(*nodes) -> bool:
    return all(isinstance(n, ast.Name) for n in nodes)
