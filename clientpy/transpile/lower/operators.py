"""Operators: a plain JS operator where the operand types make its meaning Python's,
otherwise the runtime helper. Grep an ast operator name (`FloorDiv`) to land here."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from ..types import INT_KINDS, T, is_numeric

PRIMITIVE_KEYS = frozenset({"int", "str", "bool", "float", "num", "dnum"})


def numbers(a: T, b: T) -> bool:
    return is_numeric(a) and is_numeric(b)


def ints(a: T, b: T) -> bool:
    return a.kind in ("int", "bool") and b.kind in ("int", "bool")


def strings(a: T, b: T) -> bool:
    return a.kind == b.kind == "str"


def numbers_or_strings(a: T, b: T) -> bool:
    return numbers(a, b) or strings(a, b)


def never(a: T, b: T) -> bool:
    return False


@dataclass(frozen=True)
class Rule:
    js_op: str | None
    helper: str
    plain_when: Callable[[T, T], bool] = never


BINARY: dict[type, Rule] = {
    ast.Add: Rule("+", "py_add", numbers_or_strings),
    ast.Sub: Rule("-", "py_sub", numbers),
    # int * int can leave the range where a JS number holds an int exactly: checked.
    ast.Mult: Rule("*", "py_mul", lambda a, b: numbers(a, b) and not ints(a, b)),
    # `/`, `//`, `%` and `**` raise ZeroDivisionError or differ in sign rules: helpers,
    # except where the divisor is a non-zero literal (see expressions.lower_binop).
    ast.Div: Rule("/", "py_truediv"),
    ast.FloorDiv: Rule(None, "py_floordiv"),
    ast.Mod: Rule(None, "py_mod"),
    ast.Pow: Rule(None, "py_pow"),
    # JS bitwise operators truncate to 32 bits; Python ints do not.
    ast.LShift: Rule(None, "py_lshift"),
    ast.RShift: Rule(None, "py_rshift"),
    ast.BitAnd: Rule(None, "py_bitand"),
    ast.BitOr: Rule(None, "py_bitor"),
    ast.BitXor: Rule(None, "py_bitxor"),
}

# `/`, `//` and `%` where one operand is known to be a float (types.float_operands).
FLOAT_HELPERS: dict[type, str] = {
    ast.Div: "py_float_truediv",
    ast.FloorDiv: "py_float_floordiv",
    ast.Mod: "py_float_mod",
    # not py_pow, which takes an integral float for an int: 3.0 ** 40 would raise
    ast.Pow: "py_pow_floats",
}

COMPARE: dict[type, Rule] = {
    ast.Eq: Rule("===", "py_eq", numbers_or_strings),
    ast.NotEq: Rule("!==", "py_ne", numbers_or_strings),
    ast.Lt: Rule("<", "py_lt", numbers_or_strings),
    ast.LtE: Rule("<=", "py_le", numbers_or_strings),
    ast.Gt: Rule(">", "py_gt", numbers_or_strings),
    ast.GtE: Rule(">=", "py_ge", numbers_or_strings),
}

UNARY: dict[type, Rule] = {
    ast.USub: Rule("-", "py_neg", lambda a, b: is_numeric(a)),
    ast.UAdd: Rule("+", "py_pos", lambda a, b: is_numeric(a)),
    ast.Invert: Rule(None, "py_invert"),
}

# Augmented assignments that change a mutable value in place, as Python's __iadd__ &c.
# do: `+=` extends a list, `|=` updates a dict or set, `-=`, `&=`, `^=` change a set,
# `*=` repeats a list. Other names for the value see the change.
AUGMENTED_IN_PLACE = {
    ast.Add: "py_iadd",
    ast.BitOr: "py_ior",
    ast.Sub: "py_isub",
    ast.BitAnd: "py_iand",
    ast.BitXor: "py_ixor",
    ast.Mult: "py_imul_seq",
}

# `n + 1`, `n - 1` and `n % 2` with n a number from Dash (an int, or a float with a
# fraction) are typed as printing as Python prints them (types.DNUM, or ANY): adding an
# int keeps a fraction, unless the float result rounds it away (1e-20 + 1 is 1.0). These
# helpers raise there, where a JS number would print that float as an int.
_KEEPS_FRACTION = {ast.Add: "py_dnum_add", ast.Sub: "py_dnum_sub"}


def fraction_kept(op: type, a: T, b: T) -> str | None:
    """The checked helper for `a <op> b` where an int meets a number from Dash (of open
    type, or DNUM) and the result may print; None elsewhere."""
    dash_and_int = (a.kind in ("any", "dnum") and b.kind in INT_KINDS) or (
        b.kind in ("any", "dnum") and a.kind in INT_KINDS
    )
    if op in _KEEPS_FRACTION and dash_and_int:
        return _KEEPS_FRACTION[op]
    if op is ast.Mod and a.kind == "any" and b.kind in INT_KINDS:
        return "py_dnum_mod"
    return None


def fraction_kept_in_place(op: type, a: T, b: T) -> str | None:
    """As fraction_kept, for `a += b` / `a -= b` (a list that `+=` extends stays
    Python's, and a TypeError names `+=`)."""
    helper = fraction_kept(op, a, b)
    return {"py_dnum_add": "py_dnum_iadd", "py_dnum_sub": "py_dnum_isub"}.get(
        helper, helper
    )
