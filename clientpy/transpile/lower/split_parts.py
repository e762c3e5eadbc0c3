"""A split read for one part or unpacked into two, without the list of parts:
`ctx.triggered[0]["prop_id"].split(".")[0]`, `name.rsplit(".", 1)[-1]`,
`key, value = line.split("=", 1)`.

Only where the receiver is a str and the separator a str literal that gives JS's
indexOf Python's meaning (not empty, no surrogate halves): the part is then sliced out
around one indexOf or lastIndexOf (runtime py_str_before, py_str_after,
py_str_split_pair), several times faster than V8's split, which builds every part.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .. import jstree as js
from .. import types as t
from ..types import STR
from .core import expr, type_of
from .methods import SURROGATE
from .registry import loc_of

# (method, index, maxsplit) -> (helper, last): which match bounds the part read.
# maxsplit is "all" (not given, or negative), "one" or "many" (2 or more). A split from
# the left and one from the right find the same matches where the separator is one
# code unit; a longer one may overlap itself ("aaa".split("aa") against
# .rsplit("aa")), so the entries marked in _ONE_UNIT need that.
_PARTS = {
    ("split", 0, "all"): ("py_str_before", False),
    ("split", 0, "one"): ("py_str_before", False),
    ("split", 0, "many"): ("py_str_before", False),
    ("split", -1, "all"): ("py_str_after", True),
    ("split", -1, "one"): ("py_str_after", False),
    ("rsplit", 0, "all"): ("py_str_before", False),
    ("rsplit", 0, "one"): ("py_str_before", True),
    ("rsplit", -1, "all"): ("py_str_after", True),
    ("rsplit", -1, "one"): ("py_str_after", True),
    ("rsplit", -1, "many"): ("py_str_after", True),
}
_ONE_UNIT = {("split", -1, "all"), ("rsplit", 0, "all")}

# (method, maxsplit) -> (limit, last) of py_str_split_pair for `a, b = ...`
_PAIRS = {
    ("split", "all"): (-1, False),
    ("split", "one"): (1, False),
    ("rsplit", "one"): (1, True),
}


@dataclass(frozen=True)
class SplitCall:
    method: str
    receiver: ast.expr
    sep: str
    maxsplit: str  # "all", "one" or "many"


def split_call(fx, node: ast.expr) -> SplitCall | None:
    """`s.split(".")` or `s.rsplit(".", 1)` of a str `s` by a literal fit for indexOf."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("split", "rsplit")
        and not node.keywords
        and 1 <= len(node.args) <= 2
    ):
        return None
    sep = _literal(node.args[0], str)
    if not sep or SURROGATE.search(sep):
        return None
    maxsplit = _maxsplit(node.args[1:])
    if maxsplit is None or type_of(fx, node.func.value).kind != "str":
        return None
    return SplitCall(node.func.attr, node.func.value, sep, maxsplit)


def _literal(node: ast.expr, kind: type):
    if isinstance(node, ast.Constant) and type(node.value) is kind:
        return node.value
    if (
        kind is int
        and isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and _literal(node.operand, int) is not None
    ):
        return -node.operand.value
    return None


def _maxsplit(args: list[ast.expr]) -> str | None:
    if not args:
        return "all"
    n = _literal(args[0], int)
    if n is None or n == 0:
        return None  # maxsplit 0 is the whole str; a name is read at run time
    return "all" if n < 0 else "one" if n == 1 else "many"


def split_part(fx, node: ast.Subscript) -> js.Expr | None:
    """`s.split(sep)[0]`, `s.rsplit(sep, 1)[-1]`, ... where _PARTS has the read."""
    call = split_call(fx, node.value)
    index = _literal(node.slice, int)
    if call is None or index is None:
        return None
    key = (call.method, index, call.maxsplit)
    if key not in _PARTS or (key in _ONE_UNIT and len(call.sep) != 1):
        return None
    helper, last = _PARTS[key]
    recv = expr(fx, call.receiver)
    return fx.unit.call(
        helper, recv, js.Str(call.sep), js.boolean(last), loc=loc_of(node)
    )


PAIR_OF_STRS = t.fixed_tuple(STR, STR)


def split_pair(fx, target: ast.expr, value: ast.expr) -> js.Expr | None:
    """`a, b = s.split(sep)` (or with maxsplit 1, from either end) into two names: the
    two parts as a pair, CPython's ValueError where the split gives another count."""
    if not (
        isinstance(target, (ast.Tuple, ast.List))
        and len(target.elts) == 2
        and all(isinstance(elt, ast.Name) for elt in target.elts)
    ):
        return None
    call = split_call(fx, value)
    if call is None or (call.method, call.maxsplit) not in _PAIRS:
        return None
    limit, last = _PAIRS[call.method, call.maxsplit]
    recv = expr(fx, call.receiver)
    args = (recv, js.Str(call.sep), js.Num(limit), js.boolean(last))
    return fx.unit.call("py_str_split_pair", *args, loc=loc_of(value))
