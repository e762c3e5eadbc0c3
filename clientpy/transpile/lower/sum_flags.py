"""Sums of Dash's numbers kept in a local, printed as CPython prints them.

`total = 0`, then `total += v` for each v Dash sent: the sum may be an integral float
(0.5 + 0.5 is 1.0), so its type is open and printing it would be refused (CP115). Yet
CPython's sum is a float exactly when one of its terms was one (an int plus a float
is a float, and stays one), and each term tells that at run time (dash_number_text.py):
a boolean beside the local, set where a term is a float, tells how to print it.

A local is summed so where each of its bindings is an int literal (`total = 0`, which
makes it an int again) or a `+=` or `-=` of a term whose floatness is known at run
time: a value Dash sent (by its fraction), an int, or arithmetic of those (by its
operands' fractions). The sum itself raises past 2**53 (py_iadd) as every int sum does.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from ..scope import nodes_of, own_nodes_of, parents
from .core import type_of, typeof_is

_NEVER_FLOAT = ("int", "bool", "optint")


def summed_locals(fx) -> frozenset[str]:
    """The summed locals of `fx`'s own function (computed once, after inference)."""
    found = fx.__dict__.get("_summed_locals")
    if found is None:
        fx._summed_locals = frozenset()  # a term naming one is not a term yet
        fx._summed_locals = found = _summed(fx)
    return found


def is_summed(fx, name: str) -> bool:
    owner = fx.lookup_local(name)
    if owner is None or owner.function_root() is not owner:
        return False  # a comprehension's own names are never summed
    return name in summed_locals(owner)


def float_flag_of(fx, name: str) -> js.Name:
    """The boolean beside the summed local `name`: true where its sum is a float."""
    owner = fx.lookup_local(name)
    flags = owner.__dict__.setdefault("_sum_flags", {})
    if name not in flags:
        # named after the local, not a `$n` temp, which a comprehension's or nested
        # function's own temps would shadow where it is printed; no Python name has `$`
        flags[name] = owner.js_name_of(name) + "$float"
        owner.function_root().temps.append(flags[name])
    return js.Name(flags[name])


def flag_updates(fx, node: ast.stmt) -> list[js.Stmt]:
    """What follows a binding of a summed local: its flag cleared by `total = 0`,
    raised by a float term of `total += v`."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target, term = node.targets[0], None
    elif isinstance(node, ast.AugAssign):
        target, term = node.target, node.value
    else:
        return []
    if not isinstance(target, ast.Name) or not is_summed(fx, target.id):
        return []
    flag = float_flag_of(fx, target.id)
    if term is None:
        return [js.ExprStmt(js.Assign(flag, js.boolean(False)))]
    floats = term_float(fx, term)
    if floats is None or floats == js.boolean(False):
        return []
    return [js.ExprStmt(js.Assign(flag, js.Binary("||", flag, floats)))]


def term_float(fx, term: ast.expr) -> js.Expr | None:
    """True at run time where `term` is a float; None where that cannot be told."""
    from .dash_number_text import dash_operands, float_flag

    if isinstance(term, ast.Constant):
        return js.boolean(False) if type(term.value) is int else None
    kind = type_of(fx, term).kind
    if kind in _NEVER_FLOAT:
        return js.boolean(False)
    if isinstance(term, ast.Name) and kind in ("any", "dnum"):
        owner = fx.lookup_local(term.id)
        if owner is None:
            return None
        value = js.Name(owner.js_name_of(term.id))
        fraction = js.Unary("!", fx.unit.call("py_is_int", value))
        if kind == "dnum":
            return fraction
        return js.Binary("&&", typeof_is(value, "number"), fraction)
    operands = dash_operands(fx, term)
    return float_flag(fx, operands) if operands is not None else None


def _summed(fx) -> frozenset[str]:
    up = parents(fx.node)
    bindings: dict[str, bool] = {}
    for node in own_nodes_of(fx.node, ast.Name):
        if isinstance(node.ctx, ast.Load):
            continue
        good = _sum_binding(fx, node, up.get(id(node)))
        bindings[node.id] = bindings.get(node.id, True) and good
    for node in nodes_of(fx.node, ast.Nonlocal, ast.Global):
        for name in node.names:
            bindings[name] = False
    return frozenset(
        name
        for name, good in bindings.items()
        if good
        and name not in fx.scope.params
        and t.contains_num(fx.env.get(name, t.ANY))
    )


def _sum_binding(fx, node: ast.Name, parent) -> bool:
    if isinstance(parent, ast.Assign) and parent.targets == [node]:
        value = parent.value
        return isinstance(value, ast.Constant) and type(value.value) is int
    if isinstance(parent, ast.AugAssign) and isinstance(parent.op, (ast.Add, ast.Sub)):
        return parent.target is node and term_float(fx, parent.value) is not None
    return False
