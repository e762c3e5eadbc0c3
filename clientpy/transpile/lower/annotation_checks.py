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
from ..scope import kept_for_tree, walk
from ..types import NONE, T, from_annotation, int_unsure, is_open, join
from .core import type_of, typeof_is
from .registry import loc_of

# The test of a value against each scalar annotation, as the compiled code relies on it
# (a bool is not an int here: `str(True)` prints "True").
_SCALAR_TESTS = {
    "int": lambda v: js.Call(js.Member(js.Name("Number"), "isInteger"), (v,)),
    "num": lambda v: typeof_is(v, "number"),
    "float": lambda v: typeof_is(v, "number"),
    "str": lambda v: typeof_is(v, "string"),
    "bool": lambda v: typeof_is(v, "boolean"),
    "none": lambda v: js.Binary("==", v, js.Literal("null")),
    # `int | None`: open to operators (None raises there as in CPython), but printed as
    # an int, so a number with a fraction (`2.5` from an Input) breaks it.
    "optint": lambda v: js.Binary(
        "||",
        js.Unary("!", typeof_is(v, "number")),
        js.Call(js.Member(js.Name("Number"), "isInteger"), (v,)),
    ),
}


def parameter_checks(fx) -> list[js.Stmt]:
    """The checks on entry of every parameter typed by its annotation alone."""
    out: list[js.Stmt] = []
    packed = {a.arg for a in (fx.node.args.vararg, fx.node.args.kwarg) if a}
    returns_on_none = none_guarded(fx.node)
    for name, (typ, annotation) in fx.annotated_params.items():
        if _not_relied_on(fx.env.get(name, typ), typ):
            continue  # rebound to other types (`x = str(x)`): the code relies on none
        value = js.Name(fx.js_name_of(name))
        fail = _Fail(fx, name, annotation)
        if name in packed:  # the call built the tuple or dict: only its items are open
            out.extend(_item_checks(value, typ, fail, 0))
        elif name in returns_on_none:  # None leaves before the code relies on it
            out.extend(_unless_none(value, _checks(value, typ, fail)))
        else:
            out.extend(_checks(value, typ, fail))
    return out


def _unless_none(value: js.Expr, checks: list[js.Stmt]) -> list[js.Stmt]:
    present = js.Binary("!=", value, js.Literal("null"))
    if len(checks) == 1 and isinstance(checks[0], js.If):  # a scalar's one test
        (check,) = checks
        return [js.If(js.Binary("&&", present, check.test), check.body)]
    return [js.If(present, tuple(checks))] if checks else []


def annotated_type(fx, name: str, annotation, parameter=False) -> T:
    """What the compiled code takes `name: annotation` to hold: the annotation's type,
    or that or None where the function guards the name against None. A parameter
    whose None returns at once (`if x is None: return no_update`, none_guarded) keeps
    the annotation: past that line it holds what the annotation says."""
    typ = from_annotation(annotation)
    if annotation is None or (parameter and name in none_guarded(fx.node)):
        return typ
    if name in _guarded(fx.node, typ.kind == "str"):
        return join(typ, NONE)
    return typ


def none_guarded(node) -> frozenset[str]:
    """Parameters the function's first statements return or raise on when None
    (`if x is None: return no_update`, `if a is None or b is None: raise
    PreventUpdate`), never rebound, and not read in those statements: every other
    read sees a value that is not None."""
    return kept_for_tree(_RETURNS_ON_NONE, node, lambda: _none_guarded(node))


_RETURNS_ON_NONE: dict = {}


def _none_guarded(node) -> frozenset[str]:
    if isinstance(node, ast.Lambda):
        return frozenset()
    body = node.body
    if body and _is_docstring(body[0]):
        body = body[1:]
    found: set[str] = set()
    for stmt in body:
        names = _leaving_on_none(stmt)
        if not names:
            break
        found |= names
    rebound = {
        sub.id
        for sub in walk(node)
        if isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load)
    }
    for sub in walk(node):
        if isinstance(sub, (ast.Nonlocal, ast.Global)):
            rebound.update(sub.names)
    params = {a.arg for a in (*node.args.posonlyargs, *node.args.args)}
    params |= {a.arg for a in node.args.kwonlyargs}
    return frozenset(found & params - rebound)


def _leaving_on_none(stmt) -> set[str]:
    """The names `if <x is None [or y is None ...]>: ... return/raise` tests, when the
    body leaves the function and reads none of them."""
    if not isinstance(stmt, ast.If) or stmt.orelse or not stmt.body:
        return set()
    if not isinstance(stmt.body[-1], (ast.Return, ast.Raise)):
        return set()
    tests = stmt.test.values if _is_or(stmt.test) else [stmt.test]
    names = set()
    for test in tests:
        if not (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Is)
            and isinstance(test.left, ast.Name)
            and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value is None
        ):
            return set()
        names.add(test.left.id)
    read = {
        sub.id for part in stmt.body for sub in walk(part) if isinstance(sub, ast.Name)
    }
    return set() if names & read else names


def _is_or(test) -> bool:
    return isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or)


def _is_docstring(stmt) -> bool:
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def _guarded(node, truth_too: bool) -> frozenset[str]:
    """Names the function compares with None (`x is None`, `x != None`) or tests with
    isinstance(), and where
    `truth_too`, tests for truth (`if not name:`, `name or ""`): the guards callbacks
    put before a value Dash sends as None (an empty input gives None or ""), and
    comparisons with a str (`value == "a"`, `value in OPTIONS`). A test
    for truth of a number or a list is a test for zero or empty, and keeps its type."""
    compared, tested = kept_for_tree(_GUARDED, node, lambda: _guards(node))
    return compared | tested if truth_too else compared


_GUARDED: dict = {}


def _guards(node) -> tuple[frozenset[str], frozenset[str]]:
    compared: set[str] = set()
    tested: set[str] = set()
    # (a lambda's or nested function's `x is None` guards the name it reads too)
    for sub in walk(node):
        if isinstance(sub, ast.Compare):
            operands = [sub.left, *sub.comparators]
            for op, left, right in zip(sub.ops, operands, operands[1:]):
                if isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)):
                    compared.update(_none_tested(left, right))
                    compared.update(_none_tested(right, left))
                if isinstance(op, (ast.Eq, ast.NotEq)):
                    tested.update(_text_compared(left, right))
                    tested.update(_text_compared(right, left))
                elif isinstance(op, (ast.In, ast.NotIn)):
                    tested.update(_names([left]))
        elif _is_type_test(sub):
            # `if not isinstance(value, int): return no_update`, before anything is set
            compared.add(sub.args[0].id)
        else:
            tested.update(_names(_truth_tested(sub)))
    return frozenset(compared), frozenset(tested)


def _is_type_test(sub) -> bool:
    return (
        isinstance(sub, ast.Call)
        and isinstance(sub.func, ast.Name)
        and sub.func.id == "isinstance"
        and len(sub.args) == 2
        and isinstance(sub.args[0], ast.Name)
    )


def _none_tested(side, other) -> list[str]:
    none = isinstance(other, ast.Constant) and other.value is None
    return [side.id] if none and isinstance(side, ast.Name) else []


def _text_compared(side, other) -> list[str]:
    """`value == "a"`, `value in ("a", "b")`: a dropdown's test, which Dash runs on None
    before anything is chosen (CPython gives False, as JS does)."""
    text = isinstance(other, ast.Constant) and isinstance(other.value, str)
    return [side.id] if text and isinstance(side, ast.Name) else []


def _truth_tested(sub) -> list:
    if isinstance(sub, (ast.If, ast.While, ast.IfExp, ast.Assert)):
        return [sub.test]
    if isinstance(sub, ast.UnaryOp) and isinstance(sub.op, ast.Not):
        return [sub.operand]
    if isinstance(sub, ast.BoolOp):
        return sub.values
    return []


def _names(nodes) -> list[str]:
    return [n.id for n in nodes if isinstance(n, ast.Name)]


def assignment_checks(fx, node: ast.AnnAssign) -> list[js.Stmt]:
    """`label: str = row["label"]`: the value is tested once it is stored, where the
    annotation says more than the value's own type (inference.py's `_annotated`)."""
    if not isinstance(node.target, ast.Name) or node.value is None:
        return []
    declared = annotated_type(fx, node.target.id, node.annotation)
    value_t = type_of(fx, node.value)
    if declared.kind in ("any", "num") or declared == value_t:
        return []
    if int_unsure(declared, value_t):
        return []  # not taken: the value keeps its own type
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
        return js.Binary("&&", _is_array(value), js.Unary("!", frozen))
    if typ.kind == "tuple":
        return js.Binary("&&", _is_array(value), frozen)
    if typ.kind == "dict":  # a **kwargs dict: always the Map the call built
        return js.Binary("instanceof", value, js.Name("Map"))
    return None


def _is_array(value: js.Expr) -> js.Expr:
    return js.Call(js.Member(js.Name("Array"), "isArray"), (value,))
