"""Functions used as values check how many arguments they get.

A call by name is bound against the function's signature at build time (binding.py).
A function passed around (`key=f`, a lambda in a list, a def returned by another) is
called by code that knows nothing of it, where JS fills missing parameters with
`undefined` and drops extra arguments, and CPython raises TypeError. Such a function
checks `arguments.length` on entry; one only ever called by name pays nothing. A
function whose JS parameters include keyword-only slots or a **kwargs dict is read
through an adapter instead, which binds the positional arguments to those slots.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..scope import walk
from .binding import Signature, bind_spec


def called_only_by_name(scope: ast.AST, name: str) -> bool:
    """Every read of `name` in `scope` (nested scopes included) is a call of it."""
    callees = {id(sub.func) for sub in walk(scope) if isinstance(sub, ast.Call)}
    return all(
        id(sub) in callees
        for sub in walk(scope)
        if isinstance(sub, ast.Name)
        and sub.id == name
        and isinstance(sub.ctx, ast.Load)
    )


def arity_guard(unit, sig: Signature, display: str) -> js.Stmt | None:
    """`if (<wrong count>) py_bind(spec, arguments)`, which raises CPython's TypeError.

    Only for signatures whose JS parameters are the Python positionals (plus a rest
    parameter): a caller that knows nothing of the function can only pass those.
    """
    if sig.kwonly or sig.kwarg or (sig.vararg and not sig.rest):
        return None
    count = js.Member(js.Name("arguments"), "length")
    most = len(sig.positional)
    too_few = js.Binary("<", count, js.Num(sig.required))
    if sig.vararg:
        if not sig.required:
            return None
        wrong: js.Expr = too_few
    elif sig.required == most:
        wrong = js.Binary("!==", count, js.Num(most))
    else:
        wrong = js.Binary("||", too_few, js.Binary(">", count, js.Num(most)))
    given = js.Call(js.Member(js.Name("Array"), "from"), (js.Name("arguments"),))
    fail = unit.call("py_bind", bind_spec(sig, display), given)
    return js.If(wrong, (js.ExprStmt(fail),))


def needs_binding(sig: Signature) -> bool:
    """Whether the function's JS parameters are more than its Python positionals (and a
    rest parameter): keyword-only slots, a **kwargs dict, an *args tuple before them."""
    return bool(sig.kwonly or sig.kwarg or (sig.vararg and not sig.rest))


def as_value(unit, func: js.Expr, sig: Signature, display: str) -> js.Expr:
    """The function as a value: one whose JS parameters are more than the positionals is
    read through an adapter that binds positional calls to its slots (py_value_fn.js).
    """
    if not needs_binding(sig):
        return func
    return unit.call("py_value_fn", func, bind_spec(sig, display))


def with_guard(unit, func: js.Function, sig: Signature, display: str) -> js.Function:
    """`func` checking its argument count first (a plain function: arrows have no
    `arguments`)."""
    guard = arity_guard(unit, sig, display)
    if guard is None:
        return func
    return js.Function(
        func.name,
        func.params,
        (guard, *func.body),
        is_async=func.is_async,
        is_arrow=False,
        loc=func.loc,
    )


def guard_functions_used_as_values(unit) -> None:
    """Module-level functions referenced as values get their guard once every use is
    known, that is, when the whole unit is lowered."""
    if not unit.used_as_value:
        return
    for i, decl in enumerate(unit.declarations):
        if isinstance(decl, js.FunctionDecl) and decl.func.name in unit.used_as_value:
            name = decl.func.name
            sig = unit.signatures[name]
            func = with_guard(unit, decl.func, sig, unit.used_as_value[name])
            unit.declarations[i] = js.FunctionDecl(func, loc=decl.loc)
