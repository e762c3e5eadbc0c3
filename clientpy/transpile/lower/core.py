"""Dispatch: lower one expression or statement through the registry."""

from __future__ import annotations

import ast

from .. import jstree as js
from ..types import T
from .registry import EXPRESSIONS, STATEMENTS, loc_of
from .typing import Typer


def type_of(fx, node) -> T:
    if getattr(fx, "typer", None) is None:
        fx.typer = Typer(fx)
    return fx.typer.of(node)


def expr(fx, node: ast.AST) -> js.Expr:
    lower = EXPRESSIONS.get(type(node))
    if lower is None:  # check.py refused it already; keep going for more diagnostics
        return js.Literal("undefined", loc=loc_of(node))
    return lower(fx, node)


def exprs(fx, nodes) -> tuple[js.Expr, ...]:
    return tuple(expr(fx, node) for node in nodes)


def stmts(fx, body) -> list[js.Stmt]:
    out: list[js.Stmt] = []
    for node in body:
        lower = STATEMENTS.get(type(node))
        if lower is not None:
            out.extend(lower(fx, node))
    return out


def is_simple(e: js.Expr) -> bool:
    """Evaluating it twice is safe and cheap (no side effects, no cost)."""
    return isinstance(e, (js.Name, js.Num, js.Str, js.Literal))


def once(fx, e: js.Expr) -> tuple[js.Expr, js.Expr]:
    """(first use, later uses) of an expression that must be evaluated only once."""
    if is_simple(e):
        return e, e
    name = fx.temp()
    return js.Assign(js.Name(name), e), js.Name(name)


IS_ARRAY = js.Member(js.Name("Array"), "isArray")


def is_array(e: js.Expr) -> js.Expr:
    """`Array.isArray(e)`: a list or tuple (a str, a dict or Dash's object is not)."""
    return js.Call(IS_ARRAY, (e,))


def typeof_is(e: js.Expr, name: str, loc=None) -> js.Expr:
    """`typeof e === "name"`: the test each site makes before a JS method or operator
    that is Python's only for that kind of value."""
    return js.Binary("===", js.Unary("typeof", e), js.Str(name), loc=loc)


def tuple_literal(fx, items, loc=None) -> js.Expr:
    return js.Call(
        js.Member(js.Name("Object"), "freeze"), (js.Array(tuple(items)),), loc=loc
    )
