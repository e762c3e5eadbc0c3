"""`math`, `json` and `js`: the modules clientside code may use, as tables."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from .. import jstree as js
from .. import types as t
from ..names import RESERVED
from ..types import ANY, BOOL, FLOAT, INT, STR, T
from .binding import Signature
from .registry import loc_of

MATH_CONSTANTS = {
    "pi": js.Member(js.Name("Math"), "PI"),
    "e": js.Member(js.Name("Math"), "E"),
    "tau": js.Binary("*", js.Num(2), js.Member(js.Name("Math"), "PI")),
    "inf": js.Name("Infinity"),
    "nan": js.Name("NaN"),
}


@dataclass(frozen=True)
class ModuleFunction:
    result: T
    sig: Signature | None = None  # how a call binds its arguments
    helper: str | None = None  # the runtime helper (math's: py_math_<name>)
    # (fx, call) -> the result of that call, where its arguments tell more than `result`
    call_result: Callable | None = None


def _product_result(fx, node) -> T:
    """math.prod of ints (without start=) is an int: it starts from the int 1, and py_mul
    keeps a product of ints exact (or raises)."""
    from .core import type_of

    if len(node.args) != 1 or node.keywords or isinstance(node.args[0], ast.Starred):
        return t.ANYF
    items = t.element_type(type_of(fx, node.args[0]))
    return t.INT if items.kind in ("int", "bool") else t.ANYF


def _math(result: T, *params: str, required: int | None = None) -> ModuleFunction:
    """A math function taking `params` by position only (all required unless
    `required` says how many are), as CPython's C functions do: a call with another
    count raises TypeError (binding.py), where JS would drop or fill arguments."""
    count = len(params) if required is None else required
    return ModuleFunction(result, Signature(params, len(params), count))


def _math_varargs(result: T, name: str) -> ModuleFunction:
    return ModuleFunction(result, Signature((), vararg=name))


_ONE_FLOAT = [
    *["sqrt", "exp", "log10", "log2", "log1p", "expm1", "fabs", "degrees", "radians"],
    *["sin", "cos", "tan", "asin", "acos", "atan"],
    *["sinh", "cosh", "tanh", "asinh", "acosh", "atanh"],
]
_TWO_FLOATS = ["atan2", "copysign", "fmod", "pow"]

# Functions whose JS twin can differ (domain errors, int results, overflow) go through
# their runtime helper (`py_math_sqrt`...), which raises ValueError("math domain
# error") as CPython does: one helper each, so that a bundle ships only those it calls.
MATH_FUNCTIONS: dict[str, ModuleFunction] = {
    **{name: _math(FLOAT, "x") for name in _ONE_FLOAT},
    **{name: _math(FLOAT, "x", "y") for name in _TWO_FLOATS},
    "log": _math(FLOAT, "x", "base", required=1),
    "hypot": _math_varargs(FLOAT, "coordinates"),
    **{name: _math(INT, "x") for name in ["floor", "ceil", "trunc", "isqrt"]},
    "factorial": _math(INT, "n"),
    "comb": _math(INT, "n", "k"),
    "perm": _math(INT, "n", "k", required=1),
    "lcm": _math_varargs(INT, "integers"),
    "dist": _math(FLOAT, "p", "q"),
    "gcd": _math_varargs(INT, "integers"),
    **{name: _math(BOOL, "x") for name in ["isnan", "isinf", "isfinite"]},
    "isclose": ModuleFunction(
        BOOL, Signature(("a", "b"), required=2, kwonly=("rel_tol", "abs_tol"))
    ),
    "fsum": _math(FLOAT, "seq"),
    # prod([1.5, 2]) is 3.0: a product of Dash's numbers may be an integral float.
    "prod": ModuleFunction(
        t.ANYF,
        Signature(("iterable",), 1, 1, kwonly=("start",)),
        call_result=_product_result,
    ),
}

JSON_FUNCTIONS = {
    "dumps": ModuleFunction(
        STR,
        helper="py_json_dumps",
        sig=Signature(
            ("obj",),
            required=1,
            kwonly=("indent", "sort_keys", "separators", "ensure_ascii"),
        ),
    ),
    # "2.0" parses to a float in Python and to 2 in JS: what it gives cannot be printed
    # as Python would (unlike Dash's data, whose integral numbers are ints on both ends).
    "loads": ModuleFunction(t.ANYF, helper="py_json_loads"),
}

# Keywords CPython's functions take that the translation does not: refused where they
# stand, not left to raise an unexpected-keyword TypeError in the browser.
UNSUPPORTED_KEYWORDS = {
    ("json", "dumps"): frozenset(
        {"skipkeys", "check_circular", "allow_nan", "cls", "default"}
    ),
    ("json", "loads"): frozenset(
        {"cls", "object_hook", "parse_float", "parse_int", "parse_constant"}
        | {"object_pairs_hook"}
    ),
}

# Browser globals reached through `js.<name>` are printed bare where the name is one a
# Python local can never take (locals with these names are renamed), else via globalThis.
SAFE_GLOBALS = RESERVED


def module_attr(fx, node: ast.Attribute, module: str) -> js.Expr:
    loc = loc_of(node)
    if module == "js":
        return js_global(node.attr, loc)
    if module == "math":
        if node.attr in MATH_CONSTANTS:
            return MATH_CONSTANTS[node.attr]
        if node.attr in MATH_FUNCTIONS:
            return module_function_value(fx, node, "math", node.attr)
    if module == "json" and node.attr in JSON_FUNCTIONS:
        return module_function_value(fx, node, "json", node.attr)
    fx.report(
        "CP116",
        node,
        attr=node.attr,
        type=f"the {module} module",
        hint="see the README for the supported functions",
    )
    return js.Literal("undefined", loc=loc)


def js_global(name: str, loc=None) -> js.Expr:
    if name in SAFE_GLOBALS:
        return js.Name(name, loc=loc)
    return js.Member(js.Name("globalThis"), name, loc=loc)


def module_function_value(fx, node, module: str, name: str) -> js.Expr:
    table = MATH_FUNCTIONS if module == "math" else JSON_FUNCTIONS
    entry = table.get(name)
    if entry is None:
        fx.report(
            "CP116",
            node,
            attr=name,
            type=f"the {module} module",
            hint="see the README for the supported functions",
        )
        return js.Literal("undefined", loc=loc_of(node))
    from .function_values import note_value_result
    from .lambda_args import item_types

    items = item_types(fx, node)
    if items is None:  # it may be called through a value
        note_value_result(fx.unit, entry.result)
    # Called through a value, json.dumps is not told which numbers are floats
    # (call_module_function does that for a call): it would write 2.0 as 2.
    if (
        (module, name) == ("json", "dumps")
        and not _called(fx, node)
        and (items is None or any(t.may_hold_float(item) for item in items))
    ):
        fx.report("CP122", node, name="json.dumps", hint=_DUMPS_HINT)
    if module == "math":
        return js.Name(fx.unit.helper(f"py_math_{name}").id, loc=loc_of(node))
    return fx.unit.helper(entry.helper)


_DUMPS_HINT = (
    "call it where it is used (`lambda r: json.dumps(r)`): as a value it cannot tell "
    "the float 2.0 it may be given from the int 2"
)


def _called(fx, node) -> bool:
    """`node` is the function of a call (`json.dumps(x)`), not a value."""
    from .lambda_args import parent_of

    call = parent_of(fx, node)
    return isinstance(call, ast.Call) and call.func is node


def module_function_signature(module: str, name: str) -> Signature | None:
    table = MATH_FUNCTIONS if module == "math" else JSON_FUNCTIONS
    entry = table.get(name)
    return entry.sig if entry else None


def module_function_result(module: str, name: str) -> T:
    table = MATH_FUNCTIONS if module == "math" else JSON_FUNCTIONS
    entry = table.get(name)
    return entry.result if entry else ANY


def module_call_result(fx, node, module: str, name: str) -> T:
    """What the call `node` of `module.name` gives: its entry's `call_result` where it
    has one, else the table's type."""
    table = MATH_FUNCTIONS if module == "math" else JSON_FUNCTIONS
    entry = table.get(name)
    if entry is not None and entry.call_result is not None:
        return entry.call_result(fx, node)
    return module_function_result(module, name)
