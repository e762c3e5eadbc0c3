"""str(), repr(), f-strings: text conversion, which must know int from float."""

from __future__ import annotations

import ast
import re

from .. import jstree as js
from .. import types as t
from .bounded import below_2_53
from .core import expr, once, type_of, typeof_is
from .dash_number_text import dash_operands, float_flag, open_operands
from .known import builtin_call
from .registry import loc_of, lowers_expr


def _num_guard(fx, node, typ) -> bool:
    if t.contains_num(typ):
        name = ast.unparse(node) if not isinstance(node, ast.Name) else node.id
        fx.report("CP115", node, name=name)
        return False
    return True


# What follows a %-conversion's mapping key: flags, width, precision (a `.` alone is
# precision 0), length modifier; the conversion character is group 1.
_PERCENT_REST = re.compile(r"[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d*))?[hlL]?(.)", re.DOTALL)


def _percent_conversions(text: str) -> list[tuple[str, int]]:
    """(conversion character, how many `*` take a width or precision) of each
    %-conversion of a template, read as CPython reads it: a mapping key's parentheses
    nest (`%((a))s` is the key `(a)`)."""
    out, i = [], 0
    while (i := text.find("%", i)) >= 0:
        i += 1
        if text.startswith("(", i):
            depth = 0
            while i < len(text):
                depth += {"(": 1, ")": -1}.get(text[i], 0)
                i += 1
                if depth == 0:
                    break
        found = _PERCENT_REST.match(text, i)
        if found is None:
            break
        out.append((found.group(1), found.group(0).count("*")))
        i = found.end()
    return out


# Conversions where an int and an integral float give different results.
_INT_OR_FLOAT_DIFFER = frozenset({"s", "r", "a", "x", "X", "o", "c"})


def percent_float_flags(fx, template: ast.expr, values: ast.expr) -> js.Expr:
    """The `floats` argument of py_percent for `template % values`: one flag for the
    whole value, or one per item of a tuple display."""
    operands = _bare_dash_value(fx, template, values)
    if operands is not None:  # `"%s" % total`: whether a float, asked at run time
        return float_flag(fx, operands)
    guard_percent_values(fx, template, values)
    if isinstance(values, ast.Tuple) and not _has_starred(values):
        flags = [t.all_float(type_of(fx, item)) for item in values.elts]
        if any(flags) and not all(flags):
            return js.Array(tuple(js.boolean(f) for f in flags))
        return js.boolean(all(flags) and bool(flags))
    return js.boolean(t.all_float(type_of(fx, values)))


def _bare_dash_value(fx, template: ast.expr, values: ast.expr) -> list | None:
    """The operands of `values` in `"%s" % total`, where that one value is arithmetic
    of Dash's numbers (or a summed local) whose fractions tell its kind: a constant
    template without a `*` width, a value that is no tuple display."""
    if isinstance(values, ast.Tuple) or not isinstance(template, ast.Constant):
        return None
    text = template.value
    if not isinstance(text, str) or any(
        stars for _, stars in _percent_conversions(text)
    ):
        return None
    return dash_operands(fx, values)


def guard_percent_values(fx, template: ast.expr | None, values: ast.expr) -> None:
    """%s and %r print a number as int or float, and %x, %o, %c and a `*` width take
    an int only (an integral float is a TypeError there): refuse values that may be
    either, unless a constant template has no such conversion (`"%.2f" % total` and
    `"%d" % total` are safe)."""
    for item in _items_printed_either_way(template, values):
        inner = item.value if isinstance(item, ast.Starred) else item
        if t.contains_num(type_of(fx, inner)):
            _num_guard(fx, item, type_of(fx, inner))


def _argument_conversions(text: str) -> list[str] | None:
    """Per argument a written-out template takes, in order, its conversion character
    (`*` for a width or precision taken from the arguments); None where the template
    names mapping keys or has a `%*%`, which are left to CPython's reading."""
    out: list[str] = []
    for kind, stars in _percent_conversions(text):
        if kind == "%":
            if stars:
                return None
            continue  # `%%` takes no argument
        out.extend("*" * stars)
        out.append(kind)
    return None if "%(" in text else out


def _items_printed_either_way(template: ast.expr | None, values: ast.expr) -> list:
    """The values of `template % values` whose conversion tells an int from an
    integral float: with a constant template and a tuple display, each item goes with
    its own conversion (`"%.2f %s" % (t, name)` prints t the same either way); any
    other way, every value."""
    items = values.elts if isinstance(values, ast.Tuple) else [values]
    if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
        return items
    specs = _percent_conversions(template.value)
    if not {kind for kind, _ in specs} & _INT_OR_FLOAT_DIFFER and not any(
        stars for _, stars in specs
    ):
        return []
    if not isinstance(values, ast.Tuple) or _has_starred(values):
        return items
    kinds = _argument_conversions(template.value)
    if kinds is None or len(kinds) != len(items):
        return items  # CPython raises for the mismatch: leave it to the run
    # a `*` width or precision takes an int only
    differ = [kind in _INT_OR_FLOAT_DIFFER or kind == "*" for kind in kinds]
    return [item for item, either in zip(items, differ) if either]


def _has_starred(node: ast.Tuple) -> bool:
    return any(isinstance(item, ast.Starred) for item in node.elts)


def _rounds_a_dash_number(fx, node) -> bool:
    """Whether `node` is `round(x, n)` of a number as Dash sends it (an int when
    integral): its result is a float exactly when x has a fraction, which the printed
    text can ask of x at run time (`f"{round(value, 2)}"` prints `2.0` for 2.04)."""
    if not (builtin_call(fx, node, "round") and len(node.args) == 2):
        return False
    number, digits = node.args
    if type_of(fx, number).kind not in ("any", "dnum", "optint"):
        return False
    return t.is_int_like(type_of(fx, digits))


def _rounded_text(fx, node, value: js.Expr) -> js.Expr:
    from .expressions import reads_only

    # `value` is `py_round(x, n)` (or py_round_digits(x, n, scale)), as lower_round
    # gives it for two arguments of which x may be an int: x is held for the fraction
    # test below.
    rounding = (js.Name("py_round"), js.Name("py_round_digits"))
    assert isinstance(value, js.Call) and value.callee in rounding
    number, *rest = value.args
    first, held = once(fx, number)
    if first is held and not all(map(reads_only, rest)):
        # `round(x, (x := 1))`: x as it was before the digits were evaluated
        held = js.Name(fx.temp())
        first = js.Assign(held, number)
    rounded = js.Call(value.callee, (held, *rest), loc=value.loc)
    fraction = js.Binary(
        "&&",
        typeof_is(held, "number"),
        js.Unary("!", fx.unit.call("py_is_int", held)),
    )
    text = fx.unit.call("py_repr", rounded, fraction, loc=loc_of(node))
    return text if first is held else js.Sequence((first, text))


def _dash_arithmetic_text(fx, node, value: js.Expr, whole: str) -> js.Expr | None:
    """The text of `a + b` of Dash numbers (dash_number_text.py): an int's digits, or
    a float's repr where an operand has a fraction. `whole` (py_str or py_repr) prints
    a result that may be no number."""
    operands = dash_operands(fx, node)
    if operands is None or not t.contains_num(type_of(fx, node)):
        return None
    first, held = once(fx, value)
    loc = loc_of(node)
    if open_operands(fx, operands):  # maybe no number: str() with the flag
        text = fx.unit.call(whole, held, float_flag(fx, operands), loc=loc)
        return text if first is held else js.Sequence((first, text))
    text = js.Conditional(
        float_flag(fx, operands),
        fx.unit.call("py_float_repr", held, loc=loc),
        int_text(fx, node, held, loc),
    )
    return text if first is held else js.Sequence((first, text))


def to_str(fx, node, value: js.Expr) -> js.Expr:
    typ = type_of(fx, node)
    loc = loc_of(node)
    if _shows_an_address(fx, node, typ):
        return value
    if _rounds_a_dash_number(fx, node):
        return _rounded_text(fx, node, value)
    text = _dash_arithmetic_text(fx, node, value, "py_str")
    if text is None:
        text = _display_text(fx, node, typ, value)
    if text is not None:
        return text
    if not _num_guard(fx, node, typ):
        return value
    if typ.kind == "str":
        return value
    if typ.kind == "int":
        return int_text(fx, node, value, loc)
    if typ.kind == "float":
        return fx.unit.call("py_float_repr", value, loc=loc)
    if t.all_float(typ):
        return fx.unit.call("py_repr", value, js.Literal("true"), loc=loc)
    return fx.unit.call("py_str", value, loc=loc)


def _display_text(fx, node, typ: t.T, value: js.Expr) -> js.Expr | None:
    """`str((n, n / 2))`, `f"{[count, mean]}"`: a tuple or list display mixing ints and
    floats, printed item by item where each item's own type says how it prints (the
    display's type joins them, so printing it whole is refused). `value` is the
    display as lowered: its items, evaluated in order, are printed in place of the
    list or tuple they would make. None for anything else."""

    if not isinstance(node, (ast.Tuple, ast.List, ast.Dict)):
        return None
    if not t.contains_num(typ):
        return None
    items = node.values if isinstance(node, ast.Dict) else node.elts
    lowered = _display_items(value)
    if lowered is None or len(lowered) != len(items):
        return None  # a starred item, or a display lowered otherwise
    if isinstance(node, ast.Dict) and _str_keys(node) is None:
        return None
    if not _printable_in_place(fx, items, lowered):
        return None
    texts = [to_repr(fx, e, item) for e, item in zip(items, lowered)]
    if isinstance(node, ast.Dict):  # `{'n': 3, 'avg': 0.5}`
        keys = _str_keys(node)
        texts = [js.Binary("+", js.Str(repr(k) + ": "), x) for k, x in zip(keys, texts)]
        opening, closing = "{", "}"
    elif isinstance(node, ast.Tuple):
        opening, closing = "(", ",)" if len(texts) == 1 else ")"
    else:
        opening, closing = "[", "]"
    out: js.Expr = js.Str(opening)
    for i, text in enumerate(texts):
        out = js.Binary("+", out, js.Binary("+", js.Str(", "), text) if i else text)
    return js.Binary("+", out, js.Str(closing), loc=loc_of(node))


def changes_nothing(e: js.Expr) -> bool:
    """Evaluating `e` changes no Python value: a read (expressions.reads_only), or a
    display of such parts, which builds a new value."""
    from .expressions import reads_only

    parts = _display_parts(e)
    return reads_only(e) if parts is None else all(map(changes_nothing, parts))


def _display_parts(e: js.Expr) -> tuple | None:
    """All that a lowered list, tuple, set or dict display evaluates (a dict's keys
    too); None for anything else."""
    if isinstance(e, js.Object):
        keyed = all(k is not None for k, _ in e.props)  # (None: a spread)
        return tuple(v for _, v in e.props) if keyed else None
    if (isinstance(e, js.Call) and e.callee == js.Name("py_set")) or (
        isinstance(e, js.New) and e.callee == js.Name("Map")
    ):
        return e.args
    return _display_items(e) if not isinstance(e, js.New) else None


def _printable_in_place(fx, items: list, lowered) -> bool:
    """Each item's text made where it stands shows what the display holds once built:
    no item that may change is followed by one that changes anything (`str((n / 2,
    xs, xs.pop()))` shows xs popped in CPython), and each number prints by its type."""
    for i, item in enumerate(items):
        later = lowered[i + 1 :]
        if may_change(fx, item) and not all(map(changes_nothing, later)):
            return False
    return not any(
        t.contains_num(type_of(fx, e)) and not _display_item_ok(fx, e) for e in items
    )


def _str_keys(node: ast.Dict) -> list[str] | None:
    """The keys of a dict display written as distinct strs (no `**`); else None."""
    keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
    if not all(isinstance(k, str) for k in keys) or len(set(keys)) != len(keys):
        return None
    return keys


# Values no later code can change: what they print is fixed once they are made.
_UNCHANGING = frozenset(
    {"int", "float", "bool", "none", "str", "num", "dnum", "optint"}
)


def may_change(fx, node) -> bool:
    typ = type_of(fx, node)
    if typ.kind == "tuplen":
        return any(arg.kind not in _UNCHANGING for arg in typ.args)
    return typ.kind not in _UNCHANGING


def _display_items(value: js.Expr) -> tuple[js.Expr, ...] | None:
    """The items of a lowered list display (`[...]`), tuple display
    (`Object.freeze([...])`, core.tuple_literal), or the values of a dict display of
    strs (`{k: v}`, `new Map([[k, v]])`)."""
    freeze = js.Member(js.Name("Object"), "freeze")
    if isinstance(value, js.Object) and all(k is not None for k, _ in value.props):
        return tuple(v for _, v in value.props)
    if isinstance(value, js.New) and value.callee == js.Name("Map") and value.args:
        pairs = value.args[0]
        if isinstance(pairs, js.Array) and all(
            isinstance(p, js.Array) and len(p.elements) == 2 for p in pairs.elements
        ):
            return tuple(p.elements[1] for p in pairs.elements)
        return None
    if isinstance(value, js.Call) and value.callee == freeze and len(value.args) == 1:
        value = value.args[0]
    if isinstance(value, js.Array) and not any(
        isinstance(e, js.Spread) for e in value.elements
    ):
        return value.elements
    return None


def _display_item_ok(fx, node) -> bool:
    """An item whose text its type tells: an int, a float, all floats inside, or a
    display printed so in turn."""
    typ = type_of(fx, node)
    if typ.kind in ("int", "float") or t.all_float(typ):
        return True
    if dash_operands(fx, node) is not None:
        return True  # `[a * b]` of Dash's values: its operands asked, as alone
    if isinstance(node, (ast.Tuple, ast.List)):
        return not any(isinstance(e, ast.Starred) for e in node.elts) and all(
            not t.contains_num(type_of(fx, e)) or _display_item_ok(fx, e)
            for e in node.elts
        )
    if isinstance(node, ast.Dict) and _str_keys(node) is not None:
        return all(
            not t.contains_num(type_of(fx, e)) or _display_item_ok(fx, e)
            for e in node.values
        )
    return False


def _shows_an_address(fx, node, typ: t.T) -> bool:
    """str() of a generator, map, filter, zip... shows where CPython keeps it
    (`<map object at 0x7f3c...>`), which differs from one run to the next: printed, it
    is refused rather than given a text of the browser's."""
    if typ.kind != "iter":
        return False
    fx.report(
        "CP100",
        node,
        construct="printing an iterator (a generator, map, filter, zip...)",
        hint="print the items it gives: list(...) or a join",
    )
    return True


def to_repr(fx, node, value: js.Expr) -> js.Expr:
    typ = type_of(fx, node)
    loc = loc_of(node)
    if _shows_an_address(fx, node, typ):
        return value
    if _rounds_a_dash_number(fx, node):
        return _rounded_text(fx, node, value)
    text = _dash_arithmetic_text(fx, node, value, "py_repr")
    if text is None:
        text = _display_text(fx, node, typ, value)
    if text is not None:
        return text
    if not _num_guard(fx, node, typ):
        return value
    if typ.kind == "int":
        return int_text(fx, node, value, loc)
    if typ.kind == "float":
        return fx.unit.call("py_float_repr", value, loc=loc)
    floats = t.all_float(typ)
    args = (value, js.Literal("true")) if floats else (value,)
    return fx.unit.call("py_repr", *args, loc=loc)


def to_ascii(fx, node, value: js.Expr) -> js.Expr:
    """`!a`: the repr (a float's as a float's, as to_repr) with non-ASCII escaped."""
    typ = type_of(fx, node)
    operands = dash_operands(fx, node)
    if operands is not None and t.contains_num(typ):  # the operands asked after it
        flag = float_flag(fx, operands)
        return fx.unit.call(
            "py_format_conv", value, js.Str("a"), flag, loc=loc_of(node)
        )
    if not _num_guard(fx, node, typ):
        return value
    floats = (js.Literal("true"),) if t.all_float(typ) else ()
    return fx.unit.call("py_format_conv", value, js.Str("a"), *floats, loc=loc_of(node))


def int_text(fx, node, value: js.Expr, loc=None) -> js.Expr:
    """str() of an int: String() where it stays below 2**53 (bounded.py); else
    py_repr_int, whose digits past 2**53 are the exact value's, as CPython prints
    `int(x)` of a big float."""
    if below_2_53(fx, node):
        return js.Call(js.Name("String"), (value,), loc=loc)
    return fx.unit.call("py_repr_int", value, loc=loc)


@lowers_expr(ast.JoinedStr)
def lower_joinedstr(fx, node: ast.JoinedStr) -> js.Expr:
    parts: list[js.Expr] = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            if value.value:
                parts.append(js.Str(value.value))
        elif _is_plain_int(fx, value) and below_2_53(fx, value.value):
            # An int joined by `+` to a string is printed by JS as String() would print
            # it, without the call (the first `+` always has a string operand, below).
            parts.append(expr(fx, value.value))
        elif _is_plain_int(fx, value):
            parts.append(_joined_int(fx, expr(fx, value.value)))
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


def _joined_int(fx, value: js.Expr) -> js.Expr:
    """An int that may be past 2**53, joined as it is below (as JS prints it there) and
    through py_repr_int past it (the exact value's digits): the common case pays a
    range test, not a call."""
    first, held = once(fx, value)
    bound = js.Num(2**53)
    test = js.Binary(
        "&&",
        js.Binary("<=", held, bound),
        js.Binary(">=", held, js.Unary("-", bound)),
    )
    joined = js.Conditional(test, held, fx.unit.call("py_repr_int", held))
    return joined if first is held else js.Sequence((first, joined))


def _is_plain_int(fx, node: ast.FormattedValue) -> bool:
    """`{n}`, `{n!s}` or `{n!r}` of an int: what to_str and to_repr print with String()."""
    plain = node.format_spec is None and node.conversion in (-1, ord("s"), ord("r"))
    return plain and type_of(fx, node.value).kind == "int"


# Specs parsed when the callback is translated, each formatted by a small helper instead
# of the general engine: money and percents (f, F, %), ints (d), padded text (s), plain
# general floats (g, G).
_ALIGN = r"(?:(?P<fill>.)?(?P<align>[<>^]))?"
_WIDTH = r"(?P<width>[1-9][0-9]*)?"
_SPECS = {
    "py_format_f": re.compile(
        _ALIGN
        + r"(?P<sign>[-+ ])?"
        + _WIDTH
        + r"(?P<sep>[,_])?(?:\.(?P<prec>[0-9]{1,2}))?(?P<type>[fF%])",
        re.DOTALL,
    ),
    "py_format_d": re.compile(
        _ALIGN + r"(?P<sign>[-+ ])?(?P<zero>0)?" + _WIDTH + r"(?P<sep>[,_])?d",
        re.DOTALL,
    ),
    "py_format_s": re.compile(_ALIGN + _WIDTH + r"s?", re.DOTALL),
    "py_format_g": re.compile(r"(?:\.(?P<prec>[0-9]{1,2}))?(?P<type>[gG])"),
}


def parsed_spec(spec: str) -> tuple[str, tuple] | None:
    """(helper, the arguments it takes after the value) for a spec a small helper
    formats; None for any other spec."""
    if not spec:
        return None
    for helper, pattern in _SPECS.items():
        m = pattern.fullmatch(spec)
        if m is None:
            continue
        if helper == "py_format_g":
            prec = int(m["prec"]) if m["prec"] is not None else 6
            return helper, (prec, m["type"])
        fill, align = m["fill"] or " ", m["align"]
        if helper == "py_format_f":
            prec = int(m["prec"]) if m["prec"] is not None else 6
            rest = (m["sign"] or "-", m["sep"] or "", m["type"])
            return helper, (prec, int(m["width"] or 0), fill, align or ">", *rest)
        if helper == "py_format_d":
            zero = m["zero"] is not None
            if zero and (align or m["sep"]):
                return None  # zero padding with separators or an alignment: the engine
            args = (int(m["width"] or 0), fill, align or ">", m["sign"] or "-")
            return helper, (*args, m["sep"] or "", zero)
        return helper, (int(m["width"] or 0), fill, align or "<")
    return None


# Which values each helper takes: statically, and the run-time test for open values.
_TAKES = {
    "py_format_f": (lambda typ: t.is_numeric(typ), "number"),
    "py_format_d": (lambda typ: typ.kind == "int", "int"),
    "py_format_s": (lambda typ: typ.kind == "str", "string"),
    "py_format_g": (lambda typ: t.is_numeric(typ), "number"),
}


def _fixed_format(fx, node, value: js.Expr, typ) -> js.Expr | None:
    """`f"{x:>12,.2f}"`, `f"{n:04d}"`, `f"{name:<14}"` through a helper for the parsed
    spec; a value of open type takes it when it is of the helper's kind, the general
    path (and its errors) otherwise."""
    spec = node.format_spec
    if len(spec.values) != 1 or not isinstance(spec.values[0], ast.Constant):
        return None
    text = spec.values[0].value
    found = parsed_spec(text)
    if typ.kind == "int" and (found is None or found[0] == "py_format_s"):
        # No presentation type: an int formats as with `d` (`f"{n:,}"`, `f"{n:>6}"`).
        found = parsed_spec(text + "d") or found
    if found is None:
        return None
    helper, args = found
    static, runtime = _TAKES[helper]
    lowered = tuple(_js_arg(a) for a in args)
    loc = loc_of(node)
    if static(typ):
        return fx.unit.call(helper, value, *lowered, loc=loc)
    if not t.is_open(typ):
        return None
    if helper == "py_format_s" and parsed_spec(text + "d") is not None:
        # `f"{r['rank']:>5}"` on Dash's data: text or an int, one call for both.
        m = _SPECS["py_format_s"].fullmatch(text)
        align = js.Str(m["align"] or "")
        pad = (value, lowered[0], lowered[1], align, js.Str(text))
        return fx.unit.call("py_format_width", *pad, loc=loc)
    first, later = once(fx, value)
    if runtime == "int":
        test = fx.unit.call("py_integral", first)
    else:
        test = typeof_is(first, runtime)
    general = fx.unit.call("py_format", later, js.Str(text), js.boolean(False))
    return js.Conditional(test, fx.unit.call(helper, later, *lowered), general, loc=loc)


def _js_arg(a) -> js.Expr:
    if isinstance(a, bool):
        return js.boolean(a)
    return js.Num(a) if isinstance(a, int) else js.Str(a)


def formatted_value(fx, node: ast.FormattedValue) -> js.Expr:
    from .expressions import reads_only

    inner = node.value
    value = expr(fx, inner)
    typ = type_of(fx, inner)
    loc = loc_of(node)
    conversion = chr(node.conversion) if node.conversion != -1 else None
    if node.format_spec is None:
        if conversion == "r":
            return to_repr(fx, inner, value)
        if conversion == "a":
            return to_ascii(fx, inner, value)
        return to_str(fx, inner, value)
    spec = lower_joinedstr(fx, node.format_spec)
    if conversion:
        convert = {"r": to_repr, "a": to_ascii}.get(conversion, to_str)
        held = []
        if may_change(fx, inner) and not reads_only(spec):
            # the conversion is made after the spec is evaluated: `f"{xs!r:{xs.pop()}}"`
            value, spec = (_hold(fx, e, held) for e in (value, spec))
        converted = convert(fx, inner, value)
        out = fx.unit.call("py_format", converted, spec, js.Literal("false"), loc=loc)
        return js.Sequence((*held, out)) if held else out
    if t.contains_num(typ) and not _spec_ignores_int_float(node.format_spec):
        # `f"{a + b:>8}"`: whether a float, asked at run time, after the spec; so only
        # where the spec is written out (a nested field could change an operand)
        written = all(isinstance(v, ast.Constant) for v in node.format_spec.values)
        operands = dash_operands(fx, inner) if written else None
        if operands is not None:
            return fx.unit.call(
                "py_format", value, spec, float_flag(fx, operands), loc=loc
            )
        _num_guard(fx, inner, typ)
    fixed = _fixed_format(fx, node, value, typ)
    if fixed is not None:
        return fixed
    is_float = js.boolean(t.all_float(typ))
    return fx.unit.call("py_format", value, spec, is_float, loc=loc)


def _hold(fx, value: js.Expr, held: list) -> js.Name:
    name = js.Name(fx.temp())
    held.append(js.Assign(name, value))
    return name


def _spec_ignores_int_float(spec: ast.JoinedStr) -> bool:
    """Specs like `.2f` or `e` print ints and floats alike; also with nested fields
    before a written-out type (`.{digits}f`): a spec's last character is its type."""
    if not spec.values or not isinstance(spec.values[-1], ast.Constant):
        return False
    text = spec.values[-1].value
    return bool(text) and text[-1] in "eEfFgG%"
