"""Expressions: literals, names, operators, comparisons, containers, subscripts."""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from ..runtime import helper_getters
from ..scope import COMPREHENSIONS, nodes_of, parents
from .arity import as_value
from .binding import Signature
from .bounded import bounded, checked_helper, taken_as_float, zero_sign_unseen
from .calls import local_qualname
from .code_points import point_read
from .core import (
    IS_ARRAY,
    expr,
    is_array,
    is_simple,
    once,
    tuple_literal,
    type_of,
    typeof_is,
)
from .dash_number_text import told_choice
from .dash_zeros import signed_division, signed_negation, unsigned_product
from .formatting import percent_float_flags
from .globals import lower_global_name, module_attribute
from .int_params import check_binary, refuse_float, refuse_maybe_float
from .low_bits import EXACT_INTS, masked_to_32_bits
from .operators import BINARY, COMPARE, FLOAT_HELPERS, UNARY, fraction_kept, strings
from .patches import patch_attribute
from .percent_in_place import percent_with_texts
from .range_values import range_made
from .registry import loc_of, lowers_expr
from .split_parts import split_part
from .truth import truth


@lowers_expr(ast.Constant)
def lower_constant(fx, node: ast.Constant) -> js.Expr:
    value = node.value
    if type(value) is int and abs(value) > 2**53:
        fx.report(
            "CP100",
            node,
            construct="an int literal past 2**53",
            hint="a JS number holds ints exactly up to 2**53 (9007199254740992); "
            "write a float (1e20) if that is what it is",
        )
    return constant(value, loc_of(node))


def constant(value, loc=None) -> js.Expr:
    if value is None:
        return js.Literal("null", loc=loc)
    if value is True or value is False:
        return js.boolean(value, loc=loc)
    if isinstance(value, (int, float)):
        if isinstance(value, int) and abs(value) > 2**53:
            # Beyond 2**53 a JS number cannot hold the int: a placeholder, the build
            # having refused it (lower_constant; module constants, CP111).
            return js.Literal("undefined", loc=loc)
        return js.Num(value, loc=loc)
    return js.Str(str(value), loc=loc)


@lowers_expr(ast.Name)
def lower_name(fx, node: ast.Name) -> js.Expr:
    owner = fx.lookup_local(node.id)
    if owner is not None:
        name = js.Name(owner.js_name_of(node.id), loc=loc_of(node))
        value = name
        if id(node) in owner.maybe_unbound:
            free = owner is not _reading_scope(fx, node)
            value = bound_check(fx, name, node.id, free=free)
        return _local_function_value(fx, owner, node.id, value)
    return lower_global_name(fx, node)


def _reading_scope(fx, node: ast.Name):
    """The function whose frame reads `node`: a comprehension's outermost iterable is
    evaluated in the enclosing function (`[x for x in v]` before `v = ...` raises
    UnboundLocalError there, not NameError)."""
    while (
        fx.parent is not None
        and isinstance(fx.node, COMPREHENSIONS)
        and any(n is node for n in ast.walk(fx.node.generators[0].iter))
    ):
        fx = fx.parent
    return fx


def _local_function_value(fx, owner, name: str, value: js.Expr) -> js.Expr:
    """A nested def or lambda read as a value (calls by name do not come here)."""
    from .local_functions import definition

    found = definition(owner, name)
    if found is None:
        return value
    sig = Signature.of(found.args)
    return as_value(fx.unit, value, sig, local_qualname(owner, name))


def bound_check(fx, name: js.Name, python_name: str, free=False) -> js.Expr:
    """A read that may come before any assignment raises UnboundLocalError, as in
    Python (NameError for a variable of an enclosing function)."""
    args = (name, js.Str(python_name)) + ((js.boolean(True),) if free else ())
    return fx.unit.call("py_bound", *args, loc=name.loc)


@lowers_expr(ast.BinOp)
def lower_binop(fx, node: ast.BinOp) -> js.Expr:
    left_t, right_t = type_of(fx, node.left), type_of(fx, node.right)
    masked = masked_to_32_bits(fx, node)  # lowers the operands its own way
    if masked is not None:
        return masked
    check_binary(fx, type(node.op), node.left, node.right, left_t, right_t)
    if left_t.kind == "str":
        texts = percent_with_texts(fx, node)  # lowers the operands its own way
        if texts is not None:
            return texts
    left, right = expr(fx, node.left), expr(fx, node.right)
    row = _row_of_constant(fx, node, left, right)
    if row is not None:
        return row
    division = signed_division(fx, node, left, right, left_t, right_t)
    if division is not None:
        return division
    return binary(fx, type(node.op), left, right, left_t, right_t, node)


def _row_of_constant(fx, node: ast.BinOp, left, right) -> js.Expr | None:
    """`[0.0] * n` (or `n * [None]`) with n an int, made at the callback's own site,
    where V8 learns what the row will hold (rows made by py_mul's one shared site were
    1.2x slower to fill in matmul). None for others."""
    if not isinstance(node.op, ast.Mult):
        return None
    pairs = ((node.left, left, right, node.right), (node.right, right, left, node.left))
    for seq_node, seq, count, count_node in pairs:
        if (
            isinstance(seq_node, ast.List)
            and len(seq_node.elts) == 1
            and isinstance(seq_node.elts[0], ast.Constant)
            and isinstance(seq, js.Array)
            and type_of(fx, count_node).kind == "int"
        ):
            # A negative count makes an empty list; a constant item makes the order
            # the two are evaluated in unobservable.
            if _row_of_floats(fx, node, seq_node.elts[0]):
                # pushed (py_filled.js): a HOLEY array of floats boxes each read
                empty = js.Array(())
                args = (empty, count, *seq.elements)
                return fx.unit.call("py_filled", *args, loc=loc_of(node))
            # `[True] * (n + 1)`: filled, 3-4x faster to make than pushed (a sieve's
            # row), and its reads box nothing
            size = js.Call(js.Member(js.Name("Math"), "max"), (count, js.Num(0)))
            made = js.New(js.Name("Array"), (size,))
            return js.Call(js.Member(made, "fill"), seq.elements, loc=loc_of(node))
    return None


def _row_of_floats(fx, node: ast.BinOp, item: ast.Constant) -> bool:
    """The row may come to hold floats: its item is one, or the local it is bound to
    (`res = [0] * m`, then `res[j] += x * y`) holds numbers that may be."""
    if type(item.value) is float:
        return True
    parent = parents(fx.node).get(id(node))
    if not (
        isinstance(parent, ast.Assign)
        and len(parent.targets) == 1
        and isinstance(parent.targets[0], ast.Name)
    ):
        return False
    typ = fx.env.get(parent.targets[0].id)
    if typ is None or typ.kind != "list" or not typ.args:
        return False
    return typ.args[0].kind in _MAYBE_FRACTIONS


# Items of which a JS array becomes one of doubles: numbers that may have a fraction.
_MAYBE_FRACTIONS = frozenset({"float", "num", "dnum", "anyf", "any"})


def binary(fx, op: type, left, right, left_t, right_t, node) -> js.Expr:
    rule = BINARY[op]
    loc = loc_of(node)
    if rule.js_op and rule.plain_when(left_t, right_t):
        checked = checked_helper(fx, op, node, left_t, right_t)
        if checked:
            if not _zero_sign_unseen(fx, node):
                checked = whole_product(checked, left_t, right_t)
            return unsigned_product(fx, node, checked, left, right, loc)
        return js.Binary(rule.js_op, left, right, loc=loc)
    if op is ast.Mult and t.is_int_like(left_t) and t.is_int_like(right_t):
        if isinstance(node, ast.BinOp) and taken_as_float(fx, node):
            # `+ 0`: 0 * -5 is the int 0, which the float takes as 0.0, never -0.0
            product = js.Binary("*", left, right, loc=loc)
            return js.Binary("+", product, js.Num(0), loc=loc)
        return fx.unit.call("py_imul", left, right, loc=loc)
    if float_and_open(left_t, right_t) and op in FLOAT_WITH_OPEN:
        return _float_with_open(fx, op, left, right, left_t, loc)
    if op is ast.Div and t.is_numeric(left_t) and _nonzero_literal(right):
        return js.Binary("/", left, right, loc=loc)
    if op is ast.FloorDiv and t.is_numeric(left_t) and _positive_int_literal(right):
        # Exact for a bounded int x: x / d never rounds up across an integer for an
        # integral d (it can for d = 0.1), and a positive d floors 0 to 0, never to an
        # int's impossible -0. A float's quotient can round onto an integer (-5e-324 / 2
        # is -0, where -5e-324 // 2 is -1.0) and an int past 2**53 (from Dash's data)
        # would round: py_floordiv_int checks. A float past 2**53 takes CPython's own
        # steps, whose `x - fmod(x, d)` rounds (-1e16 // 3 is -3333333333333335.0, one
        # below the floor of the quotient).
        if not bounded(fx, _operand_nodes(node)[0]):
            if left_t.kind == "float":
                return fx.unit.call("py_float_floordiv", left, right, loc=loc)
            if left_t.kind == "int" and right == js.Num(2):
                return _halved(fx, left, loc)
            return fx.unit.call("py_floordiv_int", left, right, loc=loc)
        quotient = js.Binary("/", left, right, loc=loc)
        return js.Call(js.Member(js.Name("Math"), "floor"), (quotient,), loc=loc)
    if op in FLOAT_HELPERS and t.float_operands(left_t, right_t):
        if op is ast.Pow and isinstance(right, js.Num) and right.value == 2:
            # One multiply is the correctly rounded square, as CPython's pow gives it
            # (a distance's `dx ** 2`); py_float_square raises on overflow.
            return fx.unit.call("py_float_square", left, loc=loc)
        return fx.unit.call(FLOAT_HELPERS[op], left, right, loc=loc)
    if op is ast.Mod and left_t.kind == "str":
        flags = percent_float_flags(fx, *_operand_nodes(node))
        return fx.unit.call("py_percent", left, right, flags, loc=loc)
    if op is ast.Mod and left_t.kind == "int" and _positive_int(node, right):
        return _int_mod(fx, left, right, loc)
    if op is ast.Mod and left_t.kind in EXACT_INTS and right_t.kind in EXACT_INTS:
        return fx.unit.call("py_int_mod", left, right, loc=loc)
    kept = fraction_kept(op, left_t, right_t)
    if op is ast.Mod and not kept:
        if t.is_numeric(left_t):
            floats = js.Str("left") if t.all_float(left_t) else js.boolean(False)
        else:  # may be a str: %-formatting, where a float value prints as one
            floats = percent_float_flags(fx, *_operand_nodes(node))
        if floats != js.boolean(False):
            # `s % y`, `y % n` with y a float: "%s" % 2.0 is '2.0', 4.0 % -2 is -0.0
            return fx.unit.call("py_mod", left, right, floats, loc=loc)
    if not kept and _open_taken_as_float(fx, op, node):
        signed = not zero_sign_unseen(fx, node)
        held, left, right = held_pair(fx, left, right)  # both read by the tests
        plain = _plain_for_numbers(fx, rule, left, right, left_t, right_t, loc, signed)
        return js.Sequence((*held, plain)) if held else plain
    helper = kept or rule.helper
    if not _zero_sign_unseen(fx, node):
        helper = whole_product(helper, left_t, right_t)
    if helper == "py_floordiv" and t.is_numeric(left_t) and t.is_numeric(right_t):
        # `int((v - lo) // width)` on Dash's numbers: no type tests in the loop
        return fx.unit.call("py_num_floordiv", left, right, loc=loc)
    return unsigned_product(fx, node, helper, left, right, loc)


def _zero_sign_unseen(fx, node) -> bool:
    return isinstance(node, ast.BinOp) and zero_sign_unseen(fx, node)


def _positive_int(node, right: js.Expr) -> bool:
    """The divisor is an int literal above 0 (not True, not 2.0)."""
    divisor = node.right if isinstance(node, ast.BinOp) else None
    return (
        isinstance(divisor, ast.Constant)
        and type(divisor.value) is int
        and divisor.value > 0
        and isinstance(right, js.Num)
    )


def _halved(fx, left: js.Expr, loc) -> js.Expr:
    """`(lo + hi) // 2` of ints: a shift where the int fits in 32 bits (`>>` floors
    negatives too: -5 >> 1 is -3), which V8 keeps in integer registers, where the
    division by 2 went through doubles (a binary search ran 1.6x its hand-written
    twin's time); py_floordiv_int for any other."""
    first, held = once(fx, left)
    fits = js.Binary("===", js.Binary("|", first, js.Num(0)), held)
    shifted = js.Binary(">>", held, js.Num(1))
    checked = fx.unit.call("py_floordiv_int", held, js.Num(2))
    return js.Conditional(fits, shifted, checked, loc=loc)


def _int_mod(fx, left: js.Expr, right: js.Num, loc) -> js.Expr:
    """`n % C` of an int by a positive constant, as a step of a random-number or hash
    loop takes it past py_mod's 32-bit path: JS's `%` is exact on integral numbers and
    takes the dividend's sign, so a negative remainder moves up by C; `+ 0` makes the
    -0 of `-6 % 3` the int 0."""
    rem = js.Name(fx.temp())
    taken = js.Assign(rem, js.Binary("%", left, right))
    negative = js.Binary("<", taken, js.Num(0))
    up = js.Binary("+", rem, right)
    return js.Conditional(negative, up, js.Binary("+", rem, js.Num(0)), loc=loc)


# Products of two numbers that may be ints, and the same where neither can be an
# integral float: integral operands are ints there, whose zero product is 0, not -0.
WHOLE_PRODUCTS = {
    "py_mul": "py_mul_whole",
    "py_num_mul": "py_mul_whole",
    "py_imul_seq": "py_imul_whole",
}


def whole_product(helper: str, left_t, right_t) -> str:
    """`n * k` on Dash's numbers: 0 * -3 is the int 0, which JS's -0 would show as
    -0.0 through float(), `/` or a format spec. (An integral float operand, as ANYF
    may hold, keeps the sign: 0.0 * -3 is -0.0.)"""
    if helper in WHOLE_PRODUCTS and not (
        t.may_hold_float(left_t) or t.may_hold_float(right_t)
    ):
        if left_t.kind in _NOT_NUMBERS or right_t.kind in _NOT_NUMBERS:
            return helper  # `[x] * 2` repeats a list: no number product to sign
        return WHOLE_PRODUCTS[helper]
    return helper


_NOT_NUMBERS = frozenset({"str", "list", "tuple", "tuplen", "dict", "set", "none"})


def _plain_for_numbers(
    fx, rule, left, right, left_t, right_t, loc, signed=True
) -> js.Expr:
    """`total += x * y` with x and y from Dash: for two numbers the float the product
    becomes is the JS product's (bounded.taken_as_float), so no check is needed; any
    other pair takes the helper (`"ab" * 2`, then the float's TypeError). `signed`
    False: the float the product meets cannot tell a zero's sign (zero_sign_unseen)."""
    numbers = js.Binary(
        "&&",
        *(typeof_is(e, "number") for e in (left, right)),
    )
    helper = whole_product(rule.helper, left_t, right_t)
    plain = js.Binary(rule.js_op, left, right)
    if helper != rule.helper and signed:
        plain = _unsigned_int_zero(fx, plain, left, right)
    general = fx.unit.call(helper, left, right)
    return js.Conditional(numbers, plain, general, loc=loc)


def _unsigned_int_zero(fx, product: js.Expr, left, right) -> js.Expr:
    """A zero product of two integral numbers from Dash (ints) is 0, not JS's -0; a
    float operand keeps the sign (-2.5 * 0 is -0.0). Tested only when it is zero."""
    held = js.Name(fx.temp())
    test = js.Binary("===", js.Assign(held, product), js.Num(0))
    for e in (left, right):
        test = js.Binary("&&", test, _int_like(e))
    return js.Conditional(test, js.Num(0), held)


def _int_like(e: js.Expr) -> js.Expr:
    """`Math.floor(e) === e && 1 / e > -Infinity`: integral (a finite number: a zero
    product's operand), and not -0, which only a float can be (py_integral's rule)."""
    floor = js.Call(js.Member(js.Name("Math"), "floor"), (e,))
    integral = js.Binary("===", floor, e)
    minus_infinity = js.Unary("-", js.Name("Infinity"))
    unsigned = js.Binary(">", js.Binary("/", js.Num(1), e), minus_infinity)
    return js.Binary("&&", integral, unsigned)


def _open_taken_as_float(fx, op: type, node) -> bool:
    return (
        op in (ast.Add, ast.Sub, ast.Mult)
        and isinstance(node, ast.BinOp)
        and taken_as_float(fx, node)
    )


# A float the compiler knows, with a value that may be no number: helpers that keep the
# float's floatness (a JS 2 is Python's 2.0 here) and name it 'float' in a TypeError.
FLOAT_WITH_OPEN = frozenset(
    [ast.Mult, ast.Add, ast.Sub, ast.Pow, ast.Div, ast.FloorDiv]
)


def _float_with_open(fx, op: type, left, right, left_t, loc) -> js.Expr:
    left_float = js.boolean(left_t.kind == "float")
    if op is ast.Mult:  # `s * 2.0`: a str or list repeated by a float is a TypeError
        return fx.unit.call("py_float_mul", left, right, left_float, loc=loc)
    if op in (ast.Add, ast.Sub):  # `s + y`: "can only concatenate str (not "float")"
        sub = js.boolean(op is ast.Sub)
        return fx.unit.call("py_float_addsub", left, right, sub, left_float, loc=loc)
    if op is ast.Pow:
        return fx.unit.call("py_float_pow_open", left, right, left_float, loc=loc)
    # `n // y` with y a float: 4 // -2.0 is -2.0, 0 // -2.0 is -0.0
    kind = js.Str("/" if op is ast.Div else "//")
    return fx.unit.call("py_float_open", left, right, kind, loc=loc)


def float_and_open(a, b) -> bool:
    """One operand known to be a float, the other possibly not a number."""
    return (a.kind == "float" and not t.is_numeric(b)) or (
        b.kind == "float" and not t.is_numeric(a)
    )


def _operand_nodes(node) -> tuple[ast.expr, ast.expr]:
    if isinstance(node, ast.AugAssign):
        return node.target, node.value
    return node.left, node.right


def _positive_int_literal(e: js.Expr) -> bool:
    return isinstance(e, js.Num) and e.value > 0 and float(e.value).is_integer()


def _nonzero_literal(e: js.Expr) -> bool:
    return isinstance(e, js.Num) and e.value != 0


@lowers_expr(ast.UnaryOp)
def lower_unary(fx, node: ast.UnaryOp) -> js.Expr:
    loc = loc_of(node)
    if isinstance(node.op, ast.Not):
        return js.Unary("!", truth(fx, node.operand), loc=loc)
    operand = expr(fx, node.operand)
    if isinstance(node.op, ast.Invert):
        refuse_maybe_float(fx, node.operand)
    if isinstance(node.op, ast.USub) and isinstance(operand, js.Num):
        return js.Num(-operand.value, loc=loc)
    rule = UNARY[type(node.op)]
    operand_t = type_of(fx, node.operand)
    if isinstance(node.op, ast.USub) and operand_t.kind in ("int", "bool", "dnum"):
        return js.Binary("-", js.Num(0), operand, loc=loc)  # -0 is a float, not an int
    negated = signed_negation(fx, node, operand, operand_t, rule.helper)
    if negated is not None:
        return negated
    if rule.js_op and rule.plain_when(operand_t, operand_t):
        return js.Unary(rule.js_op, operand, loc=loc)
    return fx.unit.call(rule.helper, operand, loc=loc)


@lowers_expr(ast.BoolOp)
def lower_boolop(fx, node: ast.BoolOp) -> js.Expr:
    """`a or b` yields an operand, not a bool: keep that unless all operands are bools."""
    loc = loc_of(node)
    is_and = isinstance(node.op, ast.And)
    # JS truthiness is Python's for these: `a or b` can be `a || b` (it yields a itself).
    js_truthy = ("bool", "int", "str", "none", "optint")
    if all(type_of(fx, value).kind in js_truthy for value in node.values[:-1]):
        out = expr(fx, node.values[0])
        for value in node.values[1:]:
            out = js.Binary("&&" if is_and else "||", out, expr(fx, value), loc=loc)
        return out
    result = expr(fx, node.values[-1])
    for value in reversed(node.values[:-1]):
        first, later = once(fx, expr(fx, value))
        test = _truth_of_lowered(fx, first, type_of(fx, value))
        result = (
            js.Conditional(test, result, later, loc=loc)
            if is_and
            else js.Conditional(test, later, result, loc=loc)
        )
    return result


def _truth_of_lowered(fx, e: js.Expr, typ: t.T) -> js.Expr:
    from .truth import truth_of_expr

    return truth_of_expr(fx, e, typ)


@lowers_expr(ast.Compare)
def lower_compare(fx, node: ast.Compare) -> js.Expr:
    """Chains evaluate each middle operand once: `a < f() < b` calls f once."""
    from .type_names import type_comparison

    special = type_comparison(fx, node) or point_read(fx, node)
    if special is not None:
        return special
    loc = loc_of(node)
    operands = [node.left, *node.comparators]
    left_js = expr(fx, node.left)
    parts: list[js.Expr] = []
    for i, (op, right_node) in enumerate(zip(node.ops, node.comparators)):
        right_js = expr(fx, right_node)
        last = i == len(node.ops) - 1
        if not last:
            right_first, right_later = once(fx, right_js)
        else:
            right_first = right_later = right_js
        parts.append(
            comparison(fx, op, left_js, right_first, operands[i], right_node, loc)
        )
        left_js = right_later
    out = parts[0]
    for part in parts[1:]:
        out = js.Binary("&&", out, part, loc=loc)
    return out


def comparison(fx, op, left, right, left_node, right_node, loc) -> js.Expr:
    left_t, right_t = type_of(fx, left_node), type_of(fx, right_node)
    kind = type(op)
    if kind in (ast.Is, ast.IsNot):
        return identity(fx, kind is ast.IsNot, left, right, left_node, right_node, loc)
    if kind in (ast.In, ast.NotIn):
        # (not where a chain reads the display again: `x in ("a",) == y` holds it)
        among = (
            None
            if isinstance(right, js.Assign)
            else _among_strs(fx, left, right_node, loc)
        )
        if among is None and range_made(fx, right_node, right):
            among = fx.unit.call("py_range_has", left, *right.args, loc=loc)
        found = among or membership(fx, left, right, left_t, right_t, loc)
        return js.Unary("!", found, loc=loc) if kind is ast.NotIn else found
    if kind in (ast.Eq, ast.NotEq) and _is_none(right_node):
        return js.Binary(
            "==" if kind is ast.Eq else "!=", left, js.Literal("null"), loc=loc
        )
    rule = COMPARE[kind]
    if kind in (ast.Eq, ast.NotEq) and (_is_str(left_node) or _is_str(right_node)):
        # Only a str of the same code points equals a str; `===` says that of any other
        # operand, whatever its type (py_eq answers the same): `ctx.triggered_id == "b"`
        # brings no py_eq.
        return js.Binary(rule.js_op, left, right, loc=loc)
    order = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)
    if (
        kind in order
        and strings(left_t, right_t)
        and not _unit_order_holds(left, right)
    ):
        # JS's `<` orders UTF-16 units: an astral character sorts below U+E000..U+FFFF.
        signed = fx.unit.call("py_compare_str", left, right)
        return js.Binary(rule.js_op, signed, js.Num(0), loc=loc)
    if rule.plain_when(left_t, right_t):
        op_text = rule.js_op
        if kind in (ast.Eq, ast.NotEq) and "bool" in (left_t.kind, right_t.kind):
            op_text = "==" if kind is ast.Eq else "!="  # True == 1 in Python
        return js.Binary(op_text, left, right, loc=loc)
    if kind in order and float_and_open(left_t, right_t):
        # a TypeError names the float 'float': `s < y` with y = 2.0 and s a str
        op_index, left_float = js.Num(order.index(kind)), js.boolean(
            left_t.kind == "float"
        )
        args = (left, right, op_index, left_float)
        return fx.unit.call("py_float_compare", *args, loc=loc)
    return fx.unit.call(rule.helper, left, right, loc=loc)


def _unit_order_holds(left: js.Expr, right: js.Expr) -> bool:
    """UTF-16 unit order is code point order when one side is a literal with no unit at
    or above U+D800: the first difference then has a unit below the surrogates."""
    return any(
        isinstance(side, js.Str) and all(ch < "\ud800" for ch in side.value)
        for side in (left, right)
    )


def _is_none(node) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _is_str(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def identity(fx, negate, left, right, left_node, right_node, loc) -> js.Expr:
    if _is_none(right_node) or _is_none(left_node):
        other = left if _is_none(right_node) else right
        # Unset Dash props arrive as undefined: both are None.
        return js.Binary("!=" if negate else "==", other, js.Literal("null"), loc=loc)
    if isinstance(right_node, ast.Constant) and isinstance(right_node.value, bool):
        return js.Binary("!==" if negate else "===", left, right, loc=loc)
    kinds = {type_of(fx, left_node).kind, type_of(fx, right_node).kind}
    if kinds & {"str", "int", "float", "tuple", "tuplen"}:
        # CPython makes a new object for most computed strs and ints (`s + t is s + t`
        # is False there); JS compares them by value. It shares the empty tuple and
        # equal constant tuples (`tuple([]) is ()` is True), where JS makes each anew.
        fx.report(
            "CP100",
            left_node,
            construct="`is` on a str, a number or a tuple",
            hint="whether two equal strs, numbers or tuples are one object is up to "
            "CPython; compare them with ==",
        )
    found = fx.unit.call("py_is", left, right, loc=loc)
    return js.Unary("!", found, loc=loc) if negate else found


def _among_strs(fx, needle, haystack_node, loc) -> js.Expr | None:
    """`x in ("a", "b")` (a list display too) of str literals: `===` to each. Only a
    str equals a str, whatever x is, so no display is made and searched. (Not a set
    display: that hashes x, and a list there raises TypeError.)"""
    if not (
        isinstance(haystack_node, (ast.Tuple, ast.List))
        and 0 < len(haystack_node.elts) <= 8
        and all(_is_str(e) for e in haystack_node.elts)
    ):
        return None
    first, held = once(fx, needle)
    tests = [js.Binary("===", held, js.Str(e.value)) for e in haystack_node.elts]
    tests[0] = js.Binary("===", first, tests[0].right)
    out = tests[0]
    for test in tests[1:]:
        out = js.Binary("||", out, test, loc=loc)
    return out


def membership(fx, needle, haystack, needle_t, haystack_t, loc) -> js.Expr:
    if haystack_t.kind == "str" and needle_t.kind == "str":
        return _needle_first(fx, needle, haystack, "includes", loc)
    if haystack_t.kind in ("set", "dict") and (
        needle_t.kind == "str"
        or (needle_t.kind == "int" and haystack_t.args[0].kind == "int")
    ):
        # A str only equals a str; an int among ints is found by value (1.0 or True,
        # which Python would also find, cannot be in a set of ints).
        return _needle_first(fx, needle, haystack, "has", loc)
    if haystack_t.kind in ("set", "dict") and isinstance(haystack, js.Name):
        # An open needle: a hit by identity is a hit for Python too (py_in asks `has`
        # first), so only a miss needs py_in's search for an equal key of another type
        # (1 for 1.0 or True, a tuple by value) or its unhashable TypeError. The
        # haystack is a plain variable, read after the needle is held.
        # A str equals only a str, which `has` finds by value whatever else the keys
        # are: only a needle that is no str is searched.
        first, held = once(fx, needle)
        hit = js.Call(js.Member(haystack, "has"), (held,), loc=loc)
        found = fx.unit.call("py_in", held, haystack, loc=loc)
        not_str = js.Binary("!==", js.Unary("typeof", held), js.Str("string"))
        found = js.Binary("&&", not_str, found)
        test = js.Binary("||", hit, found, loc=loc)
        return test if first is held else js.Sequence((first, test))
    return fx.unit.call("py_in", needle, haystack, loc=loc)


def _needle_first(fx, needle, haystack, method: str, loc) -> js.Expr:
    """`haystack.includes(needle)`, which JS evaluates haystack first: the needle is
    held before where either could change or raise what the other sees (`xs.pop() in
    "".join(xs)`, `x in f()`, `xs[5] in seen` with seen maybe unbound)."""
    in_order = (
        isinstance(needle, (js.Str, js.Num, js.Literal))
        or (isinstance(needle, js.Name) and not may_rebind(fx, needle, [haystack]))
        or (reads_only(needle) and isinstance(haystack, js.Name))
    )
    if in_order:
        return js.Call(js.Member(haystack, method), (needle,), loc=loc)
    held = js.Name(fx.temp())
    test = js.Call(js.Member(haystack, method), (held,), loc=loc)
    return js.Sequence((js.Assign(held, needle), test))


@lowers_expr(ast.IfExp)
def lower_ifexp(fx, node: ast.IfExp) -> js.Expr:
    test = truth(fx, node.test)
    if told_choice(fx, node):  # printed by the branch that ran (dash_number_text.py)
        held = fx.temp()
        fx.held_tests[id(node)] = held
        test = js.Assign(js.Name(held), test)
    return js.Conditional(
        test,
        expr(fx, node.body),
        expr(fx, node.orelse),
        loc=loc_of(node),
    )


@lowers_expr(ast.NamedExpr)
def lower_namedexpr(fx, node: ast.NamedExpr) -> js.Expr:
    owner = fx.lookup_local(node.target.id)
    name = owner.js_name_of(node.target.id) if owner else node.target.id
    return js.Assign(js.Name(name), expr(fx, node.value), loc=loc_of(node))


@lowers_expr(ast.Await)
def lower_await(fx, node: ast.Await) -> js.Expr:
    """`(await py_await(x)).value`: the value comes boxed (py_await.js); a JS object's
    own promise (`await js.fetch(url)`) is awaited as it is."""
    value = expr(fx, node.value)
    if type_of(fx, node.value).kind == "foreign":
        return js.Await(value, loc=loc_of(node))
    boxed = js.Await(fx.unit.call("py_await", value, loc=loc_of(node.value)))
    return js.Member(boxed, "value", loc=loc_of(node))


# ----------------------------------------------------------------- containers
def elements(fx, elts) -> tuple[js.Expr, ...]:
    out = []
    for elt in elts:
        if isinstance(elt, ast.Starred):
            inner = expr(fx, elt.value)
            if not type_of(fx, elt.value).is_sequence:
                inner = fx.unit.call("py_star_iter", inner)
            out.append(js.Spread(inner, loc=loc_of(elt)))
        else:
            out.append(expr(fx, elt))
    return tuple(out)


@lowers_expr(ast.List)
def lower_list(fx, node: ast.List) -> js.Expr:
    return js.Array(elements(fx, node.elts), loc=loc_of(node))


@lowers_expr(ast.Tuple)
def lower_tuple(fx, node: ast.Tuple) -> js.Expr:
    return tuple_literal(fx, elements(fx, node.elts), loc=loc_of(node))


@lowers_expr(ast.Set)
def lower_set(fx, node: ast.Set) -> js.Expr:
    loc = loc_of(node)
    starred = [i for i, elt in enumerate(node.elts) if isinstance(elt, ast.Starred)]
    if all(type_of(fx, node.elts[i].value).is_sequence for i in starred):
        return fx.unit.call("py_set", js.Array(elements(fx, node.elts)), loc=loc)
    # {*s, x, *t}: as CPython builds it, a set of the items before the first starred
    # one, updated with each starred value (SET_UPDATE: a set is merged, so `{*s}`
    # copies s's table and keeps its order) and given each later item, in turn.
    out = js.Name(fx.temp())
    lead = js.Array(elements(fx, node.elts[: starred[0]]))
    steps: list[js.Expr] = [js.Assign(out, fx.unit.call("py_set", lead))]
    for elt in node.elts[starred[0] :]:
        if isinstance(elt, ast.Starred):
            steps.append(fx.unit.call("py_set_add_all", out, expr(fx, elt.value)))
        else:
            steps.append(fx.unit.call("py_set_add", out, expr(fx, elt)))
    return js.Sequence((*steps, out), loc=loc)


@lowers_expr(ast.Dict)
def lower_dict(fx, node: ast.Dict) -> js.Expr:
    loc = loc_of(node)
    # The entry's records (records.py) include displays of nested functions whose
    # value reaches the entry (`def fallback(): return {"name": ...}`).
    if id(node) in fx.object_literals or id(node) in _entry_of(fx).object_literals:
        props = tuple(
            (
                (None, fx.unit.call("py_spreadable", expr(fx, v)))
                if k is None
                else (k.value, expr(fx, v))
            )
            for k, v in zip(node.keys, node.values)
        )
        named = [k for k, _ in props if k is not None]
        if len(set(named)) == len(named):
            return js.Object(props, loc=loc)
    if any(key is None for key in node.keys):
        # {**a, "k": v}: a new Map filled left to right, as Python does.
        out = js.Name(fx.temp())
        steps: list[js.Expr] = [js.Assign(out, js.New(js.Name("Map"), ()))]
        for key, value in zip(node.keys, node.values):
            if key is None:
                steps.append(fx.unit.call("py_dict_merge", out, expr(fx, value)))
            else:
                put = fx.unit.call("py_setitem", out, expr(fx, key), expr(fx, value))
                steps.append(put)
        return js.Sequence((*steps, out), loc=loc)
    pairs = tuple(
        js.Array((expr(fx, key), expr(fx, value)))
        for key, value in zip(node.keys, node.values)
    )
    if not pairs:
        return js.New(js.Name("Map"), (), loc=loc)
    key_t = type_of(fx, node).args[0]
    if key_t.kind not in ("str", "int"):
        # Keys that are equal in Python (1, 1.0, True) must collapse as in Python.
        return fx.unit.call("py_dict", js.Array(pairs), loc=loc)
    return js.New(js.Name("Map"), (js.Array(pairs),), loc=loc)


def _entry_of(fx):
    while fx.parent is not None:
        fx = fx.parent
    return fx


# ----------------------------------------------------------------- access
def held_pair(fx, obj: js.Expr, key: js.Expr):
    """(held, obj, key): two operands read more than once (a container and its key,
    a product's factors), held in temporaries in Python's order (the first first)
    where evaluating them again is not safe."""
    held: list[js.Expr] = []

    def hold(e: js.Expr) -> js.Expr:
        name = js.Name(fx.temp())
        held.append(js.Assign(name, e))
        return name

    if not (is_simple(obj) and _pure(key)):
        obj = hold(obj)  # before the key, which might rebind the name
    if not is_simple(key):
        key = hold(key)
    return held, obj, key


def _pure(e: js.Expr) -> bool:
    """Arithmetic on names and literals: evaluating it runs no code and binds nothing."""
    if isinstance(e, js.Binary):
        return _pure(e.left) and _pure(e.right)
    if isinstance(e, js.Unary):
        return e.op in ("-", "+", "!") and _pure(e.operand)
    return is_simple(e)


# Helpers that compute from their arguments and change none of them.
READING_HELPERS = frozenset(
    [
        "py_getitem",
        "py_getstr",
        "py_map_item",
        "py_add",
        "py_sub",
        "py_mul",
        "py_imul",
        "py_num_add",
        "py_num_sub",
        "py_num_mul",
        "py_mul_whole",
        "py_truediv",
        "py_floordiv",
        "py_num_floordiv",
        "py_mod",
        "py_float_floordiv",
        "py_float_mod",
        "py_pow",
        "py_neg",
        "py_pos",
        "py_len",
        "py_eq",
        "py_str",
        "py_repr",
        "py_float_repr",
        "py_repr_int",
        "py_iter",
        "py_is_int",
    ]
)


def reads_only(e: js.Expr) -> bool:
    """Evaluating `e` changes no Python value: operators, item reads, compiler
    temporaries and helpers that only compute (no user function is called)."""
    if isinstance(e, (js.Name, js.Num, js.Str, js.Literal)):
        return True
    if isinstance(e, js.Binary):
        return reads_only(e.left) and reads_only(e.right)
    if isinstance(e, js.Unary):
        return e.op != "delete" and reads_only(e.operand)
    if isinstance(e, js.Conditional):
        return all(reads_only(x) for x in (e.test, e.then, e.orelse))
    if isinstance(e, js.Index):
        return reads_only(e.obj) and reads_only(e.key)
    if isinstance(e, js.Member):
        return reads_only(e.obj)
    if isinstance(e, js.Sequence):
        return all(reads_only(x) for x in e.exprs)
    if isinstance(e, js.Assign):
        temporary = isinstance(e.target, js.Name) and e.target.id.startswith("$")
        return temporary and e.op == "=" and reads_only(e.value)
    if isinstance(e, js.Call):
        helper = isinstance(e.callee, js.Name) and e.callee.id in READING_HELPERS
        helper = helper or e.callee == IS_ARRAY  # the test of an open read
        return helper and all(reads_only(a) for a in e.args)
    return False


def may_rebind(fx, name: js.Expr, others) -> bool:
    """Whether evaluating `others` may rebind the local that the JS name `name` reads:
    a walrus there (an assignment to it), or any call where a nested function sets it
    by `nonlocal`."""
    if not isinstance(name, js.Name):
        return True
    if name.id in _set_by_nonlocal(fx):
        return True
    return any(_assigns(e, name.id) for e in others)


def set_by_nonlocal(fx) -> set[str]:
    """Names some function nested in the outermost one declares `nonlocal`."""
    root = fx
    while root.parent is not None:
        root = root.parent
    return {n for node in nodes_of(root.node, ast.Nonlocal) for n in node.names}


def _set_by_nonlocal(fx) -> set[str]:
    """The JS names of set_by_nonlocal's."""
    owners = ((n, fx.lookup_local(n)) for n in set_by_nonlocal(fx))
    return {owner.js_name_of(n) if owner else n for n, owner in owners}


def _assigns(e, ident: str) -> bool:
    if isinstance(e, (js.Assign, js.Update)):
        target = e.target
        if isinstance(target, js.Name) and target.id == ident:
            return True
    if isinstance(e, tuple):
        return any(_assigns(x, ident) for x in e)
    if not isinstance(e, js.Node):
        return False
    return any(_assigns(getattr(e, f), ident) for f in e.FIELDS)


def in_range(fx, obj: js.Expr, key: js.Expr):
    """(held, obj, key, index, test): as held_pair, the index into the JS array (from
    the end for a negative literal) and the test that it is in range."""
    held, obj, key = held_pair(fx, obj, key)
    length = js.Member(obj, "length")
    if isinstance(key, js.Num) and key.value < 0:
        # xs[-1]: the last item when there is one.
        index = js.Binary("-", length, js.Num(-key.value))
        return held, obj, key, index, js.Binary(">=", length, js.Num(-key.value))
    below = js.Binary("<", key, length)
    if isinstance(key, js.Num):
        return held, obj, key, key, below
    return held, obj, key, key, js.Binary("&&", js.Binary(">=", key, js.Num(0)), below)


def seq_item(fx, obj: js.Expr, key: js.Expr, loc) -> js.Expr:
    """`xs[i]` on a list or tuple at an int: in range, a plain JS read at this very
    site (its own type feedback, where a shared helper would see every array kind);
    negative or out of range, py_getitem's wrap-around or IndexError."""
    return _array_read(fx, obj, key, loc)


def open_seq_item(fx, obj: js.Expr, key: js.Expr, loc) -> js.Expr:
    """`rows[i]` at an int on a value of open type (Dash's lists): as seq_item where it
    is an array, and py_getitem for whatever else it may be (a str, a dict...)."""
    return _array_read(fx, obj, key, loc, open_value=True)


def _array_read(fx, obj, key, loc, open_value=False) -> js.Expr:
    if isinstance(key, js.Num) and key.value < 0:
        held, obj, key, index, test = in_range(fx, obj, key)
        found = None
    else:
        # No Python list holds JS `undefined`, which is what a read out of range (or at
        # a negative index) gives: one read tests the range, where `0 <= i < length`
        # costs V8 two compares and a length load (a third of matmul's inner loop).
        held, obj, key = held_pair(fx, obj, key)
        index = key
        found = js.Name(fx.temp())
        test = js.Binary(
            "!==", js.Assign(found, js.Index(obj, key)), js.Literal("undefined")
        )
    if open_value:
        flag = fx.array_flags.get(obj.id) if isinstance(obj, js.Name) else None
        listed = js.Name(flag) if flag else is_array(obj)
        test = js.Binary("&&", listed, test)
    value = found if found is not None else js.Index(obj, index)
    read = js.Conditional(test, value, fx.unit.call("py_getitem", obj, key), loc=loc)
    return js.Sequence((*held, read)) if held else read


# Values CPython cannot index, which are JS objects that would answer `undefined`.
_UNSUBSCRIPTABLE = {
    "iter": (
        "indexing an iterator (a generator, map, filter, zip...)",
        "take list(...) first",
    ),
    "exc": ("indexing an exception", "read its e.args[...]"),
}


def refuse_unsubscriptable(fx, node: ast.Subscript) -> None:
    """`map(str, xs)[0]`, `e[0]`: TypeError in CPython, refused at build time."""
    found = _UNSUBSCRIPTABLE.get(type_of(fx, node.value).kind)
    if found is not None:
        fx.report("CP100", node, construct=found[0], hint=found[1])


@lowers_expr(ast.Subscript)
def lower_subscript(fx, node: ast.Subscript) -> js.Expr:
    loc = loc_of(node)
    refuse_unsubscriptable(fx, node)
    part = split_part(fx, node)
    if part is not None:
        return part
    obj = expr(fx, node.value)
    if isinstance(node.slice, ast.Slice):
        plain = _list_slice(fx, node, obj)
        if plain is not None:
            return plain
        return fx.unit.call("py_slice", obj, *slice_bounds(fx, node.slice), loc=loc)
    base_t = type_of(fx, node.value)
    key = expr(fx, node.slice)
    if base_t.kind == "foreign":
        return js.Index(obj, key, loc=loc)
    if base_t.kind == "patch":
        return js.Call(js.Member(obj, "at"), (key,), loc=loc)
    key_t = type_of(fx, node.slice)
    if key_t.kind == "float" and (base_t.is_sequence or base_t.kind == "str"):
        fx.unit.helpers.add("py_exceptions")
        message = js.Str(float_index_message(base_t.kind))
        thrower = js.Function(
            None,
            (),
            (js.Throw(js.New(js.Name("py_TypeError"), (message,))),),
            is_arrow=True,
        )
        return js.Call(thrower, (), loc=loc)
    if key_t.kind == "float":
        return fx.unit.call("py_getitem_float", obj, key, loc=loc)
    if base_t.is_sequence and t.is_int_like(key_t) and key_t.kind == "int":
        return seq_item(fx, obj, key, loc)
    if key_t.kind == "int" and t.is_open(base_t):
        return open_seq_item(fx, obj, key, loc)
    if base_t.kind == "dict":
        return fx.unit.call("py_map_item", obj, key, loc=loc)
    if record_key(fx, base_t, node.slice):
        return js.Index(obj, key, loc=loc)
    if isinstance(key, js.Str) and key.value not in OBJECT_PROTOTYPE_NAMES:
        return property_or_item(fx, obj, key, loc)
    if key_t.kind == "str" and t.is_open(base_t):
        return own_property_or_item(fx, obj, key, loc)
    return fx.unit.call("py_getitem", obj, key, loc=loc)


# Python values whose attributes other than methods are not supported (`x.real`);
# on a value of open type, a number's own attributes are refused too.
_NO_ATTRIBUTES = frozenset(
    [
        "str",
        "list",
        "tuple",
        "tuplen",
        "dict",
        "set",
        "int",
        "float",
        "num",
        "dnum",
        "bool",
        "optint",
    ]
)
NUMBER_ATTRIBUTES = frozenset(["real", "imag", "numerator", "denominator"])


def refuse_unknown_ctx_attribute(fx, node: ast.Attribute) -> None:
    """`ctx.args_grouping`, `ctx.triggerd_id`: what the browser's callback context does
    not have (CPython's server-side ctx has some of them, a misspelt name none)."""
    k = fx.known_name(node.value)
    if k is None or k.kind != "dash" or k.name not in ("ctx", "callback_context"):
        return
    attributes = ctx_attributes()
    if node.attr not in attributes:
        fx.report(
            "CP116",
            node,
            attr=node.attr,
            type="dash.ctx in the browser",
            hint="a clientside callback's context has " + ", ".join(sorted(attributes)),
        )


def ctx_attributes() -> frozenset[str]:
    """What Dash's renderer puts in a clientside callback's context, as py_ctx.js
    shapes it (its getters); `args_grouping`, `outputs_grouping`, `cookies`... are
    server-side only."""
    return helper_getters("py_ctx")


def float_index_message(kind: str) -> str:
    """CPython words it differently for a str (3.11)."""
    if kind == "str":
        return "string indices must be integers, not 'float'"
    return f"{kind.replace('tuplen', 'tuple')} indices must be integers or slices, not float"


def record_key(fx, base_t: t.T, key: ast.expr) -> bool:
    """`d["k"]` on a record (records.py) whose display made "k": an own property of the
    object for good, read as one."""
    from .records import display_keys

    return (
        base_t.site != 0
        and isinstance(key, ast.Constant)
        and key.value in display_keys(fx, base_t.site)
    )


def property_or_item(fx, obj: js.Expr, key: js.Str, loc) -> js.Expr:
    """d["k"] on a value of open type: a property read where it is a plain object of
    this realm (Dash's data: `constructor` is Object, which a JSON object's own
    "constructor" key or any other kind of value fails), else py_getstr's rules.
    Inline, because a helper's keyed read is shared by every key of every call site."""
    first, later = once(fx, obj)
    value = js.Name(fx.temp())
    test = js.Binary(
        "&&",
        js.Binary(
            "&&",
            js.Binary("!=", first, js.Literal("null")),
            js.Binary("===", js.Member(later, "constructor"), js.Name("Object")),
        ),
        js.Binary(
            "!==",
            js.Assign(value, js.Index(later, key)),
            js.Literal("undefined"),
        ),
    )
    fallback = fx.unit.call("py_getstr", later, key, loc=loc)
    return js.Conditional(test, value, fallback, loc=loc)


def own_property_or_item(fx, obj: js.Expr, key: js.Expr, loc) -> js.Expr:
    """d[k] with a str k not known until run time, on a value of open type: as
    property_or_item, but what the prototype answers (a function, or `__proto__`'s
    object) is left to py_getitem, which reads own properties only."""
    missed = lambda obj, key: fx.unit.call("py_getitem", obj, key, loc=loc)
    return own_property_or(fx, obj, key, missed, loc)


def own_property_or(fx, obj: js.Expr, key: js.Expr, fallback, loc=None) -> js.Expr:
    """The own property `key` of `obj` where obj is a plain object (Dash's data) and
    key a str naming one (`row[k]`, `row.get(k)`); anything else (a miss, another key
    or kind of value, a name the prototype answers) is `fallback(obj, key)`, with the
    object and key evaluated once."""
    held, obj, key = held_pair(fx, obj, key)
    value = js.Name(fx.temp())
    plain = js.Binary(
        "&&",
        js.Binary("!=", obj, js.Literal("null")),
        js.Binary("===", js.Member(obj, "constructor"), js.Name("Object")),
    )
    read = js.Assign(value, js.Index(obj, key))
    # The key may be typed str, but an annotated parameter may still be None.
    is_str = typeof_is(key, "string")
    own = js.Binary(
        "&&",
        js.Binary("&&", is_str, js.Binary("!==", key, js.Str("__proto__"))),
        js.Binary(
            "&&",
            js.Binary("!==", js.Unary("typeof", read), js.Str("function")),
            js.Binary("!==", value, js.Literal("undefined")),
        ),
    )
    found = js.Conditional(
        js.Binary("&&", plain, own), value, fallback(obj, key), loc=loc
    )
    return js.Sequence((*held, found)) if held else found


# Keys a plain object answers from its prototype: never read with a bare property access.
OBJECT_PROTOTYPE_NAMES = frozenset(
    [
        "constructor",
        "toString",
        "toLocaleString",
        "valueOf",
        "hasOwnProperty",
        "isPrototypeOf",
        "propertyIsEnumerable",
        "__proto__",
        "__defineGetter__",
        "__defineSetter__",
        "__lookupGetter__",
        "__lookupSetter__",
    ]
)


def _list_slice(fx, node: ast.Subscript, obj: js.Expr) -> js.Expr | None:
    """`xs[a:b]` of a list with int (or no) bounds as `xs.slice(a, b)`: Array's slice
    counts a negative bound from the end and clamps both as Python does, and returns a
    new list. None for a step, another type of value or bounds of another type."""
    bounds = node.slice
    if bounds.step is not None or type_of(fx, node.value).kind != "list":
        return None
    lower = None if bounds.lower is None or _is_none(bounds.lower) else bounds.lower
    upper = None if bounds.upper is None or _is_none(bounds.upper) else bounds.upper
    given = [b for b in (lower, upper) if b is not None]
    if any(type_of(fx, b).kind != "int" for b in given):
        return None
    args: list[js.Expr] = []
    if upper is not None:
        args = [js.Num(0) if lower is None else expr(fx, lower), expr(fx, upper)]
    elif lower is not None:
        args = [expr(fx, lower)]
    return js.Call(js.Member(obj, "slice"), tuple(args), loc=loc_of(node))


def slice_bounds(fx, node: ast.Slice) -> tuple[js.Expr, ...]:
    bounds = [node.lower, node.upper, node.step]
    while bounds and bounds[-1] is None:
        bounds.pop()
    for bound in bounds:
        if bound is not None:
            refuse_float(fx, bound)
    return tuple(
        js.Literal("undefined") if bound is None else expr(fx, bound)
        for bound in bounds
    )


@lowers_expr(ast.Slice)
def lower_bare_slice(fx, node: ast.Slice) -> js.Expr:
    return js.Literal("undefined", loc=loc_of(node))


@lowers_expr(ast.Attribute)
def lower_attribute(fx, node: ast.Attribute) -> js.Expr:
    from .type_names import type_name

    loc = loc_of(node)
    special = module_attribute(fx, node)
    if special is None:
        special = type_name(fx, node)
    if special is not None:
        return special
    method = method_value(fx, node)
    if method is not None:
        return method
    base_t = type_of(fx, node.value)
    if base_t.kind in _NO_ATTRIBUTES or (
        t.is_open(base_t) and node.attr in NUMBER_ATTRIBUTES
    ):
        fx.report(
            "CP116",
            node,
            attr=node.attr,
            type=t.described(base_t),
            hint="only method calls are supported on Python values",
        )
    if base_t.kind == "patch":
        return patch_attribute(fx, node)
    refuse_unknown_ctx_attribute(fx, node)
    if base_t.kind == "foreign":
        return js.Member(expr(fx, node.value), node.attr, loc=loc)
    if base_t.kind == "func" or (
        _is_dunder(node.attr)
        and node.attr not in _EXCEPTION_DUNDERS
        and not _type_call(node.value)  # `type(x).__name__`: type() is refused
    ):
        # `f.__name__`, `e.__class__`: a JS function's properties are not a Python
        # function's attributes (`f.__name__` would be undefined, `f.name` a str).
        fx.report(
            "CP116",
            node,
            attr=node.attr,
            type=t.described(base_t) if base_t.kind == "func" else "a Python value",
            hint="name the function or exception class yourself (`except KeyError:`)",
        )
    if node.attr == "__traceback__":
        # An exception's traceback object has no JS counterpart (None would differ).
        fx.report(
            "CP100",
            node,
            construct="an exception's `__traceback__`",
            hint="tracebacks show in the browser console; read `e.args` or `str(e)`",
        )
    # Python values have no such attributes: AttributeError, not a JS property.
    return fx.unit.call("py_getattr", expr(fx, node.value), js.Str(node.attr), loc=loc)


# An exception's attributes that py_getattr answers (`__traceback__` is refused).
_EXCEPTION_DUNDERS = frozenset(
    {"__cause__", "__context__", "__suppress_context__", "__traceback__"}
)


def _type_call(node) -> bool:
    """`type(x)` (refused itself) or `e.__class__` (reported already)."""
    if isinstance(node, ast.Attribute):
        return _is_dunder(node.attr)
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "type"
    )


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def _number_type_attribute(fx, node: ast.Attribute, type_name: str) -> js.Expr:
    """`int.bit_length` as a value (`sorted(xs, key=int.bit_count)`): its helper; any
    other attribute of int, bool or float is refused."""
    from .function_values import note_value_result
    from .methods import INT_METHODS

    if type_name != "float" and node.attr in INT_METHODS:
        note_value_result(fx.unit, INT_METHODS[node.attr].result)
        return fx.unit.helper("py_int_" + node.attr)
    fx.report(
        "CP116",
        node,
        attr=node.attr,
        type=f"the type {type_name}",
        hint="of its methods, int.bit_length and int.bit_count are supported as values",
    )
    return js.Literal("undefined", loc=loc_of(node))


def method_value(fx, node: ast.Attribute) -> js.Expr | None:
    """`str.lower` (unbound: the helper itself) and `d.get` (bound to `d`) as values."""
    from .function_values import note_value_result
    from .methods import method_result, owners_of, table_for

    loc = loc_of(node)
    base = node.value
    k = fx.known_name(base)
    if k is not None and k.kind == "builtin":
        if k.name in ("int", "bool", "float"):
            return _number_type_attribute(fx, node, k.name)
        entry = table_for(k.name)
        if entry is not None and node.attr in entry[0]:
            result = entry[0][node.attr].result  # `str.lower` gives a str
            note_value_result(fx.unit, t.ANYF if callable(result) else result)
            return fx.unit.helper(entry[1] + node.attr)
        return None
    base_t = type_of(fx, base)
    # Called later through the value, its result cannot be typed there.
    note_value_result(fx.unit, method_result(base_t, node.attr))
    entry = table_for(base_t.kind)
    if entry is not None and node.attr in entry[0]:
        helper = fx.unit.helper(entry[1] + node.attr)
        return fx.unit.call(
            "py_method", expr(fx, base), js.Str(node.attr), helper, loc=loc
        )
    if t.is_open(base_t) and owners_of(node.attr):
        for kind in owners_of(node.attr):
            fx.unit.methods.add(f"{kind}.{node.attr}")
        return fx.unit.call("py_method", expr(fx, base), js.Str(node.attr), loc=loc)
    return None
