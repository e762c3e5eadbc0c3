"""Places where CPython needs an int: `range(2.0)`, `xs[:1.0]`, `"ab" * 2.0`, `2.0 & 1`,
`s.zfill(4.0)` raise TypeError there whatever the float's value. A JS number cannot tell
2.0 from 2, so the runtime would carry on with an integral float: an operand the
compiler knows is a float is refused where it stands, one that may be either is CP115.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence

from .core import type_of

ALL = None  # every argument

# builtin -> the parameters that take an int
BUILTIN_INT_PARAMS: dict[str, frozenset[str] | None] = {
    "range": ALL,
    "chr": ALL,
    "hex": ALL,
    "oct": ALL,
    "bin": ALL,
    "round": frozenset({"ndigits"}),
    "enumerate": frozenset({"start"}),
    "int": frozenset({"base"}),
    "sorted": frozenset({"reverse"}),  # an index too: sorted(xs, reverse=2.0) raises
}

# builtin -> the parameter that, given and not None, makes every argument take an int:
# pow(2.0, 3, 5) is a TypeError, which the runtime would compute from an integral float
BUILTIN_INT_WITH: dict[str, str] = {"pow": "mod"}

# math functions defined on ints only
MATH_INT_FUNCTIONS = frozenset({"factorial", "gcd", "comb", "perm", "isqrt", "lcm"})

# Method parameters (by their name in methods.TABLES) that take an int, whichever
# type's method it is: str widths, counts, start/end positions, list indexes.
METHOD_INT_PARAMS = frozenset(
    {"width", "tabsize", "maxsplit", "count", "start", "end", "stop", "index"}
    | {"reverse", "keepends"}  # flags CPython reads as ints: a float raises
)

BITWISE = (ast.BitAnd, ast.BitOr, ast.BitXor, ast.LShift, ast.RShift)
SEQUENCE_KINDS = ("str", "list", "tuple", "tuplen")


def refuse_float(fx, arg: ast.expr) -> None:
    if type_of(fx, arg).kind == "float":
        fx.report(
            "CP121",
            arg,
            detail=f"`{ast.unparse(arg)}` is a float where Python needs an int",
            hint="CPython raises TypeError for any float here, 2.0 too; "
            "convert with int(...) or use //",
        )


def refuse_maybe_float(fx, arg: ast.expr) -> None:
    """An operand of `&`, `|`, `^`, `<<`, `>>`, `~`: a float is a TypeError whatever its
    value, so one that may be a float the code made (`x = n / 2; x |= 1`) is refused
    too; open values from Dash are ints when integral, as everywhere."""
    kind = type_of(fx, arg).kind
    if kind in ("num", "anyf"):
        fx.report("CP115", arg, name=ast.unparse(arg))
    else:
        refuse_float(fx, arg)


def _bound(node: ast.Call, positional: Sequence[str], wanted) -> Iterator[ast.expr]:
    for i, arg in enumerate(node.args):
        if isinstance(arg, ast.Starred):
            return
        if i < len(positional) and (wanted is ALL or positional[i] in wanted):
            yield arg
    for kw in node.keywords:
        if kw.arg is not None and (wanted is ALL or kw.arg in wanted):
            yield kw.value


def check_builtin(fx, node: ast.Call, name: str, positional: Sequence[str]) -> None:
    if name in BUILTIN_INT_WITH:
        trigger = frozenset({BUILTIN_INT_WITH[name]})
        if any(not _is_none(arg) for arg in _bound(node, positional, trigger)):
            for arg in _bound(node, positional, ALL):
                refuse_maybe_float(fx, arg)
    if name not in BUILTIN_INT_PARAMS:
        return
    for arg in _bound(node, positional, BUILTIN_INT_PARAMS[name]):
        refuse_float(fx, arg)


def _is_none(arg: ast.expr) -> bool:
    return isinstance(arg, ast.Constant) and arg.value is None


def check_json_dumps(fx, node: ast.Call) -> None:
    """json.dumps(..., indent=2.0): CPython repeats a space that many times, and a
    float count raises TypeError."""
    for kw in node.keywords:
        if kw.arg == "indent":
            refuse_float(fx, kw.value)


def check_math(fx, node: ast.Call, name: str) -> None:
    if name in MATH_INT_FUNCTIONS:
        for arg in node.args:
            refuse_float(fx, arg.value if isinstance(arg, ast.Starred) else arg)


def check_method(fx, node: ast.Call, signatures: Sequence) -> None:
    """signatures: of every type the receiver may be; a position is checked where it
    takes an int in all of them (`pop(i)` of a list, not of a dict)."""
    if not signatures or any(sig is None for sig in signatures):
        return
    width = max(len(sig.positional) for sig in signatures)
    names = []
    for i in range(width):
        at_i = {
            sig.positional[i] if i < len(sig.positional) else "" for sig in signatures
        }
        names.append(next(iter(at_i)) if at_i <= METHOD_INT_PARAMS else "")
    wanted = METHOD_INT_PARAMS
    if len(signatures) > 1:
        # keyword names are checked only for a receiver of known type
        node = ast.Call(func=node.func, args=node.args, keywords=[])
        # A position that takes an int for one of the types and not for another
        # (`pop(i)` of a list, `pop(k)` of a dict): a float there is CPython's TypeError
        # for the list, where the runtime cannot tell 2.0 from the index 2.
        some = []
        for i in range(width):
            at_i = {sig.positional[i] for sig in signatures if i < len(sig.positional)}
            some.append(next(iter(at_i & METHOD_INT_PARAMS), ""))
        for arg in _bound(node, some, wanted):
            refuse_float(fx, arg)
        return
    for arg in _bound(node, names, wanted):
        refuse_float(fx, arg)


def check_binary(fx, op: type, left: ast.expr, right: ast.expr, left_t, right_t):
    if op in BITWISE:
        refuse_maybe_float(fx, left)
        refuse_maybe_float(fx, right)
    elif op is ast.Mult:
        if left_t.kind in SEQUENCE_KINDS:
            refuse_float(fx, right)
        elif right_t.kind in SEQUENCE_KINDS:
            refuse_float(fx, left)
