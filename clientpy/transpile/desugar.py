"""`match` statements as the plain statements CPython runs them as.

Right after a file is parsed, each `match` is rewritten into what every analysis and
the lowering already know: the subject held in a local, each case an `if` whose test
is its pattern's checks (isinstance, len, ==, `is`, `in`), in CPython's order, then
the assignments of its captures, then its guard. CPython binds a case's captures only
once its whole pattern matched, before the guard (which may fail and leave them
bound), and tries the cases in order until one matches.

Sequences are lists and tuples (what collections.abc.Sequence holds of Python's
values, strs excepted); mappings are dicts, their keys literals; a class pattern is a builtin type with at
most one positional sub-pattern, or any class with none. What is not rewritten (an
or-pattern binding names, keyword sub-patterns, a module rebinding a builtin the
tests name) is left as a `match`, which check.py refuses with the reason kept on it.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable

# The builtins the rewritten tests call: a file binding one of them keeps its matches.
_CALLED = frozenset({"isinstance", "len", "list", "tuple", "dict"})
# Classes whose pattern `int(x)` matches the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF)
_SELF_MATCHING = frozenset(
    {"bool", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"}
)

Subject = Callable[[], ast.expr]  # a new node for each use: analyses key nodes by id


class _Unsupported(Exception):
    def __init__(self, node: ast.AST, reason: str) -> None:
        super().__init__(reason)
        self.node = node
        self.reason = reason


def desugar_matches(tree: ast.Module) -> ast.Module:
    _rewrite_blocks(tree, _Names(tree))
    return tree


class _Names:
    """Fresh local names, unlike any identifier of the file (found on first use)."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self._taken: set[str] | None = None
        self._shadowed: list[str] | None = None

    @property
    def taken(self) -> set[str]:
        if self._taken is None:
            self._taken = _identifiers(self.tree)
        return self._taken

    @property
    def shadowed(self) -> list[str]:
        if self._shadowed is None:
            self._shadowed = sorted(_CALLED & _bound(self.tree))
        return self._shadowed

    def fresh(self, base: str) -> str:
        name, n = base, 1
        while name in self.taken:
            n += 1
            name = f"{base}{n}"
        self.taken.add(name)
        return name


def _identifiers(tree: ast.Module) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(tree):
        for field in ("id", "arg", "name", "rest", "asname"):
            value = getattr(node, field, None)
            if isinstance(value, str):
                out.add(value.split(".")[0])
    return out


def _bound(tree: ast.Module) -> set[str]:
    """Names the file binds anywhere (a parameter, a def, an import, a store...)."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            out.add(node.id)
        elif isinstance(node, ast.arg):
            out.add(node.arg)
        elif isinstance(node, ast.alias):
            out.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, (ast.MatchMapping,)) and node.rest:
            out.add(node.rest)
        elif isinstance(getattr(node, "name", None), str):
            out.add(node.name)  # a def or class, `except E as name`, a capture
    return out


def _rewrite_blocks(node: ast.AST, names: _Names) -> None:
    for child in ast.iter_child_nodes(node):
        _rewrite_blocks(child, names)  # inner matches first: their bodies move
    for field in ("body", "orelse", "finalbody"):
        block = getattr(node, field, None)
        if isinstance(block, list) and any(isinstance(s, ast.Match) for s in block):
            out: list[ast.stmt] = []
            for stmt in block:
                out.extend(
                    _match(stmt, names) if isinstance(stmt, ast.Match) else [stmt]
                )
            setattr(node, field, out)


def _match(node: ast.Match, names: _Names) -> list[ast.stmt]:
    if names.shadowed:
        node.refusal = (node, f"a `match` in a module that binds `{names.shadowed[0]}`")
        return [node]
    read_again = _read_again(node)
    subject_name = read_again or names.fresh("_subject")
    try:
        cases = [(_pattern(c.pattern, _name(subject_name)), c) for c in node.cases]
    except _Unsupported as e:
        node.refusal = (e.node, e.reason)
        return [node]
    (tests, binds), _ = cases[0]
    if read_again and (tests or binds):  # (read at once: an unbound one raises)
        return _chain(cases, names)
    if read_again:  # `case _:` first reads nothing: held, as CPython evaluates it
        subject_name = names.fresh("_subject")
        cases = [(_pattern(c.pattern, _name(subject_name)), c) for c in node.cases]
    held = ast.Assign([_store(subject_name)], node.subject)
    return [_located(held, node.subject), *_chain(cases, names)]


def _read_again(node: ast.Match) -> str | None:
    """The subject's name where it is a name that keeps its value through the
    matching (`match trigger:`): read again by each test, with no local in between.
    Only tests run until a case matches, unless a guard runs code (which could rebind
    it) or a capture binds that very name (before a guard that then fails)."""
    subject = node.subject
    if not isinstance(subject, ast.Name):
        return None
    if any(case.guard is not None for case in node.cases):
        return None
    for case in node.cases:
        for p in ast.walk(case.pattern):
            bound = getattr(
                p, "rest" if isinstance(p, ast.MatchMapping) else "name", None
            )
            if bound == subject.id:
                return None
    return subject.id


def _chain(cases: list, names: _Names) -> list[ast.stmt]:
    """The cases from the first on, each tried where the ones before did not match."""
    if not cases:
        return []
    ((tests, binds), case), rest = cases[0], cases[1:]
    where = case.pattern
    assigned = [_located(ast.Assign([_store(n)], value()), where) for n, value in binds]
    if case.guard is not None and binds:
        # the captures are bound before the guard, which may then fail: a flag tells
        # the later cases whether this one matched
        flag = names.fresh("_matched")
        matched = _located(ast.Assign([_store(flag)], ast.Constant(True)), where)
        guarded = ast.If(case.guard, [matched, *case.body], [])
        inner = [*assigned, _located(guarded, case.guard)]
        out = [_located(ast.Assign([_store(flag)], ast.Constant(False)), where)]
        out.extend(_if(tests, inner, [], where) if tests else inner)
        later = _chain(rest, names)
        if later:
            out.append(
                _located(
                    ast.If(ast.UnaryOp(ast.Not(), _name(flag)()), later, []), where
                )
            )
        return out
    if case.guard is not None:
        tests = [*tests, case.guard]
    if not tests:  # irrefutable: the last case (CPython refuses cases after it)
        return [*assigned, *case.body]
    return _if(tests, [*assigned, *case.body], _chain(rest, names), where)


def _if(tests: list, body: list, orelse: list, where) -> list[ast.stmt]:
    test = tests[0] if len(tests) == 1 else ast.BoolOp(ast.And(), tests)
    return [_located(ast.If(test, body, orelse), where)]


def _pattern(p: ast.pattern, subject: Subject) -> tuple[list, list]:
    """(tests, captures) of pattern `p` against `subject`: the tests in CPython's
    order, and (name, value) for each capture, bound once all tests passed."""
    if isinstance(p, ast.MatchValue):
        return [_located(ast.Compare(subject(), [ast.Eq()], [p.value]), p)], []
    if isinstance(p, ast.MatchSingleton):
        test = ast.Compare(subject(), [ast.Is()], [ast.Constant(p.value)])
        return [_located(test, p)], []
    if isinstance(p, ast.MatchAs):
        tests, binds = _pattern(p.pattern, subject) if p.pattern else ([], [])
        return tests, binds + ([(p.name, subject)] if p.name else [])
    if isinstance(p, ast.MatchOr):
        return _or(p, subject)
    if isinstance(p, ast.MatchSequence):
        return _sequence(p, subject)
    if isinstance(p, ast.MatchMapping):
        return _mapping(p, subject)
    if isinstance(p, ast.MatchClass):
        return _class(p, subject)
    raise _Unsupported(p, "this pattern")


def _or(p: ast.MatchOr, subject: Subject) -> tuple[list, list]:
    alternatives = [_pattern(a, subject) for a in p.patterns]
    if any(binds for _, binds in alternatives):
        raise _Unsupported(p, "an or-pattern that binds names")
    if any(not tests for tests, _ in alternatives):
        return [], []  # an irrefutable alternative (`case "a" | _`)
    parts = [t[0] if len(t) == 1 else ast.BoolOp(ast.And(), t) for t, _ in alternatives]
    return [_located(ast.BoolOp(ast.Or(), parts), p)], []


def _sequence(p: ast.MatchSequence, subject: Subject) -> tuple[list, list]:
    items = p.patterns
    stars = [i for i, item in enumerate(items) if isinstance(item, ast.MatchStar)]
    star = stars[0] if stars else None
    n = len(items)
    kinds = ast.Tuple([_name("list")(), _name("tuple")()], ast.Load())
    tests = [_call("isinstance", subject(), kinds)]
    length = _call("len", subject())
    if star is None:
        tests.append(ast.Compare(length, [ast.Eq()], [ast.Constant(n)]))
    else:
        tests.append(ast.Compare(length, [ast.GtE()], [ast.Constant(n - 1)]))
    tests = [_located(test, p) for test in tests]
    binds: list = []
    for i, item in enumerate(items):
        if i == star:
            if item.name:
                binds.append((item.name, _rest_of(subject, i, n - i - 1, item)))
            continue
        index = i if star is None or i < star else -(n - i)
        more_tests, more_binds = _pattern(item, _item(subject, index, item))
        tests.extend(more_tests)
        binds.extend(more_binds)
    return tests, binds


def _item(subject: Subject, index: int, where) -> Subject:
    def read() -> ast.expr:
        key = (
            ast.Constant(index)
            if index >= 0
            else ast.UnaryOp(ast.USub(), ast.Constant(-index))
        )
        return _located(ast.Subscript(subject(), key, ast.Load()), where)

    return read


def _rest_of(subject: Subject, start: int, after: int, where) -> Subject:
    """`*rest`: a list of the items between, whatever the subject's kind."""

    def read() -> ast.expr:
        stop = ast.UnaryOp(ast.USub(), ast.Constant(after)) if after else None
        part = ast.Subscript(
            subject(), ast.Slice(ast.Constant(start), stop), ast.Load()
        )
        return _located(_call("list", part), where)

    return read


def _mapping(p: ast.MatchMapping, subject: Subject) -> tuple[list, list]:
    for key in p.keys:
        if not _literal(key):
            # CPython looks such keys up together and raises where two are equal
            # (`{math.pi: a, 3.141592653589793: b}`); literal ones it checks itself
            raise _Unsupported(key, "a mapping pattern key that is not a literal")
    tests = [_located(_call("isinstance", subject(), _name("dict")()), p)]
    binds: list = []
    for key, item in zip(p.keys, p.patterns):
        tests.append(
            _located(ast.Compare(copy.deepcopy(key), [ast.In()], [subject()]), key)
        )
        more_tests, more_binds = _pattern(item, _value_of(subject, key))
        tests.extend(more_tests)
        binds.extend(more_binds)
    if p.rest:
        binds.append((p.rest, _others(subject, p.keys, p)))
    return tests, binds


def _literal(key: ast.expr) -> bool:
    if isinstance(key, ast.UnaryOp) and isinstance(key.op, ast.USub):
        key = key.operand  # `-1`
    return isinstance(key, ast.Constant)


def _value_of(subject: Subject, key: ast.expr) -> Subject:
    return lambda: _located(
        ast.Subscript(subject(), copy.deepcopy(key), ast.Load()), key
    )


def _others(subject: Subject, keys: list, where) -> Subject:
    """`**rest`: a new dict of the other items, in the subject's order."""

    def read() -> ast.expr:
        k, v = "_key", "_value"
        named = ast.Tuple([_store(k), _store(v)], ast.Store())
        items = ast.Call(ast.Attribute(subject(), "items", ast.Load()), [], [])
        listed = ast.Tuple([copy.deepcopy(key) for key in keys], ast.Load())
        other = ast.Compare(_name(k)(), [ast.NotIn()], [listed])
        loop = ast.comprehension(named, items, [other] if keys else [], 0)
        return _located(ast.DictComp(_name(k)(), _name(v)(), [loop]), where)

    return read


def _class(p: ast.MatchClass, subject: Subject) -> tuple[list, list]:
    if p.kwd_patterns:
        raise _Unsupported(p, "a class pattern with keyword sub-patterns")
    if len(p.patterns) > 1 or (
        p.patterns and not (isinstance(p.cls, ast.Name) and p.cls.id in _SELF_MATCHING)
    ):
        raise _Unsupported(p, "a class pattern with positional sub-patterns")
    tests = [_located(_call("isinstance", subject(), copy.deepcopy(p.cls)), p)]
    if not p.patterns:
        return tests, []
    more_tests, binds = _pattern(p.patterns[0], subject)
    return tests + more_tests, binds


def _call(name: str, *args: ast.expr) -> ast.Call:
    return ast.Call(_name(name)(), list(args), [])


def _name(name: str) -> Subject:
    return lambda: ast.Name(name, ast.Load())


def _store(name: str) -> ast.Name:
    return ast.Name(name, ast.Store())


def _located(node: ast.AST, where: ast.AST) -> ast.AST:
    """`node` and every node inside it without a position placed at `where`'s. A node
    with one is the user's (a case body, a pattern's value): its subtree has them."""
    if "lineno" in node._attributes:
        if hasattr(node, "lineno"):
            return node
        ast.copy_location(node, where)
    for child in ast.iter_child_nodes(node):
        _located(child, where)
    return node
