"""`type(x)` where Python code tests or names a value's class: `type(x) is list`,
`type(x) in (int, float)`, `type(e).__name__` (also through `x.__class__`).

type() itself gives a class object, which has no counterpart in the browser: a bare
`type(x)` stays refused (globals.REFUSED_BUILTINS). Compared with builtin types or
exception classes, or asked its `__name__`, it is exact: a bool is no int, a KeyError
no LookupError. Only an integral float the code made cannot be told from an int, so
where a value may be one and the test tells int from float it is refused (CP115).
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .core import expr, type_of
from .isinstance import _tells_int_from_float, _token
from .known import builtin_call
from .registry import loc_of

# static kind -> the name of its exact class
_EXACT = {
    "int": "int",
    "bool": "bool",
    "float": "float",
    "str": "str",
    "list": "list",
    "tuple": "tuple",
    "tuplen": "tuple",
    "set": "set",
    "dict": "dict",
    "mapping": "dict",  # a dict kept as a plain object (plain_dicts.py, records.py)
    "none": "NoneType",
}
# Kinds whose class in CPython is none the browser can name (function, map, dict_keys,
# coroutine, a JS object, a Patch).
_NAMELESS = frozenset({"func", "iter", "view", "coro", "foreign", "patch"})


def type_subject(fx, node) -> ast.expr | None:
    """x, when `node` is `type(x)` or `x.__class__`."""
    if isinstance(node, ast.Attribute) and node.attr == "__class__":
        return node.value
    if builtin_call(fx, node, "type") and len(node.args) == 1:
        return node.args[0]
    return None


def named_type(fx, node: ast.Attribute) -> ast.expr | None:
    """x, when `node` is `type(x).__name__` (or `x.__class__.__name__`)."""
    return type_subject(fx, node.value) if node.attr == "__name__" else None


def type_name(fx, node: ast.Attribute) -> js.Expr | None:
    subject = named_type(fx, node)
    if subject is None:
        return None
    loc = loc_of(node)
    kind = type_of(fx, subject).kind
    value = expr(fx, subject)
    if kind == "exc":
        return fx.unit.call("py_exc_name", value, loc=loc)
    if kind in _EXACT:
        return js.Sequence((value, js.Str(_EXACT[kind])), loc=loc)
    if not _nameable(fx, subject, kind, tells_int_from_float=True):
        return js.Str("")
    return fx.unit.call("py_type_name", value, loc=loc)


def type_comparison(fx, node: ast.Compare) -> js.Expr | None:
    """`type(x) is T`, `==`, `is not`, `!=`, and `type(x) in (T1, T2)`."""
    if len(node.ops) != 1:
        return None
    op, right = node.ops[0], node.comparators[0]
    subject, classes = type_subject(fx, node.left), right
    if subject is None and isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)):
        subject, classes = type_subject(fx, right), node.left
    if subject is None:
        return None
    negate = isinstance(op, (ast.IsNot, ast.NotEq, ast.NotIn))
    if isinstance(op, (ast.In, ast.NotIn)):
        if not isinstance(classes, (ast.Tuple, ast.List, ast.Set)):
            return None
        items = list(classes.elts)
    else:
        items = [classes]
    tokens = [_class_token(fx, item) for item in items]
    if any(token is None for token in tokens):
        return None  # `type(x) == type(y)` and the like: refused as type() is
    found = _is_one_of(fx, node, subject, tokens)
    return js.Unary("!", found, loc=loc_of(node)) if negate else found


def _class_token(fx, node) -> js.Expr | None:
    inner = type_subject(fx, node)
    if isinstance(inner, ast.Constant) and inner.value is None:
        return js.Str("NoneType")  # `type(None)`
    token = _token(fx, node)
    if isinstance(token, js.Str) and token.value == "object":
        return None  # no value's class is object itself
    return token


def _is_one_of(fx, node, subject, tokens) -> js.Expr:
    loc = loc_of(node)
    kind = type_of(fx, subject).kind
    value = expr(fx, subject)
    if kind in _EXACT and all(isinstance(tok, js.Str) for tok in tokens):
        answer = any(tok.value == _EXACT[kind] for tok in tokens)
        return js.Sequence((value, js.boolean(answer)), loc=loc)
    if not _nameable(fx, subject, kind, _tells_int_from_float(tokens)):
        return js.Literal("false")
    return fx.unit.call("py_type_is", value, js.Array(tuple(tokens)), loc=loc)


def _nameable(fx, subject, kind: str, tells_int_from_float: bool) -> bool:
    if kind in ("num", "anyf") and tells_int_from_float:
        # At run time an integral float made by the code (`[1.0, "a"]`) is a JS integer.
        fx.report("CP115", subject, name=ast.unparse(subject))
        return False
    named = isinstance(subject, ast.Name) and fx.known_name(subject) is not None
    if kind in _NAMELESS or named:  # `type(len)`: a builtin, a module, a class
        fx.report(
            "CP112",
            subject,
            name="type",
            hint="the browser has no such class for this value; use isinstance(x, T)",
        )
        return False
    return True
