"""`E & M` and `E % 2**k` of ints: only the low 32 bits of E count, which JS's bit
operators, Math.imul and 32-bit sums compute exactly (a hash step needs no int past
2**53 to get CPython's answer)."""

from __future__ import annotations

import ast

from .. import jstree as js
from .core import expr, type_of

_BIT_OPS = {ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^"}
EXACT_INTS = ("int", "bool")  # not optint: None & 1 raises, JS's null & 1 is 0


def masked_to_32_bits(fx, node: ast.BinOp) -> js.Expr | None:
    """`E & M` with M an int constant in [0, 2**32) and E an int, or `E % 2**k` (k in
    1..32, the same as `E & (2**k - 1)` for any int): only the low 32 bits of E count,
    in two's complement, which JS's bit operators compute exactly (`_int32_bits`). A
    hash step `((h ^ ord(c)) * 16777619) & 0xFFFFFFFF` is then JS's own operators, and
    needs no int past 2**53 (the product alone would be one: OverflowError). `>>> 0`
    makes a mask's top bit positive. None for anything else (py_bitand and its kin)."""
    mask = _low_bits_mask(node)
    if mask is None:
        return None
    value, other = mask
    if type_of(fx, other).kind not in EXACT_INTS:
        return None
    bits = _int32_bits(fx, other)
    mask_num = js.Num(value)
    ordered = (mask_num, bits) if other is node.right else (bits, mask_num)
    out = js.Binary("&", *ordered)
    if value >= 2**31:
        out = js.Binary(">>>", out, js.Num(0))
    return out


def _low_bits_mask(node: ast.BinOp) -> tuple[int, ast.expr] | None:
    """(M, E) of `E & M` / `M & E` with M in [0, 2**32), or of `E % 2**k` as M =
    2**k - 1."""
    if isinstance(node.op, ast.Mod):
        k = _int_constant(node.right)
        if k is not None and k >= 2 and k & (k - 1) == 0 and k <= 2**32:
            return k - 1, node.left
        return None
    if not isinstance(node.op, ast.BitAnd):
        return None
    for mask, other in ((node.right, node.left), (node.left, node.right)):
        value = _int_constant(mask)
        if value is not None and 0 <= value < 2**32:
            return value, other
    return None


_FOLDED = {ast.Pow: pow, ast.LShift: int.__lshift__, ast.Sub: int.__sub__}


def _int_constant(node) -> int | None:
    """An int constant, or one written `2**32`, `1 << 32`, `(1 << 32) - 1` (below
    2**64)."""
    if isinstance(node, ast.Constant):
        return node.value if type(node.value) is int else None
    if not (isinstance(node, ast.BinOp) and type(node.op) in _FOLDED):
        return None
    left, right = _int_constant(node.left), _int_constant(node.right)
    if left is None or right is None or not 0 <= right < 64:
        return None
    value = _FOLDED[type(node.op)](left, right)
    return value if abs(value) < 2**64 else None


def _int32_bits(fx, node) -> js.Expr:
    """`node`, an int, as an expression whose low 32 bits are its own (what JS's bit
    operators read): `^`, `|`, `&` of ints as JS's, `*` as Math.imul, `+` and `-` of
    int32 values (exact) cut to 32 bits, `<<` by a constant below 64."""
    return _low_bits(fx, node)[0]


def _low_bits(fx, node) -> tuple[js.Expr, bool]:
    """(`_int32_bits` of node, whether that is an int32 value itself)."""
    if not isinstance(node, ast.BinOp) or not all(
        type_of(fx, side).kind in EXACT_INTS for side in (node.left, node.right)
    ):
        return expr(fx, node), False
    op = type(node.op)
    if op in _BIT_OPS:
        left, right = _int32_bits(fx, node.left), _int32_bits(fx, node.right)
        return js.Binary(_BIT_OPS[op], left, right), True
    if op is ast.Mult:
        left, right = _int32_bits(fx, node.left), _int32_bits(fx, node.right)
        return js.Call(js.Member(js.Name("Math"), "imul"), (left, right)), True
    if op in (ast.Add, ast.Sub):
        left, right = _int32_value(fx, node.left), _int32_value(fx, node.right)
        sign = "+" if op is ast.Add else "-"
        return js.Binary("|", js.Binary(sign, left, right), js.Num(0)), True
    shift = _int_constant(node.right) if op is ast.LShift else None
    if shift is not None and 0 <= shift < 64:
        # by 32 or more, no low bit is left: `& 0` after the operand has run
        js_op, by = ("<<", shift) if shift < 32 else ("&", 0)
        return js.Binary(js_op, _int32_bits(fx, node.left), js.Num(by)), True
    return expr(fx, node), False


def _int32_value(fx, node) -> js.Expr:
    """An operand of `+` or `-` in `_int32_bits`: a value in the int32 range, so that
    the sum is exact (an int up to 2**53 is cut to its low 32 bits first)."""
    value = _int_constant(node)
    if value is not None and -(2**31) <= value < 2**31:
        return js.Num(value)
    bits, int32 = _low_bits(fx, node)
    return bits if int32 else js.Binary("|", bits, js.Num(0))
