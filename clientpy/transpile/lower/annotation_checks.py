"""Annotations are checked where the compiler takes them at their word.

CPython does not check annotations, and clientpy compiles to them: `x: float` makes
`x * 2` a plain JS product, which for None gives 0 where CPython raises TypeError. So a
parameter (or an annotated assignment) whose annotation the code relies on is tested
when its value arrives, and a value the annotation does not describe raises
py_AnnotationError: loud where the compiled code would otherwise go on computing
something CPython never would. No `except` clause catches it, since it is not one of
CPython's exceptions (py_exc_matches.js).

A parameter whose type comes from its callers (a helper's version, a Dash counter) is
not tested: that type is the compiler's own knowledge, not the author's word.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..types import T, is_open
from .annotation_types import none_guarded, taken_annotation, type_guarded
from .core import expr, is_array, type_of, typeof_is
from .registry import loc_of


# The test of a value against each scalar annotation, as the compiled code relies on it
# (a bool is not an int here: `str(True)` prints "True"; nor is a number from 1e21 on,
# which Dash's JSON gives Python as a float: py_is_int).
def _is_integer(value: js.Expr) -> js.Expr:
    integral = js.Call(js.Member(js.Name("Number"), "isInteger"), (value,))
    below = js.Binary(
        "<", js.Call(js.Member(js.Name("Math"), "abs"), (value,)), js.Num(1e21)
    )
    return js.Binary("&&", integral, below)


_SCALAR_TESTS = {
    "int": _is_integer,
    "num": lambda v: typeof_is(v, "number"),
    "dnum": lambda v: typeof_is(v, "number"),
    "float": lambda v: typeof_is(v, "number"),
    "str": lambda v: typeof_is(v, "string"),
    "bool": lambda v: typeof_is(v, "boolean"),
    "none": lambda v: js.Binary("==", v, js.Literal("null")),
    # `int | None`: what `v or 0`, `if v is not None` narrow it to is taken for an int
    # (a plain JS sum; printed as an int), so a str or a number with a fraction (`2.5`
    # from an Input) breaks it: `"x" or 0` + 1 would be "x1" where CPython raises.
    "optint": lambda v: js.Binary(
        "||", js.Binary("==", v, js.Literal("null")), _is_integer(v)
    ),
}


def parameter_checks(fx) -> list[js.Stmt]:
    """The checks on entry of every parameter typed by its annotation alone."""
    out: list[js.Stmt] = []
    if not fx.annotated_params:
        return out
    packed = {a.arg for a in (fx.node.args.vararg, fx.node.args.kwarg) if a}
    returns_on_none = none_guarded(fx.node)
    returns_unless = type_guarded(fx.node)
    for name, (typ, annotation) in fx.annotated_params.items():
        if _not_relied_on(fx.env.get(name, typ), typ):
            continue  # rebound to other types (`x = str(x)`): the code relies on none
        value = js.Name(fx.js_name_of(name))
        fail = _Fail(fx, name, annotation)
        if name in packed:  # the call built the tuple or dict: only its items are open
            out.extend(_item_checks(value, typ, fail, 0))
        elif name in returns_unless:  # what is not of the tested class leaves first
            instance = expr(fx, returns_unless[name])
            out.extend(_only_if(instance, _checks(value, typ, fail)))
        elif name in returns_on_none:  # None leaves before the code relies on it
            out.extend(_unless_none(value, _checks(value, typ, fail)))
        else:
            out.extend(_checks(value, typ, fail))
    return out


def _unless_none(value: js.Expr, checks: list[js.Stmt]) -> list[js.Stmt]:
    return _only_if(js.Binary("!=", value, js.Literal("null")), checks)


def _only_if(present: js.Expr, checks: list[js.Stmt]) -> list[js.Stmt]:
    if len(checks) == 1 and isinstance(checks[0], js.If):  # a scalar's one test
        (check,) = checks
        return [js.If(js.Binary("&&", present, check.test), check.body)]
    return [js.If(present, tuple(checks))] if checks else []


def assignment_checks(fx, node: ast.AnnAssign) -> list[js.Stmt]:
    """`label: str = row["label"]`: the value is tested once it is stored, where the
    annotation says more than the value's own type (inference.py's `_annotated`)."""
    if not isinstance(node.target, ast.Name) or node.value is None:
        return []
    declared = taken_annotation(fx, node)
    if declared is None or declared == type_of(fx, node.value):
        return []  # the value's own type, which needs no check
    if _not_relied_on(fx.env.get(node.target.id, declared), declared):
        return []  # also bound to other types: the code relies on none
    value = js.Name(fx.js_name_of(node.target.id))
    return _checks(value, declared, _Fail(fx, node.target.id, node.annotation))


def _not_relied_on(typ: T, declared: T) -> bool:
    """The name's type is open: the compiled code takes nothing from the annotation
    (except `int | None` itself, which it prints as an int)."""
    return is_open(typ) and not (typ.kind == "optint" and declared.kind == "optint")


class _Fail:
    """`py_annotation_error(function, name, annotation, value, is_item)`: raises."""

    def __init__(self, fx, name: str, annotation) -> None:
        self.fx = fx
        self.head = (
            js.Str(fx.qualname),
            js.Str(name),
            js.Str(ast.unparse(annotation)),
        )
        # The source map sends the error to the annotation (the traceback's line).
        self.loc = loc_of(annotation)

    def call(self, value: js.Expr, is_item: bool) -> js.Stmt:
        flag = js.Literal("true" if is_item else "false")
        args = (*self.head, value, flag)
        raised = self.fx.unit.call("py_annotation_error", *args, loc=self.loc)
        return js.ExprStmt(raised, loc=self.loc)


def _checks(value: js.Expr, typ: T, fail: _Fail, depth=0) -> list[js.Stmt]:
    test = _shape_test(value, typ)
    if test is None:
        return []
    failed = _negated(test)
    return [js.If(failed, (fail.call(value, depth > 0),))] + _item_checks(
        value, typ, fail, depth
    )


def _item_checks(value: js.Expr, typ: T, fail: _Fail, depth: int) -> list[js.Stmt]:
    if typ.kind not in ("list", "tuple", "dict"):
        return []
    # Loop variables are declared by their loop: a nested loop takes the next names.
    item = js.Name(f"$item{depth + 1}")
    inner = tuple(_checks(item, typ.args[-1], fail, depth + 1))
    if not inner:
        return []
    if typ.kind == "dict":  # a **kwargs Map
        values = js.Call(js.Member(value, "values"), ())
        return [js.ForOf(item, values, inner, declare="const")]
    # An indexed loop: V8 runs a for-of in a function's first lines several times
    # slower, and a list annotated `list[float]` may hold a whole figure's points.
    index = js.Name(f"$index{depth + 1}")
    start = js.VarDecl("let", ((index.id, js.Num(0)),))
    more = js.Binary("<", index, js.Member(value, "length"))
    read = js.VarDecl("const", ((item.id, js.Index(value, index)),))
    loop = js.For(start, more, js.Update("++", index), (read, *inner))
    return [loop]


_NEGATED = {"===": "!==", "==": "!="}


def _negated(test: js.Expr) -> js.Expr:
    if isinstance(test, js.Binary) and test.op in _NEGATED:
        return js.Binary(_NEGATED[test.op], test.left, test.right)
    return js.Unary("!", test)


def _shape_test(value: js.Expr, typ: T) -> js.Expr | None:
    """The test of the value itself (not its items); None where any value will do."""
    scalar = _SCALAR_TESTS.get(typ.kind)
    if scalar is not None:
        return scalar(value)
    frozen = js.Call(js.Member(js.Name("Object"), "isFrozen"), (value,))
    if typ.kind == "list":
        return js.Binary("&&", is_array(value), js.Unary("!", frozen))
    if typ.kind == "tuple":
        return js.Binary("&&", is_array(value), frozen)
    return None  # (a **kwargs dict is the Map the call built: only its items are open)
