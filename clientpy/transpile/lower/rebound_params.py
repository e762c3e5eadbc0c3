"""Parameters a function rebinds before anything else reads them.

`size = int(size or 10)` as the first word on `size` makes it an int for the rest of
the function, whatever Dash sent. Types of locals are the join of all their bindings
(inference.py), which would keep the argument's open type in it, and refuse to print
`len(rows) // size`. Where the rebinding is a statement of the function's own body
(run once, unconditionally) and nothing reads the parameter before it, the argument's
type is no binding of the name: its type is what that statement binds, joined with
what later statements bind (`n = int(n or 0)`, then `n = n * 2`); the reads inside
that first value keep the argument's type (`FunctionContext.incoming_reads`).
"""

from __future__ import annotations

import ast

from ..scope import assigned_name, loads_of, name_ids, nodes_of


def rebound_first(node) -> dict[str, ast.Assign]:
    """Parameter name -> the statement rebinding it first, for each that qualifies."""
    if isinstance(node, ast.Lambda):
        return {}
    args = node.args
    params = {
        a.arg
        for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]
        if not a.annotation
    }
    if not any(assigned_name(stmt) in params for stmt in node.body):
        return {}  # most functions: no statement of the body rebinds one
    out: dict[str, ast.Assign] = {}
    seen: set[str] = set()  # names used by the statements before
    for stmt in node.body:
        name = assigned_name(stmt)
        if name in params and name not in seen and not _deferred_read(stmt.value, name):
            out[name] = stmt
        seen |= name_ids(stmt)
    return out


def _deferred_read(value, name: str) -> bool:
    """A lambda in the value reading the name: called later, it reads the new value."""
    return any(name in name_ids(f.body) for f in nodes_of(value, ast.Lambda))


def incoming_reads(stmt: ast.Assign, name: str) -> list[ast.Name]:
    """The reads of the parameter in the value that rebinds it."""
    return loads_of(stmt.value, name)
