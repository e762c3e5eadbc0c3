"""Printing arithmetic of numbers as Dash sends them: `f"{price * qty}"`.

A number from Dash is an int, or a float with a fraction (JSON gives an integral float
as an int, see types.DNUM). A sum or product of two of them may be an integral float
(0.5 + 0.5 is 1.0), so its type is open and printing it would be refused. Yet
CPython's result is a float exactly when one operand is, and each operand tells
that by its fraction: the text asks the operands at run time, after the arithmetic.

Operands are local names, items read from them by a constant or a local's key
(`r["price"]`, `xs[i]`) and int constants, under `+ - * // %`, unary signs, `abs()`,
`round(x, k)` and `n or 0`: with no other call and no walrus in the expression, a
name or item read again after it still holds the value the arithmetic used. Not `**`
(an int to a negative power is a float) nor `/` (always a float, typed so already).
A summed local (sum_flags.py) is an operand whose flag tells, and `sum(values)` of a
list Dash sent one whose items do.

The same test signs the zeros of such arithmetic where it is not printed too
(expressions.py): a product whose operands have no fraction is the int 0, never JS's
-0, and `-`, `//`, `%` and divmod take the float path where one has.

A name of open type holding what Dash sent (ANY, never a float the code computed) may be
an operand too (`f"{value * 2}"` of an unannotated parameter): where it is a number it
is one of Dash's, and where the result is no number (`"ab" * 2`, a list repeated, a
str %-formatted) it holds only Dash's values, which print as they are.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from .core import expr, type_of, typeof_is
from .generator_sums import SUMMED_COMPREHENSIONS, flagged_sum, sum_flag
from .known import builtin_call
from .sum_flags import float_flag_of, is_summed, or_int, summed_open

_OPERATORS = (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Mod)
_ARITHMETIC = (ast.BinOp, ast.UnaryOp, ast.IfExp)
_SIGNS = (ast.USub, ast.UAdd)


def dash_operands(fx, node) -> list[ast.Name] | None:
    """The names of Dash numbers whose fractions decide whether `node`'s value is a
    float, where `node` is such arithmetic of them; else None."""
    if isinstance(node, ast.Name) and is_summed(fx, node.id) or _dash_sum(fx, node):
        return [node]  # `total` of `total += v` (sum_flags.py), `sum(values)`
    if not isinstance(node, _ARITHMETIC) and not _keeps_kind(fx, node):
        return None
    found: list[ast.Name] = []
    if not _operands(fx, node, found) or not found:
        return None
    return found


def _operands(fx, node, found: list[ast.Name]) -> bool:
    if isinstance(node, ast.BinOp) and isinstance(node.op, _OPERATORS):
        return _operands(fx, node.left, found) and _operands(fx, node.right, found)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, _SIGNS):
        return _operands(fx, node.operand, found)
    if _keeps_kind(fx, node):
        return _operands(fx, node.args[0], found)
    if isinstance(node, ast.IfExp):
        found.append(node)  # its held test picks the flag of the branch it took
        return told_choice(fx, node)
    if or_int(node):  # `n or 0`: n where it is true, else the int
        inner: list = []
        if not _operands(fx, node.values[0], inner):
            return False
        found.extend([node] if inner else [])
        return True
    if isinstance(node, ast.Constant):
        return type(node.value) is int
    if isinstance(node, ast.Name) and is_summed(fx, node.id) or _dash_sum(fx, node):
        found.append(node)
        return True
    if (
        isinstance(node, ast.Name)
        and fx.lookup_local(node.id) is not None
        or (read_again(fx, node))
    ):
        kind = type_of(fx, node).kind
        if kind in _FRACTION_TELLS:
            found.append(node)
        return kind in _FRACTION_TELLS or kind in ("int", "optint")
    return False


def told_choice(fx, node: ast.IfExp) -> bool:
    """`a / b if b else 0`, whose branches differ in kind, each told: a float, an int,
    or arithmetic of Dash's numbers. Its test is held where it is evaluated
    (lower_ifexp), so that the flag takes the branch that ran without asking again."""
    if not t.contains_num(type_of(fx, node)):
        return False
    return all(_branch_kind(fx, b) is not None for b in (node.body, node.orelse))


def _branch_kind(fx, branch: ast.expr) -> str | None:
    """ "float", "int" or "told" (by the operands _branch_operands gives), or None."""
    kind = type_of(fx, branch).kind
    if kind == "float" or kind in ("int", "optint"):
        return "float" if kind == "float" else "int"
    return "told" if _branch_operands(fx, branch) else None


def _branch_operands(fx, branch: ast.expr) -> list:
    """The operands that tell a branch's kind: of arithmetic, or the branch itself (a
    value Dash sent, a summed local)."""
    found: list = []
    return found if _operands(fx, branch, found) else []


def _choice_flag(fx, node: ast.IfExp) -> js.Expr:
    held = js.Name(fx.held_tests[id(node)])  # held where it was lowered
    flags = []
    for branch in (node.body, node.orelse):
        kind = _branch_kind(fx, branch)
        if kind == "told":
            flags.append(float_flag(fx, _branch_operands(fx, branch)))
        else:
            flags.append(js.boolean(kind == "float"))
    if flags == [js.boolean(True), js.boolean(False)]:
        return held  # `a / b if b else 0`
    if flags == [js.boolean(False), js.boolean(True)]:
        return js.Unary("!", held)
    return js.Conditional(held, *flags)


def read_again(fx, node) -> bool:
    """`r["price"]`, `xs[0]`, `rows[i]["v"]`: an item of a local read by a constant or
    a local's key, which gives the same value when read again after the arithmetic
    (reading runs none of the callback's code)."""
    if not isinstance(node, ast.Subscript):
        return False
    key = node.slice
    if isinstance(key, ast.UnaryOp) and isinstance(key.op, ast.USub):
        key = key.operand  # xs[-1]
    plain_key = isinstance(key, ast.Constant) and type(key.value) in (int, str)
    if not plain_key and not (
        isinstance(key, ast.Name) and fx.lookup_local(key.id) is not None
    ):
        return False
    held = node.value
    if isinstance(held, ast.Name):
        return fx.lookup_local(held.id) is not None
    return read_again(fx, held)


def got(fx, node) -> bool:
    """`r.get("v")`, `r.get("v", 0)`: an item of a local read by a constant key, or
    else None or an int (no fraction either way), which gives the same value when
    read again."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and not node.keywords
        and 1 <= len(node.args) <= 2
    ):
        return False
    key, *default = node.args
    if not (isinstance(key, ast.Constant) and type(key.value) in (int, str)):
        return False
    if default and not (
        isinstance(default[0], ast.Constant)
        and (default[0].value is None or type(default[0].value) is int)
    ):
        return False
    held = node.func.value
    if isinstance(held, ast.Name):
        return fx.lookup_local(held.id) is not None
    return read_again(fx, held)


def _keeps_kind(fx, node) -> bool:
    """`abs(x)`, `round(x, 2)`: an int for an int, a float for a float."""
    if builtin_call(fx, node, "abs") and len(node.args) == 1:
        return True
    if not (builtin_call(fx, node, "round") and len(node.args) == 2):
        return False
    digits = node.args[1]
    if isinstance(digits, ast.UnaryOp) and isinstance(digits.op, ast.USub):
        digits = digits.operand  # round(x, -1)
    return isinstance(digits, ast.Constant) and type(digits.value) is int


# Values whose fraction tells whether they are floats: Dash's numbers, and what Dash
# sent of open type (a str, a list, a bool or None there has no fraction).
_FRACTION_TELLS = ("dnum", "any")
# Items a sum of which is a float exactly when one of them is one (by its fraction).
_SUMMED_ITEMS = ("dnum", "any", "int", "bool", "optint")


def _dash_sum(fx, node) -> bool:
    """`sum(values)` of a local holding what Dash sent: CPython's sum starts from the
    int 0 and is a float exactly when an item is one, which its fraction tells. (A
    number at all: a sum of strs or lists raises.) Asked after the sum, of the same
    list: summing calls no code of the callback's."""
    if flagged_sum(fx, node):
        return True  # `sum(r["v"] for r in rows)`, its items asked as they come
    if not builtin_call(fx, node, "sum") or len(node.args) != 1:
        return False
    items = node.args[0]
    if not isinstance(items, ast.Name) or fx.lookup_local(items.id) is None:
        return False
    typ = type_of(fx, items)
    if typ.kind == "any":
        return True
    return typ.kind == "list" and typ.elem.kind in _SUMMED_ITEMS


def open_operands(fx, operands: list[ast.Name]) -> bool:
    """Whether an operand may be no number, so that the result may be none either."""
    return any(_open_operand(fx, n) for n in operands)


def _open_operand(fx, node) -> bool:
    if isinstance(node, ast.Call):
        return False  # sum(): a number, or it raised
    if isinstance(node, ast.IfExp):
        return any(
            _branch_kind(fx, b) == "told" and open_operands(fx, _branch_operands(fx, b))
            for b in (node.body, node.orelse)
        )
    if isinstance(node, ast.BoolOp):
        return _open_operand(fx, node.values[0])
    if isinstance(node, ast.Name) and is_summed(fx, node.id):
        return summed_open(fx, node.id)
    return type_of(fx, node).kind == "any"


def float_flag(fx, operands: list) -> js.Expr:
    """`!py_is_int(a) || ...`: true exactly when CPython's result is a float.
    The arithmetic raised already where an operand was unbound."""
    tests: dict[str, js.Expr] = {}
    for node in operands:
        if isinstance(node, ast.Call) and isinstance(
            node.args[0], SUMMED_COMPREHENSIONS
        ):
            tests.setdefault(f"sum {id(node)}", sum_flag(fx, node.args[0]))
        elif isinstance(node, ast.Call):  # sum(values): an item has a fraction
            items = node.args[0].id
            tests.setdefault(
                f"sum {items}", fx.unit.call("py_has_fraction", _js(fx, items))
            )
        elif isinstance(node, ast.IfExp):
            tests.setdefault(f"choice {id(node)}", _choice_flag(fx, node))
        elif isinstance(node, ast.Subscript):  # read again: the same item
            tests.setdefault(ast.dump(node), read_fraction(fx, node))
        elif isinstance(node, ast.BoolOp):  # `n or 0`: a float n that is not zero
            name = node.values[0]
            tests.setdefault(
                ast.dump(node), true_float(fx, name, float_flag(fx, [name]))
            )
        elif is_summed(fx, node.id):
            tests.setdefault(node.id, float_flag_of(fx, node.id))
        else:
            tests.setdefault(node.id, _fraction(fx, node))
    flag, *rest = tests.values()
    for test in rest:
        flag = js.Binary("||", flag, test)
    return flag


def true_float(fx, name: ast.Name, floats: js.Expr) -> js.Expr:
    """`n or 0` is a float where n is one (`floats`) and true: a float zero (0.5 -
    0.5) is false, and `or` gives the int 0 for it."""
    nonzero = js.Binary("!==", _js(fx, name.id), js.Num(0))
    return js.Binary("&&", floats, nonzero)


def _fraction(fx, node: ast.Name) -> js.Expr:
    return value_fraction(fx, _js(fx, node.id), type_of(fx, node).kind)


def value_fraction(fx, value: js.Expr, kind: str) -> js.Expr:
    """True where `value`, one of Dash's numbers (or, of open type, what Dash sent),
    has a fraction: a float for CPython."""
    test: js.Expr = js.Unary("!", fx.unit.call("py_is_int", value))
    if kind == "any":  # True * 2 is the int 2: only a number has one
        test = js.Binary("&&", typeof_is(value, "number"), test)
    return test


def read_fraction(fx, node: ast.expr) -> js.Expr:
    held = js.Name(fx.temp())
    test: js.Expr = js.Unary("!", fx.unit.call("py_is_int", held))
    if type_of(fx, node).kind == "any":
        return js.Binary(
            "&&", typeof_is(js.Assign(held, expr(fx, node)), "number"), test
        )
    return js.Sequence((js.Assign(held, expr(fx, node)), test))


def _js(fx, name: str) -> js.Name:
    return js.Name(fx.lookup_local(name).js_name_of(name))
