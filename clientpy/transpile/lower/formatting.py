"""str(), repr(), f-strings: text conversion, which must know int from float."""

from __future__ import annotations

import ast
import re

from .. import jstree as js
from .. import types as t
from .core import expr, once, type_of
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


# [[fill]align][sign][width][grouping][.precision] then f, F or %: specs py_format_f
# formats without the general engine (no `0`, `z`, `#` or `=` options).
_FIXED_SPEC = re.compile(
    r"(?:(?P<fill>.)?(?P<align>[<>^]))?(?P<sign>[-+ ])?(?P<width>[1-9][0-9]*)?"
    r"(?P<sep>[,_])?(?:\.(?P<prec>[0-9]{1,2}))?(?P<type>[fF%])",
    re.DOTALL,
)


def fixed_spec_args(spec: str) -> tuple | None:
    """The arguments py_format_f takes after the value, for a spec it handles; None
    for any other spec."""
    m = _FIXED_SPEC.fullmatch(spec)
    if m is None:
        return None
    return (
        int(m["prec"]) if m["prec"] is not None else 6,
        int(m["width"] or 0),
        m["fill"] or " ",
        m["align"] or ">",
        m["sign"] or "-",
        m["sep"] or "",
        m["type"],
    )


def _fixed_format(fx, node, value: js.Expr, typ) -> js.Expr | None:
    """`f"{x:>12,.2f}"` through py_format_f: a number formats with a few string
    operations; a value of open type that is not a number takes the general path."""
    spec = node.format_spec
    if len(spec.values) != 1 or not isinstance(spec.values[0], ast.Constant):
        return None
    args = fixed_spec_args(spec.values[0].value)
    if args is None or not (t.is_numeric(typ) or t.is_open(typ)):
        return None
    lowered = tuple(js.Num(a) if isinstance(a, int) else js.Str(a) for a in args)
    loc = loc_of(node)
    if t.is_numeric(typ):
        return fx.unit.call("py_format_f", value, *lowered, loc=loc)
    first, later = once(fx, value)
    test = js.Binary("===", js.Unary("typeof", first), js.Str("number"))
    general = fx.unit.call(
        "py_format", later, js.Str(spec.values[0].value), js.Literal("false")
    )
    fast = fx.unit.call("py_format_f", later, *lowered)
    return js.Conditional(test, fast, general, loc=loc)


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
    fixed = _fixed_format(fx, node, value, typ)
    if fixed is not None:
        return fixed
    is_float = js.Literal("true" if typ.kind == "float" else "false")
    return fx.unit.call("py_format", value, spec, is_float, loc=loc)


def _spec_ignores_int_float(spec: ast.JoinedStr) -> bool:
    """Specs like `.2f` or `e` print ints and floats alike."""
    if len(spec.values) != 1 or not isinstance(spec.values[0], ast.Constant):
        return False
    text = spec.values[0].value
    return bool(text) and text[-1] in "eEfFgG%"
