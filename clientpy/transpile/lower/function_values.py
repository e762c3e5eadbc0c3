"""Numbers that cross a call the compiler cannot see: functions used as values.

Ints and floats are both JS numbers, so a float prints right only where the compiler
knows it is one. A function called by name takes its parameter types from its calls, and
the caller takes the result type from its returns. A function used as a value (stored in
a list, passed to another, returned) is called where the compiler cannot see which one
runs: `fs[0](x / 2)` hands it a float it would print as `2`, and `str(fs[0]())` prints
whatever float it returns as an int.

So a unit is compiled assuming no number crosses such a call. While lowering, it notes
where one may: a call of a value with an argument that may hold a float (`ARGS`), or a
function used as a value that may return one (`RESULTS`). If it noted anything it did
not assume, the unit is compiled again assuming it: the parameters of functions whose
callers are unknown may then be floats, as may the results of calls of values, and
printing them is refused (CP115) like any other value that may be a float.
"""

from __future__ import annotations

import ast

from .. import types as t
from ..types import ANY, T, element_type

ARGS = "args"  # a float may be passed to a function whose callers are unknown
RESULTS = "results"  # a call of a value may give a float


def note_call_of_value(fx, arg_types) -> None:
    """A call whose callee is not known at build time, given arguments of these types."""
    if any(t.may_hold_float(typ) for typ in arg_types):
        fx.unit.value_floats_seen.add(ARGS)


def note_value_result(unit, typ: T) -> None:
    """A function used as a value returns values of type `typ`."""
    if t.may_hold_float(typ):
        unit.value_floats_seen.add(RESULTS)


def call_of_value_result(unit) -> T:
    """The type a call of a function value gives (its callee is not known)."""
    return t.ANYF if RESULTS in unit.value_floats_assumed else ANY


def unknown_caller_params(unit, args: ast.arguments) -> dict[str, T]:
    """Parameter types of a function whose callers are unknown."""
    if ARGS not in unit.value_floats_assumed:
        return {}
    out = {a.arg: t.ANYF for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
    if args.vararg:
        out[args.vararg.arg] = t.tuple_of(t.ANYF)
    if args.kwarg:
        out[args.kwarg.arg] = t.dict_of(t.STR, t.ANYF)
    return out


def argument_types(fx, call: ast.Call) -> list[T]:
    """The types a call passes, starred iterables by their items."""
    from .core import type_of

    out = []
    for arg in call.args:
        if isinstance(arg, ast.Starred):
            out.append(element_type(type_of(fx, arg.value)))
        else:
            out.append(type_of(fx, arg))
    for kw in call.keywords:
        typ = type_of(fx, kw.value)
        out.append(typ if kw.arg is not None else _mapping_values(typ))
    return out


def _mapping_values(typ: T) -> T:
    return typ.value if typ.kind == "dict" else typ
