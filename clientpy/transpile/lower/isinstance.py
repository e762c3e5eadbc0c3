"""`isinstance(x, T)`: inline `typeof` tests for the common types, a helper otherwise."""

from __future__ import annotations

import ast

from .. import jstree as js
from .annotation_types import type_guarded
from .core import is_array, once, type_of, typeof_is
from .known import known
from .registry import loc_of

TYPE_TOKENS = {"int", "float", "str", "bool", "list", "tuple", "dict", "set", "object"}


def _token(fx, node) -> js.Expr | None:
    if isinstance(node, ast.Constant) and node.value is None:
        return js.Str("NoneType")
    if isinstance(node, ast.Attribute):  # `json.JSONDecodeError`
        found, value = fx.dotted_value(node)
        k = known(value) if found else None
        if k is not None and k.kind == "exception":
            from .core import expr

            return expr(fx, node)
        return None
    if not isinstance(node, ast.Name) or fx.lookup_local(node.id) is not None:
        return None
    found, value = fx.lookup_global(node.id)
    if not found:
        return None
    k = known(value)
    if k is not None and k.kind == "builtin" and k.name in TYPE_TOKENS:
        return js.Str(k.name)
    if value is type(None):
        return js.Str("NoneType")
    from .core import expr

    if isinstance(value, type) and issubclass(value, BaseException):
        return expr(fx, node)
    return None


# static kind -> the type tokens a value of that kind is an instance of
EXACT = {
    "int": {"int", "object"},
    "bool": {"bool", "int", "object"},
    "float": {"float", "object"},
    "str": {"str", "object"},
    "list": {"list", "object"},
    "tuple": {"tuple", "object"},
    "tuplen": {"tuple", "object"},
    "set": {"set", "object"},
    "dict": {"dict", "object"},
    "none": {"NoneType", "object"},
}


def _static_answer(typ, tokens) -> bool | None:
    """isinstance of a value whose type is known exactly: answered at build time."""
    if typ.kind not in EXACT or not all(isinstance(tok, js.Str) for tok in tokens):
        return None
    return any(tok.value in EXACT[typ.kind] for tok in tokens)


def _tells_int_from_float(tokens) -> bool:
    """Naming int or float, but not both: the answer differs for 2 and 2.0."""
    names = {tok.value for tok in tokens if isinstance(tok, js.Str)}
    return len(names & {"int", "float"}) == 1


def _guards_entry(fx, node: ast.Call) -> bool:
    """`if not isinstance(x, int): return` before anything else: the parameter is
    typed by its annotation past it, but the test itself sees whatever came."""
    return any(call is node for call in type_guarded(fx.node).values())


def isinstance_test(fx, node: ast.Call, subject: js.Expr) -> js.Expr:
    classinfo = node.args[1]
    items = classinfo.elts if isinstance(classinfo, ast.Tuple) else [classinfo]
    tokens = [_token(fx, item) for item in items]
    if any(token is None for token in tokens):
        fx.report(
            "CP121",
            classinfo,
            detail="isinstance() needs builtin types or exception classes",
            hint="use int, float, str, bool, list, tuple, dict, set, or an Exception class",
        )
        return js.Literal("false")
    loc = loc_of(node)
    static = _static_answer(type_of(fx, node.args[0]), tokens)
    if static is not None and not _guards_entry(fx, node):
        return js.Sequence((subject, js.boolean(static)), loc=loc)
    if type_of(fx, node.args[0]).kind in ("num", "anyf") and _tells_int_from_float(
        tokens
    ):
        # At run time an integral float made by the code (`[1.0, "a"]`) is a JS integer.
        fx.report("CP115", node.args[0], name=ast.unparse(node.args[0]))
    inline = _inline_test(fx, subject, tokens, loc)
    if inline is not None:
        return inline
    arg = tokens[0] if len(tokens) == 1 else js.Array(tuple(tokens))
    return fx.unit.call("py_isinstance", subject, arg, loc=loc)


def _is_array(value: js.Expr, frozen: bool) -> js.Expr:
    """A list (an array not frozen) or a tuple (a frozen one)."""
    is_frozen = js.Call(js.Member(js.Name("Object"), "isFrozen"), (value,))
    test = is_frozen if frozen else js.Unary("!", is_frozen)
    return js.Binary("&&", is_array(value), test)


# type token -> the JS test of a value (read as often as the test needs) for it, as
# py_isinstance makes it; int and float each need py_is_int (2 against 2.5).
_TESTS = {
    "str": lambda unit, v: typeof_is(v, "string"),
    "bool": lambda unit, v: typeof_is(v, "boolean"),
    "number": lambda unit, v: js.Binary(
        "||", typeof_is(v, "number"), typeof_is(v, "boolean")
    ),
    "array": lambda unit, v: is_array(v),
    "list": lambda unit, v: _is_array(v, frozen=False),
    "tuple": lambda unit, v: _is_array(v, frozen=True),
    "dict": lambda unit, v: js.Binary(
        "||", js.Binary("instanceof", v, js.Name("Map")), unit.call("py_is_plain", v)
    ),
    "set": lambda unit, v: js.Binary("instanceof", v, js.Name("Set")),
    "NoneType": lambda unit, v: js.Binary("==", v, js.Literal("null")),
}


# Two tokens that together are one test: any number or bool, any array.
_EITHER = {frozenset({"int", "float"}): "number", frozenset({"list", "tuple"}): "array"}


def _inline_test(fx, subject: js.Expr, tokens, loc) -> js.Expr | None:
    """isinstance against type tokens as the JS tests they stand for (`typeof x ===
    "number" || typeof x === "boolean"` for `(int, float)`), or None where one of
    them has none (a class, int or float alone, object)."""
    if not all(isinstance(token, js.Str) for token in tokens):
        return None
    names = {token.value for token in tokens}
    for pair, either in _EITHER.items():
        if pair <= names:
            names = (names - pair) | {either}
    if not names <= _TESTS.keys():
        return None
    first, value = once(fx, subject)
    tests = [_TESTS[name](fx.unit, value) for name in sorted(names)]
    test = tests[0]
    for other in tests[1:]:
        test = js.Binary("||", test, other)
    if first is not value:
        return js.Sequence((first, test), loc=loc)
    return js.replace(test, loc=loc)
