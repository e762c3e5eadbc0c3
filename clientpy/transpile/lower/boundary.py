"""Whether an entry function's results are already Dash data (JSON-like JS values).

The bundle converts a callback's result for Dash (a Map to an object, a tuple or set to
an array) by walking it, which for a figure of 100k-point arrays costs as much as the
callback. When every `return` gives a value whose parts are statically plain JSON (or
come straight from Dash, untouched), the walk is skipped.
"""

from __future__ import annotations

import ast

from .inference import escaping_names

CLEAN_KINDS = frozenset({"int", "float", "num", "str", "bool", "none", "optint"})
MUTATING = frozenset(
    [
        "append",
        "extend",
        "insert",
        "pop",
        "remove",
        "sort",
        "reverse",
        "clear",
        "update",
        "setdefault",
        "popitem",
        "add",
        "discard",
    ]
)


def returns_clean(fx) -> bool:
    node = fx.node
    untouched = _untouched_parameters(fx)
    for sub in _own_nodes(node):
        if (
            isinstance(sub, ast.Return)
            and sub.value is not None
            and not _clean(fx, sub.value, untouched)
        ):
            return False
    return True


def _own_nodes(node):
    """Nodes of this function, not of functions or lambdas nested in it."""
    todo = list(node.body)
    while todo:
        sub = todo.pop()
        yield sub
        for child in ast.iter_child_nodes(sub):
            if not isinstance(
                child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
            ):
                todo.append(child)


def _untouched_parameters(fx) -> set[str]:
    """Parameters (Dash's JSON) never rebound, stored into, changed or passed on."""
    params = set(fx.scope.params)
    escaped = escaping_names(fx.node)
    for sub in ast.walk(fx.node):
        if isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load):
            params.discard(sub.id)
        elif isinstance(sub, (ast.Subscript, ast.Attribute)) and not isinstance(
            sub.ctx, ast.Load
        ):
            for name in ast.walk(sub.value):
                if isinstance(name, ast.Name):
                    params.discard(name.id)
        elif (
            isinstance(sub, ast.Call)
            and isinstance(sub.func, ast.Attribute)
            and sub.func.attr in MUTATING
        ):
            for name in ast.walk(sub.func.value):
                if isinstance(name, ast.Name):
                    params.discard(name.id)
    return params - escaped


def _clean(fx, value, untouched: set[str]) -> bool:
    from .core import type_of

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
    if isinstance(value, ast.Name) and value.id in untouched:
        return True
    return _clean_type(type_of(fx, value))


def _clean_type(typ) -> bool:
    if typ.kind in CLEAN_KINDS:
        return True
    if typ.kind == "list":
        return _clean_type(typ.elem)
    return False
