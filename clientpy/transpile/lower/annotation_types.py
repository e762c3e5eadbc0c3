"""What the compiled code takes an annotation to mean.

An annotation is the author's word for a type the compiler cannot see, and the
compiled code relies on it (annotation_checks.py tests it on entry). Where the code
itself says the name may be None, the annotation is widened rather than checked: a
callback that tests `if x is None:` or `if not name:` guards a value Dash sends as
None, and CPython runs it. A None that returns at once keeps the annotation past it.
"""

from __future__ import annotations

import ast

from ..scope import TreeFact, function_scope, kept_for_tree, walk
from ..types import (
    ANY,
    DASH_SIMPLE,
    INT,
    NONE,
    T,
    from_annotation,
    int_unsure,
    join,
    without_none,
)
from .core import type_of
from .narrowing import rebinds


def annotated_type(fx, name: str, annotation, parameter=False, dash=False) -> T:
    """What the compiled code takes `name: annotation` to hold: the annotation's type,
    or that or None where the function guards the name against None. A parameter
    whose None returns at once (`if x is None: return no_update`, none_guarded), or
    any value not of a class (`if not isinstance(x, int): return`, type_guarded), keeps
    the annotation: past that line it holds what the annotation says. `dash`: a
    parameter of the function Dash calls, whose numbers are Dash's (DASH_SIMPLE)."""
    simple = DASH_SIMPLE if dash else None
    typ = from_annotation(annotation, simple)
    if annotation is None:
        return typ
    if parameter and name in none_guarded(fx.node):
        # past the guard it is not None: `n: int | None` is an int there, `xs:
        # list[int] | None` a list of ints (the check lets None through)
        if typ.kind == "optint":
            return INT
        rest = without_none(annotation)
        return typ if rest is None else from_annotation(rest, simple)
    if parameter and name in type_guarded(fx.node):
        return typ
    if name in _type_tested(fx.node):
        # isinstance(x, int) tested past the first statements: the code tests what it
        # got, so anything may come: open (narrowed where tested), not int or None.
        return ANY
    if name in _guarded(fx.node, typ.kind == "str"):
        return join(typ, NONE)
    return typ


def taken_annotation(fx, node: ast.AnnAssign) -> T | None:
    """The type `target: annotation = value` gives its target where the compiled code
    takes the annotation over the value's own type (`label: str = row["label"]`);
    None where the annotation adds nothing (`float`, an unknown form) or would claim an
    int of a value that may be a float, and the value keeps its own type."""
    if isinstance(node.target, ast.Name):
        declared = annotated_type(fx, node.target.id, node.annotation)
    else:
        declared = from_annotation(node.annotation)
    if declared.kind in ("any", "num"):
        return None
    return None if int_unsure(declared, type_of(fx, node.value)) else declared


def none_guarded(node) -> frozenset[str]:
    """Parameters the function's first statements return or raise on when None
    (`if x is None: return no_update`, `if a is None or b is None: raise
    PreventUpdate`), never rebound, and not read in those statements: every other
    read sees a value that is not None."""
    return _leading_guards(node)[0]


def type_guarded(node) -> dict[str, ast.Call]:
    """Parameters the function's first statements return or raise on when they are
    not of a class (`if not isinstance(x, int): return no_update`), as
    `none_guarded`: name -> that isinstance() call. Every other read sees an
    instance."""
    return _leading_guards(node)[1]


def _leading_guards(node) -> tuple[frozenset[str], dict[str, ast.Call]]:
    return kept_for_tree(_RETURNS_ON_NONE, node, lambda: _find_leading_guards(node))


_RETURNS_ON_NONE = TreeFact("returns on none")


def _find_leading_guards(node) -> tuple[frozenset[str], dict[str, ast.Call]]:
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return frozenset(), {}  # a lambda or a comprehension
    body = node.body
    if body and _is_docstring(body[0]):
        body = body[1:]
    nones: set[str] = set()
    classes: dict[str, ast.Call] = {}
    for stmt in body:
        found = _leaving_guards(stmt)
        if found is None:
            break
        nones |= found[0]
        for name, call in found[1].items():
            classes.setdefault(name, call)
    params = set(function_scope(node).params) & (nones | set(classes))
    kept = {name for name in params if not rebinds(node.body, name)}
    return frozenset(nones & kept), {k: v for k, v in classes.items() if k in kept}


def _leaving_guards(stmt) -> tuple[set[str], dict[str, ast.Call]] | None:
    """The names `if <x is None [or not isinstance(y, C) ...]>: ... return/raise`
    tests (those compared with None; those tested by class, with the call), when the
    body leaves the function and reads none of them; None for any other statement."""
    if not isinstance(stmt, ast.If) or stmt.orelse or not stmt.body:
        return None
    if not isinstance(stmt.body[-1], (ast.Return, ast.Raise)):
        return None
    tests = stmt.test.values if _is_or(stmt.test) else [stmt.test]
    nones: set[str] = set()
    classes: dict[str, ast.Call] = {}
    for test in tests:
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            if not _is_type_test(test.operand):
                return None
            classes.setdefault(test.operand.args[0].id, test.operand)
            continue
        tested = (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Is)
            and _none_tested(test.left, test.comparators[0])
        )
        if not tested:
            return None
        nones.update(tested)
    read = {
        sub.id for part in stmt.body for sub in walk(part) if isinstance(sub, ast.Name)
    }
    if (nones | set(classes)) & read:
        return None
    return nones, classes


def _is_or(test) -> bool:
    return isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or)


def _is_docstring(stmt) -> bool:
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def _guarded(node, truth_too: bool) -> frozenset[str]:
    """Names the function compares with None (`x is None`, `x != None`); and where
    `truth_too`, names it tests for truth (`if not name:`,
    `name or ""`) or compares with a str (`value == "a"`, `value in OPTIONS`). These
    are the guards callbacks put before a value Dash sends as None (an empty input
    gives None or ""). A test for truth of a number or a list is a test for zero or
    empty, and keeps its type."""
    compared, tested, _ = kept_for_tree(_GUARDED, node, lambda: _guards(node))
    return compared | tested if truth_too else compared


def _type_tested(node) -> frozenset[str]:
    """Names the function tests with isinstance()."""
    return kept_for_tree(_GUARDED, node, lambda: _guards(node))[2]


_GUARDED = TreeFact("guarded")


def _guards(node) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    compared: set[str] = set()
    tested: set[str] = set()
    typed: set[str] = set()
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
            typed.add(sub.args[0].id)
        else:
            tested.update(_names(_truth_tested(sub)))
    return frozenset(compared), frozenset(tested), frozenset(typed)


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
