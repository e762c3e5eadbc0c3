"""Builtin functions as a table: name -> signature, lowering and result type."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from .. import jstree as js
from .. import types as t
from ..scope import nodes_of
from ..types import ANY, BOOL, FLOAT, INT, NONE, STR, T, element_type
from .binding import Signature, bind, keywords_map
from .comprehensions import extreme, flagged_list, short_circuit, summed
from .core import type_of
from .generator_sums import flagged_sum
from .int_params import check_builtin
from .pair_keys import sorts_by_pair
from .print_call import lower_print
from .range_values import check_range_value, range_made
from .registry import loc_of


@dataclass(frozen=True)
class Builtin:
    sig: Signature
    helper: str | None = None
    lower: Callable | None = None  # (fx, node, args) -> js.Expr, for special forms
    result: T | Callable = ANY  # a type, or (fx, node) -> type


def _arg_type(fx, node, i=0) -> T:
    if any(isinstance(arg, ast.Starred) for arg in node.args[: i + 1]):
        # `list(*rows)`: which value lands at i is not known (not the starred list)
        return _unpacked_type(fx, node)
    return type_of(fx, node.args[i]) if len(node.args) > i else ANY


def _pow_result(fx, node) -> T:
    """As `base ** exp` is typed (typing.type_BinOp)."""
    from .typing import open_power_type, power_type

    if _unpacked(node):
        # pow(*[1, -1]) is 1.0, pow(*[2.0, 2]) 4.0
        return t.ANYF if t.is_numeric(_unpacked_type(fx, node)) else ANY
    operands = _pow_operands(node)
    if operands is None:
        return ANY  # pow(b, e, mod) is an int, or raises
    base, exponent = (type_of(fx, arg) for arg in operands)
    result = power_type(base, exponent, operands[1])
    if result is not None:
        return result
    if t.is_open(base) or t.is_open(exponent):
        return open_power_type(base, exponent, operands[1])
    if t.is_numeric(base) and t.is_numeric(exponent):
        return t.arithmetic("Pow", base, exponent)
    return ANY


def _pow_operands(node) -> tuple[ast.expr, ast.expr] | None:
    """The base and exponent of `pow(base, exp)`, by position or keyword (`exp=2`),
    where no modulus is given (or None); None otherwise, or for `*args`, `**kw`."""
    given = list(node.args)
    named = {kw.arg: kw.value for kw in node.keywords}
    if None in named or any(isinstance(arg, ast.Starred) for arg in given):
        return None
    for name in ("base", "exp", "mod")[len(given) :]:
        if name in named:
            given.append(named.pop(name))
        else:
            break
    if named or len(given) < 2:
        return None
    if len(given) == 3 and not (
        isinstance(given[2], ast.Constant) and given[2].value is None
    ):
        return None
    return given[0], given[1]


def _map_type(fx, node) -> T:
    """map(f, xs) gives what f returns for the items of xs."""
    from .lambda_args import result_for_items

    if not node.args or isinstance(node.args[0], ast.Starred):
        return t.iter_of()
    return t.iter_of(result_for_items(fx, node.args[0]))


def _elem_of_arg(fx, node, i=0) -> T:
    return element_type(_arg_type(fx, node, i))


# ----------------------------------------------------------------- special forms
def _spread(args) -> bool:
    """`f(*xs)`: the argument is bound at run time, no expression to use as it is."""
    return any(isinstance(arg, js.Spread) for arg in args)


def lower_len(fx, node, args) -> js.Expr:
    (arg,) = args
    if range_made(fx, node.args[0] if node.args else None, arg):
        return fx.unit.call("py_range_len", *arg.args, loc=loc_of(node))
    kind = "spread" if _spread(args) else _arg_type(fx, node).kind
    if kind in ("list", "tuple", "tuplen"):
        return js.Member(arg, "length", loc=loc_of(node))
    if kind in ("dict", "set"):
        return js.Member(arg, "size", loc=loc_of(node))
    return fx.unit.call("py_len", arg, loc=loc_of(node))


def lower_bool(fx, node, args) -> js.Expr:
    if not args:
        return js.Literal("false")
    from .truth import truth

    if not node.args or isinstance(node.args[0], ast.Starred):
        # bool(*xs), bool(x=1): the value is bound at run time (or a TypeError raised)
        return fx.unit.call("py_bool", *args, loc=loc_of(node))
    if _arg_type(fx, node).kind == "bool":
        return args[0]
    return js.Unary("!", js.Unary("!", truth(fx, node.args[0])))


def lower_float(fx, node, args) -> js.Expr:
    if not args:
        return js.Num(0.0)
    typ = _arg_type(fx, node)
    if t.is_numeric(typ) and typ.kind != "bool" and not _spread(args):
        return args[0]
    return fx.unit.call("py_float", *args, loc=loc_of(node))


def lower_int(fx, node, args) -> js.Expr:
    if not args:
        return js.Num(0)
    if len(args) == 1 and not _spread(args):
        kind = _arg_type(fx, node).kind
        if kind == "int":
            return args[0]
        if kind == "str":
            return fx.unit.call("py_int_digits", args[0], loc=loc_of(node))
    return fx.unit.call("py_int", *args, loc=loc_of(node))


def lower_abs(fx, node, args) -> js.Expr:
    if _arg_type(fx, node).kind in ("int", "float") and not _spread(args):
        return js.Call(js.Member(js.Name("Math"), "abs"), tuple(args), loc=loc_of(node))
    return fx.unit.call("py_abs", *args, loc=loc_of(node))


def _holds_numbers(typ: T) -> bool:
    """A list or tuple whose items are known to be numbers (or bools)."""
    return typ.kind in ("list", "tuple") and t.is_numeric(typ.elem)


def _written_first(node: ast.Call, a: str, b: str) -> bool:
    """Whether keyword `a` comes before keyword `b` in the call as written."""
    names = [kw.arg for kw in node.keywords]
    return names.index(a) < names.index(b)


def lower_minmax(helper: str):
    def lower(fx, node, args) -> js.Expr:
        positional = [a for a in args[: len(node.args)]]
        if (
            len(node.args) == 2
            and not node.keywords
            and all(t.is_numeric(type_of(fx, arg)) for arg in node.args)
            and not any(isinstance(a, js.Spread) for a in positional)
        ):
            # min(a, b) is `b < a ? b : a` (the first of equals wins, as in Python).
            from .core import once
            from .expressions import reads_only

            a_first, a = once(fx, positional[0])
            constant = isinstance(a, (js.Num, js.Str, js.Literal))
            if a_first is a and not constant and not reads_only(positional[1]):
                # `max(prev, (prev := v))`: a as it was before b was evaluated
                a = js.Name(fx.temp())
                a_first = js.Assign(a, positional[0])
            b_first, b = once(fx, positional[1])
            op = "<" if helper == "py_min" else ">"
            pick = js.Conditional(js.Binary(op, b, a), b, a, loc=loc_of(node))
            setup = tuple(
                e for e, later in ((a_first, a), (b_first, b)) if e is not later
            )
            return js.Sequence((*setup, pick)) if setup else pick
        if (
            len(node.args) == 1
            and not node.keywords
            and not isinstance(positional[0], js.Spread)
            and _holds_numbers(type_of(fx, node.args[0]))
        ):
            # max(prices): the items compared as numbers, with no py_gt behind them.
            largest = js.boolean(helper == "py_max")
            return fx.unit.call(
                "py_extreme_numbers", positional[0], largest, loc=loc_of(node)
            )
        key = _keyword(fx, node, "key")
        default = _keyword(fx, node, "default")
        setup = None
        if key and default and _written_first(node, "default", "key"):
            # `max(xs, default=d(), key=k())`: d() runs before k(), as written
            from .core import once

            setup, default = once(fx, default)
            setup = None if setup is default else setup
        tail = (
            [key or js.Literal("undefined"), default]
            if default
            else ([key] if key else [])
        )
        call = fx.unit.call(
            helper, js.Array(tuple(positional)), *tail, loc=loc_of(node)
        )
        return js.Sequence((setup, call)) if setup is not None else call

    return lower


def _keyword(fx, node, name) -> js.Expr | None:
    from .core import expr

    for kw in node.keywords:
        if kw.arg == name:
            return expr(fx, kw.value)
    return None


def lower_isinstance(fx, node, args) -> js.Expr:
    from .isinstance import isinstance_test

    if len(args) != 1:
        fx.report("CP114", node, name="isinstance()", detail="exactly 2 arguments")
        return js.Literal("false")
    return isinstance_test(fx, node, args[0])


def _spec_text_ignores_type(spec) -> bool:
    return isinstance(spec, str) and bool(spec) and spec[-1] in "eEfFgG%"


def lower_format(fx, node, args) -> js.Expr:
    if _spread(args):  # format(*xs): value and spec bound at run time
        typ = _unpacked_type(fx, node)
        if t.contains_num(typ):
            from .formatting import _num_guard

            _num_guard(fx, node, typ)
        return fx.unit.call("py_format_of", js.boolean(t.all_float(typ)), *args)
    value = args[0] if args else js.Literal("null")
    spec = args[1] if len(args) > 1 else js.Str("")
    typ = _unpacked_type(fx, node) if _unpacked(node) else _arg_type(fx, node)
    spec_node = node.args[1] if len(node.args) > 1 else None
    if (
        node.args
        and not node.keywords
        and isinstance(spec_node, (ast.Constant, type(None)))
    ):
        from .dash_number_text import dash_operands, float_flag

        operands = dash_operands(fx, node.args[0])
        if operands is not None:  # `format(a * b, ",")`: whether a float, asked after
            flag = float_flag(fx, operands)
            return fx.unit.call("py_format", value, spec, flag, loc=loc_of(node))
    same_either_way = isinstance(spec_node, ast.Constant) and _spec_text_ignores_type(
        spec_node.value
    )
    if t.contains_num(typ) and not same_either_way:
        from .formatting import _num_guard

        _num_guard(fx, node.args[0], typ)
    is_float = js.boolean(t.all_float(typ))
    return fx.unit.call("py_format", value, spec, is_float, loc=loc_of(node))


def lower_str(fx, node, args) -> js.Expr:
    from .formatting import to_str

    if not args:
        return js.Str("")
    if isinstance(args[0], js.Spread):  # str(*args): maybe no argument at all
        floats = _starred_floats(fx, node.args, _mapping_values(fx, node))
        return fx.unit.call("py_str_of", js.boolean(floats), *args, loc=loc_of(node))
    return to_str(fx, _given(node, 0, "object"), args[0])  # str(x), str(object=x)


def lower_ascii(fx, node, args) -> js.Expr:
    """ascii(x): as `f"{x!a}"`, the repr with every non-ASCII character escaped."""
    from .formatting import to_ascii

    if isinstance(args[0], js.Spread):
        fx.report(
            "CP100",
            node,
            construct="`ascii(*args)`",
            hint="pass the one value itself: ascii(x)",
        )
        return js.Str("")
    return to_ascii(fx, node.args[0], args[0])


def lower_repr(fx, node, args) -> js.Expr:
    from .formatting import to_repr

    if isinstance(args[0], js.Spread):  # repr(*args): bound to exactly one argument
        extra = [js.Literal("true")] if _starred_floats(fx, node.args) else []
        return fx.unit.call("py_repr", *args, *extra, loc=loc_of(node))
    return to_repr(fx, node.args[0], args[0])


def _mapping_values(fx, node: ast.Call) -> list:
    """(`**mapping` argument, the type of its values): a value may be the argument."""
    out = []
    for kw in node.keywords:
        if kw.arg is None:
            typ = type_of(fx, kw.value)
            out.append((kw.value, typ.value if typ.kind == "dict" else t.ANYF))
    return out


def _starred_floats(fx, arguments, mapped=()) -> bool:
    """Whether the items of the `*iterable`s among `arguments` are all floats (printed
    as floats); items that may be ints or floats are refused, as str(x) of one is."""
    floats = []
    for arg in arguments:
        if isinstance(arg, ast.Starred):
            elem = element_type(type_of(fx, arg.value))
            if t.contains_num(elem):
                fx.report("CP115", arg.value, name=ast.unparse(arg.value))
            floats.append(t.all_float(elem))
        else:
            typ = type_of(fx, arg)
            if t.contains_num(typ):
                fx.report("CP115", arg, name=ast.unparse(arg))
            floats.append(t.all_float(typ))
    for mapping, value in mapped:
        if t.contains_num(value):
            fx.report("CP115", mapping, name=ast.unparse(mapping))
        floats.append(t.all_float(value))
    return bool(floats) and all(floats)


def lower_range(fx, node, args) -> js.Expr:
    check_range_value(fx, node)
    return fx.unit.call("py_range", *args, loc=loc_of(node))


def lower_iter(fx, node, args) -> js.Expr:
    if len(args) > 1:
        fx.report(
            "CP100",
            node,
            construct="`iter(callable, sentinel)`",
            hint="call the function in a `while` loop and stop at the sentinel",
        )
    return fx.unit.call("py_iter_builtin", args[0], loc=loc_of(node))


def lower_dict(fx, node, args) -> js.Expr:
    if id(node) in fx.plain_nodes:
        return fx.unit.call("py_dict_object", args[0], loc=loc_of(node))
    positional = list(args[: len(node.args)])
    kwargs = keywords_map(fx, node.keywords, "dict")
    call_args = positional or [js.Literal("undefined")]
    if kwargs is not None:
        call_args.append(kwargs)
    elif not positional:
        return js.New(js.Name("Map"), (), loc=loc_of(node))
    return fx.unit.call("py_dict", *call_args, loc=loc_of(node))


def lower_round(fx, node, args) -> js.Expr:
    named = {kw.arg: kw.value for kw in node.keywords if kw.arg}
    number = node.args[0] if node.args else named.get("number")
    digits = node.args[1] if len(node.args) == 2 else named.get("ndigits")
    if len(args) == 2 and _small_int_literal(digits):
        # `round(y, 2)` in a loop over a figure's points (any x: the helper's own path
        # is for non-integral numbers, py_round's for the rest)
        scale = js.Num(2 ** (digits.value + 1))
        return fx.unit.call("py_round_digits", *args, scale, loc=loc_of(node))
    if len(args) == 2 and number is not None and type_of(fx, number).kind == "float":
        # An integral float rounds as a float; an int past 2**53 exactly (py_round).
        args = (*args, js.Literal("true"))
    return fx.unit.call("py_round", *args, loc=loc_of(node))


def _small_int_literal(node) -> bool:
    return (
        isinstance(node, ast.Constant)
        and type(node.value) is int
        and 0 <= node.value <= 100
    )


def lower_sum(fx, node, args) -> js.Expr:
    """sum() of floats from a number adds them as floats (py_sum_floats): py_sum would
    take two integral ones past 2**53 (`sum([1e16, 1e300])`) for ints and raise
    OverflowError."""
    start = _given(node, 1, "start")
    floats = (
        not _unpacked(node)
        and _elem_of_arg(fx, node).kind == "float"
        and (start is None or type_of(fx, start).kind in ("int", "float", "bool"))
    )
    if floats:
        start_js = args[1] if len(args) > 1 else js.Num(0)
        return fx.unit.call("py_sum_floats", args[0], start_js, loc=loc_of(node))
    return fx.unit.call("py_sum", *args, loc=loc_of(node))


def lower_pow(fx, node, args) -> js.Expr:
    """pow(x, y) with a float among them is a float power, as `x ** y` is (py_pow takes
    an integral float for an int)."""
    operands = _pow_operands(node)
    types = [type_of(fx, e) for e in operands] if operands else []
    if types and t.float_operands(*types):
        return fx.unit.call("py_pow_floats", *args[:2], loc=loc_of(node))
    return fx.unit.call("py_pow", *args, loc=loc_of(node))


# ----------------------------------------------------------------- result types
def _same_as_elem(fx, node) -> T:
    """min/max give one of their items, or the `default=` when the iterable is empty
    (`max([], default=0.0)` is a float even when the items are ints)."""
    if _unpacked(node):
        return _unpacked_type(fx, node)  # max(*rows): items of items, or items
    if len(node.args) == 1:
        out = _elem_of_arg(fx, node)
    else:
        out = t.NEVER
        for arg in node.args:
            out = t.join(out, type_of(fx, arg))
    for kw in node.keywords:
        if kw.arg == "default":
            out = t.join(out, type_of(fx, kw.value))
    return out


def _sum_type(fx, node) -> T:
    elem = _elem_of_arg(fx, node)
    start = _given(node, 1, "start")
    if _unpacked(node):
        return t.ANYF  # sum(*args): the start may be a float
    if start is not None and type_of(fx, start).kind == "float":
        return FLOAT
    if elem.kind in ("int", "bool"):
        return INT
    if elem.kind == "never" and start is None:
        # No item of any type yet: the int start, 0. What a recursive function's sum of
        # its own results is before its result type is known (specialize.settle).
        return INT
    if elem.kind == "float" and _surely_nonempty(node.args[0]):
        return FLOAT
    # Floats summed from an int start: an empty iterable gives that int, 0, not 0.0.
    return t.NUM if t.is_numeric(elem) else t.ANYF  # sum([0.5, 0.5]) is 1.0


def _given(node: ast.Call, index: int, keyword: str) -> ast.expr | None:
    """The argument at `index` or by `keyword` (`sum(xs, start=0.0)`), None if absent."""
    if len(node.args) > index:
        return node.args[index]
    return next((kw.value for kw in node.keywords if kw.arg == keyword), None)


def _surely_nonempty(node: ast.expr) -> bool:
    """A display with an item that is not starred: never empty."""
    return isinstance(node, (ast.List, ast.Tuple, ast.Set)) and any(
        not isinstance(e, ast.Starred) for e in node.elts
    )


def _round_type(fx, node) -> T:
    if _unpacked(node):
        return t.NUM  # round(*[2.5, 1]) is 2.5
    ndigits = _given(node, 1, "ndigits")
    if ndigits is None or (isinstance(ndigits, ast.Constant) and ndigits.value is None):
        return INT  # round(x) and round(x, None) are ints
    number = _given(node, 0, "number")
    arg_t = type_of(fx, number) if number is not None else ANY
    rounded = {"float": FLOAT, "int": INT}.get(arg_t.kind, t.NUM)
    digits_t = type_of(fx, ndigits)
    if digits_t.kind == "none":
        return INT
    if t.is_int_like(digits_t):
        return rounded
    return t.join(INT, rounded)  # `round(x, n)` with n None is an int


def _unpacked_type(fx, node: ast.Call) -> T:
    """A value given among arguments some of which are `*args` (`**kwargs`): which one
    lands where is not known, so any of them, items of the unpacked ones."""
    out = t.NEVER
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            out = t.join(out, element_type(type_of(fx, arg.value)))
        else:
            out = t.join(out, type_of(fx, arg))
    for kw in node.keywords:
        value = type_of(fx, kw.value)
        out = t.join(
            out, value.value if kw.arg is None and value.kind == "dict" else value
        )
    return ANY if out.kind == "never" else out


def _unpacked(node: ast.Call) -> bool:
    """Arguments given by `*args` or `**kwargs`: which is which is not known."""
    return any(isinstance(a, ast.Starred) for a in node.args) or any(
        kw.arg is None for kw in node.keywords
    )


def _abs_type(fx, node) -> T:
    arg_t = _arg_type(fx, node)
    if arg_t.kind == "anyf":
        return arg_t  # abs(2.0) is 2.0
    if arg_t.kind in ("bool", "optint"):
        return INT  # abs(None) raises: a value of `abs(n)` is an int
    return arg_t if t.is_numeric(arg_t) else ANY


def _list_type(fx, node) -> T:
    return t.list_of(_elem_of_arg(fx, node)) if node.args else t.list_of()


def _tuple_type(fx, node) -> T:
    return t.tuple_of(_elem_of_arg(fx, node)) if node.args else t.tuple_of()


def _set_type(fx, node) -> T:
    return t.set_of(_elem_of_arg(fx, node)) if node.args else t.set_of()


def _dict_type(fx, node) -> T:
    """dict(pairs), dict(mapping), dict(**kw): keys and values typed from what is given,
    so `dict(zip(names, ratios))` holds floats that print as floats."""
    keys, values = t.NEVER, t.NEVER
    if node.args:
        given = _arg_type(fx, node, 0)
        if given.kind == "dict":
            key, value = given.args[0], given.value
        else:
            key, value = _pair_types(_elem_of_arg(fx, node))
        keys, values = t.join(keys, key), t.join(values, value)
    for kw in node.keywords:
        typ = type_of(fx, kw.value)
        if kw.arg is not None:
            keys, values = t.join(keys, STR), t.join(values, typ)
        else:
            key, value = (typ.args[0], typ.value) if typ.kind == "dict" else (ANY, ANY)
            keys, values = t.join(keys, key), t.join(values, value)
    if keys.kind == "never":
        return t.dict_of()
    return t.dict_of(keys, t.ANY if values.kind == "never" else values)


def _pair_types(pair: T) -> tuple[T, T]:
    """Key and value types of an item `dict()` takes apart (a 2-tuple or a list)."""
    if pair.kind == "tuplen" and len(pair.args) == 2:
        return pair.args[0], pair.args[1]
    if pair.kind in ("list", "tuple"):
        return pair.elem, pair.elem
    return ANY, t.ANYF if t.may_hold_float(pair) else ANY


def _enumerate_type(fx, node) -> T:
    return t.iter_of(t.fixed_tuple(INT, _elem_of_arg(fx, node)))


def _next_type(fx, node) -> T:
    """An item of the iterator, or the default."""
    item = _elem_of_arg(fx, node)
    if len(node.args) > 1:
        return t.join(item, _arg_type(fx, node, 1))
    return item


def _zip_type(fx, node) -> T:
    items = [_elem_of_arg(fx, node, i) for i in range(len(node.args))]
    if _unpacked(node):  # zip(*rows): as many items as rows
        return t.iter_of(t.tuple_of(t.join_all(items)))
    return t.iter_of(t.fixed_tuple(*items))


def lower_divmod(fx, node, args) -> js.Expr:
    from .expressions import float_and_open

    a, b = _arg_type(fx, node, 0), _arg_type(fx, node, 1)
    if float_and_open(a, b):  # divmod(4, -2.0) is (-2.0, -0.0)
        return fx.unit.call("py_float_open", *args, js.Str("divmod"), loc=loc_of(node))
    floats = t.float_operands(a, b)
    helper = "py_float_divmod" if floats else "py_divmod"
    if not floats and len(node.args) == 2 and not node.keywords:
        from .dash_zeros import signed_divmod

        chosen = signed_divmod(fx, node, args)
        if chosen is not None:
            return chosen
    return fx.unit.call(helper, *args, loc=loc_of(node))


def _divmod_type(fx, node) -> T:
    a, b = _arg_type(fx, node, 0), _arg_type(fx, node, 1)
    if t.is_int_like(a) and t.is_int_like(b):
        return t.fixed_tuple(INT, INT)
    if "float" in (a.kind, b.kind):
        return t.fixed_tuple(FLOAT, FLOAT)
    if {a.kind, b.kind} <= t.INT_KINDS:
        return t.fixed_tuple(ANY, ANY)  # ints, or a TypeError for None
    # A float operand makes both floats, integral ones too: divmod(2.5, 1) is (2.0, 0.5).
    return t.fixed_tuple(t.ANYF, t.ANYF)


S = Signature.simple


def P(*names: str, required: int = 0, posonly: int | None = None) -> Signature:
    """A builtin's parameters, positional-only as in CPython unless `posonly` says how
    many are (`len(obj=x)` is a TypeError there, so it must not bind here)."""
    count = len(names) if posonly is None else posonly
    return Signature(positional=names, required=required, posonly=count)


BUILTINS: dict[str, Builtin] = {
    "len": Builtin(P("obj", required=1), lower=lower_len, result=INT),
    "abs": Builtin(P("x", required=1), lower=lower_abs, result=_abs_type),
    "min": Builtin(
        Signature((), vararg="args", kwonly=("key", "default")),
        lower=lower_minmax("py_min"),
        result=_same_as_elem,
    ),
    "max": Builtin(
        Signature((), vararg="args", kwonly=("key", "default")),
        lower=lower_minmax("py_max"),
        result=_same_as_elem,
    ),
    "sum": Builtin(
        Signature(("iterable", "start"), required=1, posonly=1),
        helper="py_sum",
        lower=lower_sum,
        result=_sum_type,
    ),
    "any": Builtin(P("iterable", required=1), helper="py_any", result=BOOL),
    "all": Builtin(P("iterable", required=1), helper="py_all", result=BOOL),
    "sorted": Builtin(
        Signature(("iterable",), required=1, posonly=1, kwonly=("key", "reverse")),
        helper="py_sorted",
        result=_list_type,
    ),
    "reversed": Builtin(
        P("seq", required=1),
        helper="py_reversed",
        result=lambda fx, node: t.iter_of(_elem_of_arg(fx, node)),
    ),
    "enumerate": Builtin(
        S("iterable", "start", required=1),
        helper="py_enumerate",
        result=_enumerate_type,
    ),
    "zip": Builtin(
        Signature((), vararg="iterables"), helper="py_zip", result=_zip_type
    ),
    "range": Builtin(
        P("start", "stop", "step", required=1), lower=lower_range, result=t.list_of(INT)
    ),
    "map": Builtin(
        Signature(("function",), required=1, posonly=1, vararg="iterables"),
        helper="py_map",
        result=_map_type,
    ),
    "filter": Builtin(
        P("function", "iterable", required=2),
        helper="py_filter",
        result=lambda fx, node: t.iter_of(_elem_of_arg(fx, node, 1)),
    ),
    "round": Builtin(
        S("number", "ndigits", required=1), lower=lower_round, result=_round_type
    ),
    "int": Builtin(P("x", "base", posonly=1), lower=lower_int, result=INT),
    "float": Builtin(P("x"), lower=lower_float, result=FLOAT),
    "str": Builtin(S("object"), lower=lower_str, result=STR),
    "repr": Builtin(P("object", required=1), lower=lower_repr, result=STR),
    "ascii": Builtin(P("object", required=1), lower=lower_ascii, result=STR),
    "bool": Builtin(P("x"), lower=lower_bool, result=BOOL),
    "list": Builtin(P("iterable"), helper="py_list", result=_list_type),
    "tuple": Builtin(P("iterable"), helper="py_tuple", result=_tuple_type),
    "set": Builtin(P("iterable"), helper="py_set", result=_set_type),
    "dict": Builtin(
        Signature(("iterable",), posonly=1, kwarg="kwargs"),
        lower=lower_dict,
        result=_dict_type,
    ),
    "isinstance": Builtin(
        P("obj", "classinfo", required=2), lower=lower_isinstance, result=BOOL
    ),
    "print": Builtin(Signature((), vararg="args"), lower=lower_print, result=NONE),
    "divmod": Builtin(P("a", "b", required=2), lower=lower_divmod, result=_divmod_type),
    "pow": Builtin(
        S("base", "exp", "mod", required=2),
        helper="py_pow",
        lower=lower_pow,
        result=_pow_result,
    ),
    "chr": Builtin(P("i", required=1), helper="py_chr", result=STR),
    "ord": Builtin(P("c", required=1), helper="py_ord", result=INT),
    "hex": Builtin(P("x", required=1), helper="py_hex", result=STR),
    "bin": Builtin(P("x", required=1), helper="py_bin", result=STR),
    "oct": Builtin(P("x", required=1), helper="py_oct", result=STR),
    "format": Builtin(
        P("value", "format_spec", required=1), lower=lower_format, result=STR
    ),
    "next": Builtin(
        P("iterator", "default", required=1), helper="py_next", result=_next_type
    ),
    "iter": Builtin(
        P("object", "sentinel", required=1),
        lower=lower_iter,
        result=lambda fx, node: t.iter_of(_elem_of_arg(fx, node)),
    ),
}


# Builtins that consume their whole argument: a generator expression passed to them is
# built as an array, which is faster and indistinguishable where nothing else in the
# call runs in between (unless FUSED runs it; see _eager_genexp).
EAGER_CONSUMERS = frozenset(
    ["sum", "sorted", "list", "tuple", "set", "min", "max", "dict"]
)


# Builtins that call a function they are given (map's first argument, a `key=`).
CALLERS_OF_FUNCTIONS = frozenset(["map", "filter", "sorted", "min", "max"])


# Builtins that run a generator expression given to them as a loop of their own
# (comprehensions.py): any/all return at the deciding item, sum adds the items as they
# come, min/max keep the best so far. Name -> (what the items must be, lowering).
# (min and max take their `key=` and `default=` too: the key called on each item as it
# comes, as CPython calls it.)
FUSED: dict[str, tuple[Callable[[T], bool], Callable]] = {
    "any": (lambda item: True, lambda fx, gen, kw: short_circuit(fx, gen, True)),
    "all": (lambda item: True, lambda fx, gen, kw: short_circuit(fx, gen, False)),
    "sum": (
        lambda item: t.is_numeric(item) or t.is_open(item),
        lambda fx, gen, kw: summed(fx, gen),
    ),
    "min": (lambda item: True, lambda fx, gen, kw: extreme(fx, gen, True, kw)),
    "max": (lambda item: True, lambda fx, gen, kw: extreme(fx, gen, False, kw)),
}
_FUSED_KEYWORDS = {"min": {"key", "default"}, "max": {"key", "default"}}


def _fused(fx, node: ast.Call, name: str) -> js.Expr | None:
    if name not in FUSED or len(node.args) != 1:
        return None
    if any(kw.arg not in _FUSED_KEYWORDS.get(name, ()) for kw in node.keywords):
        return None
    gen = node.args[0]
    if name == "sum" and isinstance(gen, ast.ListComp) and flagged_sum(fx, node):
        return fx.unit.call("py_sum", flagged_list(fx, gen), loc=loc_of(node))
    if not isinstance(gen, ast.GeneratorExp):
        return None
    items_fit, lower = FUSED[name]
    if not items_fit(fx.comprehension_elem_type(gen, gen.elt)):
        return None
    return lower(fx, gen, node.keywords)


def _eager_genexp(fx, node: ast.Call) -> ast.GeneratorExp | None:
    """The generator expression a consumer may build as an array: its only positional
    argument, with keyword values that neither run code nor read what the generator
    may change (see _inert), so that nothing the call evaluates after it could see the
    difference. `sum(g, d["start"])` evaluates d["start"] before CPython takes the
    first item."""
    if len(node.args) != 1 or not isinstance(node.args[0], ast.GeneratorExp):
        return None
    if not all(kw.arg is not None and _inert(fx, kw.value) for kw in node.keywords):
        return None
    return node.args[0]


def _inert(fx, node: ast.expr) -> bool:
    """A constant, a lambda without defaults (made, not run), or a module-level or
    builtin name (`key=len`): a local could be rebound by the generator (`nonlocal`)
    or unbound, and -x runs code for a str."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Lambda):
        args = node.args
        return not args.defaults and not any(d is not None for d in args.kw_defaults)
    return isinstance(node, ast.Name) and fx.lookup_local(node.id) is None


def lower_builtin(fx, node: ast.Call, name: str) -> js.Expr | None:
    entry = BUILTINS.get(name)
    if entry is None:
        return None
    check_builtin(fx, node, name, entry.sig.positional)
    if name == "next":
        _refuse_next_in_generator(fx, node)
    fused = _fused(fx, node, name)
    if fused is not None:
        return fused
    if name in EAGER_CONSUMERS and _eager_genexp(fx, node) is not None:
        fx.eager_genexps.add(id(node.args[0]))
    if name in CALLERS_OF_FUNCTIONS:
        from .lambda_args import note_untyped_callback

        note_untyped_callback(fx, node)
    if entry.lower is not None:
        if name in ("min", "max", "print"):
            _refuse_keyword_mapping(fx, node, name)
        if name in ("min", "max", "print", "dict"):
            args = _plain_args(fx, node)
        elif name == "isinstance":
            args = _plain_args(fx, node)[:1] if len(node.args) == 2 else []
        else:
            args = bind(fx, node, entry.sig, f"{name}()")
        return entry.lower(fx, node, args)
    if name == "zip" and [kw.arg for kw in node.keywords] == ["strict"]:
        strict = node.keywords[0].value
        if isinstance(strict, ast.Constant) and isinstance(strict.value, bool):
            helper = "py_zip_strict" if strict.value else "py_zip"
            return fx.unit.call(helper, *_plain_args(fx, node), loc=loc_of(node))
        fx.report(
            "CP100",
            strict,
            construct="zip(strict=...) other than True or False",
            hint="write strict=True or strict=False",
        )
        return js.Literal("undefined")
    printer = _guard_printed_items(fx, node) if name == "map" else None
    helper = entry.helper
    if name == "sorted" and sorts_by_pair(fx, node, method=False):
        helper = "py_sorted_by2"
    if name in ("zip", "map") and not node.keywords:
        args = _plain_args(fx, node)  # their helpers take the iterables spread
        if printer is not None:
            args[0] = _float_printer(fx, printer)
    else:
        args = bind(fx, node, entry.sig, f"{name}()")
    return fx.unit.call(helper, *args, loc=loc_of(node))


def _refuse_next_in_generator(fx, node) -> None:
    """next() without a default inside a generator expression: there CPython turns the
    StopIteration at the end into a RuntimeError (PEP 479), which the browser's
    generators (and the arrays an eager consumer builds) do not do. With a default,
    nothing is raised."""
    if len(node.args) + len(node.keywords) >= 2:
        return
    scope = fx
    while scope is not None:
        if isinstance(scope.node, ast.GeneratorExp) or any(
            sub is node
            for gen in nodes_of(scope.node, ast.GeneratorExp)
            for sub in ast.walk(gen)
        ):
            fx.report(
                "CP100",
                node,
                construct="next() without a default in a generator expression",
                hint="give it a default (next(it, None)) and test for it",
            )
            return
        scope = scope.parent


def _refuse_keyword_mapping(fx, node, name: str) -> None:
    """min/max/print read their keywords (key=, default=, sep=, end=) at build time: one
    passed in a `**mapping` would be lost."""
    for kw in node.keywords:
        if kw.arg is None:
            fx.report(
                "CP100",
                kw.value,
                construct=f"a `**` mapping of keywords for {name}()",
                hint=(
                    f"name each keyword in the call: {name}(..., key=...)"
                    if name != "print"
                    else "name each keyword in the call: print(..., sep=...)"
                ),
            )


def _guard_printed_items(fx, node) -> str | None:
    """map(str, xs) prints each item as str(x) would: refused, as str(x) is, for items
    that may be ints or floats (the builtin itself cannot tell 2.0 from 2). Where
    `map(str, xs)` or `map(repr, xs)` prints floats only, "str" or "repr"
    (`_float_printer`); else None."""
    k = fx.known_name(node.args[0]) if node.args else None
    if k is None or k.kind != "builtin" or k.name not in ("str", "repr", "print"):
        return None
    floats = k.name != "print" and len(node.args) == 2
    for iterable in node.args[1:]:
        if isinstance(iterable, ast.Starred):
            floats = False
            continue
        items = element_type(type_of(fx, iterable))
        if t.all_float(items):
            continue
        floats = False
        if t.may_hold_float(items):
            fx.report("CP115", iterable, name=ast.unparse(iterable))
    return k.name if floats else None


def _float_printer(fx, name: str) -> js.Expr:
    """`(item) => py_str(item, true)`: str (or repr) of items known to be floats, which
    print as floats (`map(str, [x / 2 for x in xs])` gives '1.0')."""
    item = js.Name("$item")
    shown = fx.unit.call("py_" + name, item, js.Literal("true"))
    return js.Function(None, (js.Param("$item"),), (js.Return(shown),), is_arrow=True)


def _plain_args(fx, node) -> list[js.Expr]:
    from .core import expr

    return [
        (
            js.Spread(fx.unit.call("py_iter", expr(fx, arg.value)))
            if isinstance(arg, ast.Starred)
            else expr(fx, arg)
        )
        for arg in node.args
    ]


def builtin_result(fx, node: ast.Call, name: str) -> T:
    entry = BUILTINS.get(name)
    if entry is None:
        return ANY
    return entry.result(fx, node) if callable(entry.result) else entry.result
