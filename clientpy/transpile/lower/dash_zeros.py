"""Zeros of arithmetic of Dash's numbers, signed as CPython signs them.

A JS zero carries a sign; a Python int zero has none and a float zero has one. In
arithmetic of Dash's numbers whose type is open (`a * b * c`, `-(a - b)`, `(a - b) //
c`), the JS result can be -0 where CPython has the int 0 (0 * 3 * -3), or +0 where it
has the float -0.0 (-(2.5 * 0), 0.0 // -3): format specs, float(), `math.copysign` and
`1 / x` show the difference. Whether CPython's result is a float the operands'
fractions tell exactly (dash_number_text.py), so each form here asks them: a product
whose operands have none is the int 0, and `-`, `//`, `%` and divmod take the float
path where one has.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from ..scope import parents
from .bounded import zero_sign_unseen
from .core import once, typeof_is
from .dash_number_text import dash_operands, float_flag
from .generator_sums import flagged_sum
from .known import builtin_call
from .operators import FLOAT_HELPERS, fraction_kept
from .registry import loc_of

_PRODUCTS = ("py_mul", "py_num_mul")


def unsigned_product(fx, node, helper: str, left, right, loc) -> js.Expr:
    """`a * b * c`: `a * b` may be an integral float (0.5 * 4), so the outer product
    keeps JS's zero sign, right for a float (0.5 * 0 * -3 is -0.0), wrong for the int
    0 that CPython has where no operand has a fraction."""
    product = fx.unit.call(helper, left, right, loc=loc)
    if helper not in _PRODUCTS or not isinstance(node, ast.BinOp):
        return product
    if zero_sign_unseen(fx, node):
        return product  # `total += a * b`: either zero adds the same
    operands = dash_operands(fx, node)
    if operands is None:
        return product
    held = js.Name(fx.temp())
    zero = js.Binary("===", js.Assign(held, product), js.Num(0))
    int_zero = js.Binary("&&", zero, js.Unary("!", float_flag(fx, operands)))
    return js.Conditional(int_zero, js.Num(0), held, loc=loc)


def signed_division(fx, node, left, right, left_t, right_t) -> js.Expr | None:
    """`(a - b) // c`, `(a - b) % c`: a float's quotient or remainder (0.0 // -3 is
    -0.0), which the int path cannot tell from an int's; None where no test is due."""
    from .expressions import binary

    helper = FLOAT_HELPERS.get(type(node.op))
    if not isinstance(node.op, (ast.FloorDiv, ast.Mod)) or helper is None:
        return None
    if t.float_operands(left_t, right_t) or left_t.kind == "str":
        return None
    if fraction_kept(type(node.op), left_t, right_t):
        return None  # py_dnum_mod raises where a float's fraction is lost (-1e-20 % 1)
    if builtin_call(fx, parents(fx.node).get(id(node)), "int"):
        return None  # `int((v - lo) // width)`: an int has no signed zero to show
    operands = dash_operands(fx, node)
    if operands is None:
        return None

    def ints(left, right):
        return binary(fx, type(node.op), left, right, left_t, right_t, node)

    return _float_path(fx, node, operands, helper, ints, left, right)


def signed_divmod(fx, node: ast.Call, args) -> js.Expr | None:
    """divmod(a - b, c): as `//` and `%`, its operands' fractions choose the path."""
    pair = ast.BinOp(left=node.args[0], op=ast.Mod(), right=node.args[1])
    operands = dash_operands(fx, pair)
    if operands is None:
        return None

    def ints(left, right):
        return fx.unit.call("py_divmod", left, right, loc=loc_of(node))

    return _float_path(fx, node, operands, "py_float_divmod", ints, *args)


def signed_negation(fx, node, operand, operand_t, helper: str) -> js.Expr | None:
    """`-(a * b)`, `-total`: an int's zero negates to 0 (py_neg, or `0 - x` for a
    number), a float's (2.5 * 0) to -0.0; None where no test is due."""
    operands = dash_operands(fx, node) if helper == "py_neg" else None
    if operands is None:
        return None
    loc = loc_of(node)
    first = None
    if any(flagged_sum(fx, o) or isinstance(o, ast.IfExp) for o in operands):
        # `-sum(v for v in vals)`, `-(a / b if b else 0)`: the flag is set while the
        # sum runs, the choice's test held as it is evaluated; so the operand first
        first, operand = once(fx, operand)
    if t.is_numeric(operand_t):
        negated = js.Binary("-", js.Num(0), operand, loc=loc)
    else:
        negated = fx.unit.call(helper, operand, loc=loc)
    float_negated = js.Unary("-", operand, loc=loc)
    chosen = js.Conditional(float_flag(fx, operands), float_negated, negated)
    return chosen if first is None or first is operand else js.Sequence((first, chosen))


def _float_path(fx, node, operands, float_helper: str, ints, left, right) -> js.Expr:
    """`numbers && a fraction ? float_helper(l, r) : ints(l, r)`, each side read once
    (not `"%d" % x`: a str operand takes the int path's own handling)."""
    from .expressions import held_pair

    held, left, right = held_pair(fx, left, right)
    numbers = js.Binary("&&", typeof_is(left, "number"), typeof_is(right, "number"))
    test = js.Binary("&&", numbers, float_flag(fx, operands))
    floats = fx.unit.call(float_helper, left, right, loc=loc_of(node))
    chosen = js.Conditional(test, floats, ints(left, right))
    return js.Sequence((*held, chosen)) if held else chosen
