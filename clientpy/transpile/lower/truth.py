"""Truthiness: a JS boolean expression for a Python condition.

JS truthiness agrees with Python's for bools, ints and strings, so those are tested
directly; `[]` and `{}` are true in JS and false in Python, so containers test their
size and open types call `py_bool`.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .core import expr, type_of


def truth(fx, node) -> js.Expr:
    if isinstance(node, ast.BoolOp):
        op = "&&" if isinstance(node.op, ast.And) else "||"
        out = truth(fx, node.values[0])
        for value in node.values[1:]:
            out = js.Binary(op, out, truth(fx, value))
        return out
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return js.Unary("!", truth(fx, node.operand))
    return truth_of_expr(fx, expr(fx, node), type_of(fx, node))


def truth_of_expr(fx, e: js.Expr, typ) -> js.Expr:
    kind = typ.kind
    if kind in ("bool", "int", "str"):
        return e
    if kind == "none":
        return js.Sequence((e, js.Literal("false")))
    if kind in ("float", "num", "dnum"):
        return js.Binary("!==", e, js.Num(0))  # NaN is true in Python
    if kind in ("list", "tuple", "tuplen"):
        return js.Binary("!==", js.Member(e, "length"), js.Num(0))
    if kind in ("dict", "set"):
        return js.Binary("!==", js.Member(e, "size"), js.Num(0))
    if kind == "func":
        return js.Sequence((e, js.Literal("true")))
    return fx.unit.call("py_bool", e)
