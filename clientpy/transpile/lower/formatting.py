"""str(), repr(), f-strings: text conversion, which must know int from float."""

from __future__ import annotations

import ast
import re

from .. import jstree as js
from .. import types as t
from .core import expr, type_of
from .registry import loc_of, lowers_expr


def _num_guard(fx, node, typ) -> bool:
    if t.contains_num(typ):
        name = ast.unparse(node) if not isinstance(node, ast.Name) else node.id
        fx.report("CP115", node, name=name)
        return False
    return True


# A %-conversion of a template: its conversion character is group 1.
_PERCENT_SPEC = re.compile(
    r"%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(.)", re.DOTALL
)


def percent_float_flags(fx, template: ast.expr, values: ast.expr) -> js.Expr:
    """The `floats` argument of py_percent for `template % values`: one flag for the
    whole value, or one per item of a tuple display."""
    guard_percent_values(fx, template, values)
    if isinstance(values, ast.Tuple) and not _has_starred(values):
        flags = [t.all_float(type_of(fx, item)) for item in values.elts]
        if any(flags) and not all(flags):
            return js.Array(tuple(js.Literal(_js_bool(f)) for f in flags))
        return js.Literal(_js_bool(all(flags) and bool(flags)))
    return js.Literal(_js_bool(t.all_float(type_of(fx, values))))


def guard_percent_values(fx, template: ast.expr | None, values: ast.expr) -> None:
    """%s and %r print a number as int or float: refuse values that may be either,
    unless a constant template has no such conversion (`"%.2f" % total` is safe)."""
    if isinstance(template, ast.Constant) and isinstance(template.value, str):
        kinds = {m.group(1) for m in _PERCENT_SPEC.finditer(template.value)}
        if not kinds & {"s", "r", "a"}:
            return
    items = values.elts if isinstance(values, ast.Tuple) else [values]
    for item in items:
        inner = item.value if isinstance(item, ast.Starred) else item
        if t.contains_num(type_of(fx, inner)):
            _num_guard(fx, item, type_of(fx, inner))


def _has_starred(node: ast.Tuple) -> bool:
    return any(isinstance(item, ast.Starred) for item in node.elts)


def _js_bool(value: bool) -> str:
    return "true" if value else "false"


def to_str(fx, node, value: js.Expr) -> js.Expr:
    typ = type_of(fx, node)
    loc = loc_of(node)
    if not _num_guard(fx, node, typ):
        return value
    if typ.kind == "str":
        return value
    if typ.kind == "int":
        return js.Call(js.Name("String"), (value,), loc=loc)
    if typ.kind == "float":
        return fx.unit.call("py_float_repr", value, loc=loc)
    if t.all_float(typ):
        return fx.unit.call("py_repr", value, js.Literal("true"), loc=loc)
    return fx.unit.call("py_str", value, loc=loc)


def to_repr(fx, node, value: js.Expr) -> js.Expr:
    typ = type_of(fx, node)
    loc = loc_of(node)
    if not _num_guard(fx, node, typ):
        return value
    if typ.kind == "int":
        return js.Call(js.Name("String"), (value,), loc=loc)
    if typ.kind == "float":
        return fx.unit.call("py_float_repr", value, loc=loc)
    floats = t.all_float(typ)
    args = (value, js.Literal("true")) if floats else (value,)
    return fx.unit.call("py_repr", *args, loc=loc)


@lowers_expr(ast.JoinedStr)
def lower_joinedstr(fx, node: ast.JoinedStr) -> js.Expr:
    parts: list[js.Expr] = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            if value.value:
                parts.append(js.Str(value.value))
        else:
            parts.append(formatted_value(fx, value))
    if not parts:
        return js.Str("", loc=loc_of(node))
    if not isinstance(parts[0], js.Str) and (
        len(parts) == 1 or not isinstance(parts[1], js.Str)
    ):
        parts.insert(0, js.Str(""))
    out = parts[0]
    for part in parts[1:]:
        out = js.Binary("+", out, part, loc=loc_of(node))
    return out


def formatted_value(fx, node: ast.FormattedValue) -> js.Expr:
    inner = node.value
    value = expr(fx, inner)
    typ = type_of(fx, inner)
    loc = loc_of(node)
    conversion = chr(node.conversion) if node.conversion != -1 else None
    if node.format_spec is None:
        if conversion == "r":
            return to_repr(fx, inner, value)
        if conversion == "a":
            return fx.unit.call("py_format_conv", value, js.Str("a"), loc=loc)
        return to_str(fx, inner, value)
    spec = lower_joinedstr(fx, node.format_spec)
    if conversion:
        converted = (
            to_repr(fx, inner, value) if conversion == "r" else to_str(fx, inner, value)
        )
        return fx.unit.call("py_format", converted, spec, js.Literal("false"), loc=loc)
    if t.contains_num(typ) and not _spec_ignores_int_float(node.format_spec):
        _num_guard(fx, inner, typ)
    is_float = js.Literal("true" if typ.kind == "float" else "false")
    return fx.unit.call("py_format", value, spec, is_float, loc=loc)


def _spec_ignores_int_float(spec: ast.JoinedStr) -> bool:
    """Specs like `.2f` or `e` print ints and floats alike."""
    if len(spec.values) != 1 or not isinstance(spec.values[0], ast.Constant):
        return False
    text = spec.values[0].value
    return bool(text) and text[-1] in "eEfFgG%"
