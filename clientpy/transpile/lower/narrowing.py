"""`if isinstance(x, T):` — inside the branch, x is known to be a T; and where an `if`
shows a local is not None, it holds what the function binds to it besides None.

Types are otherwise flow-insensitive; these narrowings are what JSON-walking callbacks
(`if isinstance(node, dict): for k, v in node.items(): ...`) and loops carrying the
previous item (`prev = None` ... `if prev is not None: a, b = prev`) need to get
direct code instead of run-time dispatch. Only when the branch never rebinds x.
"""

from __future__ import annotations

import ast
import contextlib

from .. import types as t
from ..scope import (
    TreeFact,
    children,
    kept_for_tree,
    name_ids,
    nonlocal_names,
    own_nodes_of,
    walk,
)

# isinstance(x, <builtin>) -> what x is inside the branch. A dict from Dash is a plain
# object and one built in Python a Map: "mapping" covers both.
NARROWED = {
    "dict": t.T("mapping"),
    "list": t.list_of(),
    "tuple": t.tuple_of(),
    "set": t.set_of(),
    "str": t.STR,
    "bool": t.BOOL,
    # A value the test finds a float is not integral, so it prints alike either way.
    "float": t.FLOAT,
}


def _narrowing(fx, test) -> tuple[str, t.T] | None:
    """(name, type) a test shows a local to have: `isinstance(x, T)`, or a conjunct of
    an `and` of such tests; an int is one only where bool is ruled out too
    (`isinstance(x, int) and not isinstance(x, bool)`: True is an int in Python)."""
    conjuncts = test.values if _is_and(test) else [test]
    shown: dict[str, set[str]] = {}
    ruled_out: dict[str, set[str]] = {}
    for part in conjuncts:
        negated = isinstance(part, ast.UnaryOp) and isinstance(part.op, ast.Not)
        found = _isinstance_of(fx, part.operand if negated else part)
        if found is not None:
            into = ruled_out if negated else shown
            into.setdefault(found[0], set()).add(found[1])
    for name, types in shown.items():
        for type_name in types:
            if type_name in NARROWED:
                return name, NARROWED[type_name]
            if type_name == "int" and "bool" in ruled_out.get(name, ()):
                return name, t.INT
    return None


def _is_and(test) -> bool:
    return isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And)


def _isinstance_of(fx, test) -> tuple[str, str] | None:
    """`isinstance(x, C)` of a name and a builtin type: (x, C's name)."""
    if not (
        isinstance(test, ast.Call)
        and isinstance(test.func, ast.Name)
        and len(test.args) == 2
        and not test.keywords
        and isinstance(test.args[0], ast.Name)
        and isinstance(test.args[1], ast.Name)
    ):
        return None
    k = fx.known_name(test.func)
    if k is None or k.name != "isinstance":
        return None
    k = fx.known_name(test.args[1])
    if k is None or k.kind != "builtin":
        return None
    return test.args[0].id, k.name


def rebinds(body, name: str) -> bool:
    """A statement of `body` binds `name` again (`global` is refused on its own)."""
    for stmt in body:
        for sub in walk(stmt):
            if (
                isinstance(sub, ast.Name)
                and sub.id == name
                and not isinstance(sub.ctx, ast.Load)
            ):
                return True
            if isinstance(sub, ast.Nonlocal) and name in sub.names:
                return True
    return False


@contextlib.contextmanager
def narrowed_body(fx, node: ast.If):
    found = _narrowing(fx, node.test)
    owner = fx.lookup_local(found[0]) if found else None
    if (
        found is None
        or owner is None
        # the body, or a later part of the test (`isinstance(x, int) and (x := f())`)
        or rebinds([node.test, *node.body], found[0])
        or _read_later(node.body, found[0])
        # a function made inside may rebind it (`reset()` doing `x = 5`)
        or found[0] in nonlocal_names(owner.node)
    ):
        yield
        return
    name, typ = found
    current = owner.env.get(name, t.ANY)
    if current.kind not in ("any", "anyf", "optint"):
        yield  # already known: nothing to gain
        return
    previous = owner.narrowed.get(name)
    owner.narrowed[name] = typ
    try:
        yield
    finally:
        if previous is None:
            owner.narrowed.pop(name, None)
        else:
            owner.narrowed[name] = previous


def _read_later(body, name: str) -> bool:
    """A function, lambda or generator made in `body` reads `name`: it may run after
    the name is bound to something else (`fs.append(lambda: str(v))` in a loop)."""
    later = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.GeneratorExp)
    return any(
        isinstance(sub, later) and name in name_ids(sub)
        for stmt in body
        for sub in walk(stmt)
    )


def not_none_reads(func) -> dict[int, str]:
    """The reads of a local where an `if` has shown it is not None (read id -> name):
    the body of `x is not None` (or of an `and` holding it), the else of `x is None`
    (or of an `or` holding it). Only where neither the test nor that branch rebinds x
    and no function made inside may; not in a function, lambda or generator made in
    the branch, which may run later (inference.py types the rest)."""
    return kept_for_tree(_NOT_NONE_READS, func, lambda: _not_none_reads(func))


_NOT_NONE_READS = TreeFact("not none reads")


def _not_none_reads(func) -> dict[int, str]:
    found: dict[int, str] = {}
    unsafe = nonlocal_names(func)
    for node in own_nodes_of(func, ast.If):
        for branch, is_not in ((node.body, True), (node.orelse, False)):
            for name in _shown_not_none(node.test, is_not):
                if (
                    name in unsafe
                    or rebinds(branch, name)
                    or rebinds([node.test], name)
                ):
                    continue
                for read in _reads_now(branch, name):
                    found[id(read)] = name
    return found


def _shown_not_none(test, is_not: bool) -> list[str]:
    """x of each `x is not None` the test shows true (`x is None` shown false)."""
    joined = ast.And if is_not else ast.Or
    parts = (
        test.values
        if isinstance(test, ast.BoolOp) and isinstance(test.op, joined)
        else [test]
    )
    names = []
    for part in parts:
        if (
            isinstance(part, ast.Compare)
            and isinstance(part.left, ast.Name)
            and len(part.ops) == 1
            and isinstance(part.ops[0], ast.IsNot if is_not else ast.Is)
            and isinstance(part.comparators[0], ast.Constant)
            and part.comparators[0].value is None
        ):
            names.append(part.left.id)
    return names


_LATER = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Lambda,
    ast.GeneratorExp,
    ast.ClassDef,
)


def _reads_now(statements, name: str) -> list[ast.Name]:
    reads = []
    todo = list(statements)
    while todo:
        node = todo.pop()
        if isinstance(node, _LATER):
            continue
        if (
            isinstance(node, ast.Name)
            and node.id == name
            and isinstance(node.ctx, ast.Load)
        ):
            reads.append(node)
        todo.extend(children(node))
    return reads
