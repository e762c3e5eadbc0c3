"""Module-level JSON-like constants as JS literals in the value model."""

from __future__ import annotations

from .. import jstree as js
from .expressions import constant


def constant_expression(value) -> js.Expr:
    if isinstance(value, list):
        return js.Array(tuple(constant_expression(item) for item in value))
    if isinstance(value, tuple):
        items = js.Array(tuple(constant_expression(item) for item in value))
        return js.Call(js.Member(js.Name("Object"), "freeze"), (items,))
    if isinstance(value, dict):
        pairs = tuple(
            js.Array((constant_expression(k), constant_expression(v)))
            for k, v in value.items()
        )
        return js.New(js.Name("Map"), (js.Array(pairs),) if pairs else ())
    return constant(value)
