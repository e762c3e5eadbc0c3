"""The emitted JavaScript is verified, not trusted.

Every bundle is parsed with tree-sitter's JavaScript grammar (through ast-grep-py) before
it is written or served. A syntax error is a bug in clientpy, reported as such. The
bundle is also linted: no ``eval``, no ``Function`` constructor, no ``with``, and no
free name other than the browser globals in `ALLOWED_GLOBALS` (what the runtime helpers
use, and what ``js.<name>`` may print bare), so the bundle runs under a strict
Content-Security-Policy and cannot leak or read a global by accident.
"""

from __future__ import annotations

from dataclasses import dataclass

from .names import KEYWORDS, RESERVED

JS_BUILTINS = frozenset(
    [
        "window",
        "document",
        "globalThis",
        "self",
        "Math",
        "JSON",
        "Object",
        "Array",
        "Map",
        "Set",
        "WeakMap",
        "WeakSet",
        "Number",
        "String",
        "Boolean",
        "Symbol",
        "BigInt",
        "Error",
        "TypeError",
        "RangeError",
        "ReferenceError",
        "SyntaxError",
        "Promise",
        "Date",
        "RegExp",
        "Reflect",
        "Proxy",
        "console",
        "Infinity",
        "NaN",
        "undefined",
        "isNaN",
        "isFinite",
        "parseInt",
        "parseFloat",
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "clearInterval",
        "queueMicrotask",
        "fetch",
        "location",
        "navigator",
        "localStorage",
        "sessionStorage",
        "alert",
        "encodeURIComponent",
        "decodeURIComponent",
        "Intl",
    ]
)
FORBIDDEN = frozenset({"eval", "Function"})
# `js.<name>` prints these bare (clientpy.transpile.lower.modules); all else goes
# through globalThis.
ALLOWED_GLOBALS = (JS_BUILTINS | (RESERVED - KEYWORDS)) - FORBIDDEN

FUNCTIONS = frozenset(
    {
        "function_declaration",
        "function_expression",
        "function",
        "generator_function_declaration",
        "generator_function",
        "arrow_function",
        "method_definition",
    }
)
BLOCKS = frozenset({"statement_block", "program", "switch_body", "class_body"})
LEXICAL = frozenset(
    {"function_declaration", "generator_function_declaration", "class_declaration"}
)


@dataclass(frozen=True)
class Problem:
    line: int  # 0-based, in the checked code
    col: int  # 0-based, code points
    message: str
    syntax: bool = False  # a parse error rather than a lint finding


def verify(code: str, trusted: tuple[int, int] | None = None) -> list[Problem]:
    """Every problem of ``code``: parse errors first, else lint findings.

    ``trusted`` (first and last line, 0-based) holds code linted elsewhere: the runtime
    helpers, which the test suite lints whole. It is still parsed, and an error node in
    it still found (not a token the parser fills in as missing: finding those takes the
    walk), but not walked node by node in Python, a third of the cost of verifying a
    large app's bundle."""
    from ast_grep_py import SgRoot

    root = SgRoot(code, "javascript").root()
    inside = _within(trusted)
    problems = _syntax_errors(root, inside)
    if trusted is not None:
        errors = [n for n in root.find_all(kind="ERROR") if inside(n)]
        problems += [_at(n, "syntax error", syntax=True) for n in errors]
    if problems:
        return sorted(problems, key=lambda p: (p.line, p.col))
    checker = _Lint(inside)
    checker.visit(root, _Scope(None, function=True))
    return sorted(checker.problems, key=lambda p: (p.line, p.col))


def _within(lines: tuple[int, int] | None):
    """A test of whether a node lies wholly in these lines (never, for None)."""
    if lines is None:
        return lambda node: False
    first, last = lines

    def inside(node) -> bool:
        r = node.range()
        return r.start.line >= first and r.end.line <= last

    return inside


def _at(node, message: str, syntax: bool = False) -> Problem:
    start = node.range().start
    return Problem(start.line, start.column, message, syntax)


def _syntax_errors(root, skip) -> list[Problem]:
    out = []
    stack = [root]
    while stack:
        node = stack.pop()
        kind = node.kind()
        if kind == "ERROR":
            text = node.text().strip().splitlines()
            near = f" near `{text[0][:40]}`" if text else ""
            out.append(_at(node, f"syntax error{near}", syntax=True))
            continue
        children = node.children()
        if not children:
            r = node.range()
            if r.start.index == r.end.index and kind != ";" and node.parent():
                out.append(_at(node, f"syntax error: missing `{kind}`", syntax=True))
        if kind in BLOCKS:  # statements of trusted lines are skipped whole
            children = [child for child in children if not skip(child)]
        stack.extend(children)
    return sorted(out, key=lambda p: (p.line, p.col))


class _Scope:
    def __init__(self, parent: _Scope | None, function: bool = False) -> None:
        self.parent = parent
        self.function = function
        self.names: set[str] = set()

    def resolves(self, name: str) -> bool:
        scope = self
        while scope is not None:
            if name in scope.names:
                return True
            scope = scope.parent
        return False


def _pattern_names(node, out: set[str]) -> None:
    """Names bound by a binding pattern (identifier, destructuring, defaults, rest)."""
    kind = node.kind()
    if kind in ("identifier", "shorthand_property_identifier_pattern"):
        out.add(node.text())
        return
    if kind == "assignment_pattern":
        left = node.field("left")
        if left is not None:
            _pattern_names(left, out)
        return
    if kind == "pair_pattern":
        value = node.field("value")
        if value is not None:
            _pattern_names(value, out)
        return
    if kind in ("object_pattern", "array_pattern", "rest_pattern", "formal_parameters"):
        for child in node.named_children():
            _pattern_names(child, out)


def _declared_names(decl, out: set[str]) -> None:
    for child in decl.named_children():
        if child.kind() == "variable_declarator":
            name = child.field("name")
            if name is not None:
                _pattern_names(name, out)


def _vars_in(node, out: set[str]) -> None:
    """`var` names declared in a function body, not in functions nested in it."""
    stack = list(node.children())
    while stack:
        child = stack.pop()
        kind = child.kind()
        if kind in FUNCTIONS or kind == "class_declaration":
            continue
        if kind == "variable_declaration":
            _declared_names(child, out)
        stack.extend(child.children())


def _lexical_in(block, out: set[str]) -> None:
    """let/const/class/function names declared directly in a block."""
    items = block.named_children()
    if block.kind() == "switch_body":
        items = [s for case in items for s in case.named_children()]
    for stmt in items:
        kind = stmt.kind()
        if kind == "lexical_declaration":
            _declared_names(stmt, out)
        elif kind in LEXICAL:
            name = stmt.field("name")
            if name is not None:
                out.add(name.text())


class _Lint:
    def __init__(self, skip=lambda node: False) -> None:
        self.problems: list[Problem] = []
        self.skip = skip  # nodes linted elsewhere

    def report(self, node, message: str) -> None:
        self.problems.append(_at(node, message))

    def visit(self, node, scope: _Scope) -> None:
        kind = node.kind()
        if kind in FUNCTIONS:
            scope = self._function_scope(node, scope)
        elif kind in BLOCKS:
            scope = _Scope(scope)
            if kind == "program":
                _vars_in(node, scope.names)
            _lexical_in(node, scope.names)
        elif kind in ("for_statement", "for_in_statement"):
            scope = _Scope(scope)
            for field in ("initializer", "left"):
                part = node.field(field)
                if part is None:
                    continue
                if part.kind() in ("lexical_declaration", "variable_declaration"):
                    _declared_names(part, scope.names)
                elif node.field("kind") is not None:
                    _pattern_names(part, scope.names)
        elif kind == "catch_clause":
            scope = _Scope(scope)
            param = node.field("parameter")
            if param is not None:
                _pattern_names(param, scope.names)
        elif kind == "class":
            name = node.field("name")
            if name is not None:
                scope = _Scope(scope)
                scope.names.add(name.text())
        elif kind == "with_statement":
            self.report(node, "`with` statement")
        elif kind in ("identifier", "shorthand_property_identifier"):
            self._reference(node, scope)
            return
        children = node.children()
        if kind in BLOCKS:
            # Statements of trusted lines are skipped whole; the names they declare
            # were collected into the block's scope above.
            children = [child for child in children if not self.skip(child)]
        for child in children:
            self.visit(child, scope)

    def _function_scope(self, node, parent: _Scope) -> _Scope:
        scope = _Scope(parent, function=True)
        kind = node.kind()
        name = node.field("name")
        if name is not None and kind in (
            "function_expression",
            "function",
            "generator_function",
        ):
            scope.names.add(name.text())
        params = node.field("parameters") or node.field("parameter")
        if params is not None:
            _pattern_names(params, scope.names)
        if kind != "arrow_function":
            scope.names.add("arguments")
        body = node.field("body")
        if body is not None and body.kind() == "statement_block":
            _vars_in(body, scope.names)
            _lexical_in(body, scope.names)
        return scope

    def _reference(self, node, scope: _Scope) -> None:
        name = node.text()
        if scope.resolves(name):
            return
        if name in FORBIDDEN:
            what = "`eval`" if name == "eval" else "the `Function` constructor"
            self.report(node, f"{what} (a strict Content-Security-Policy forbids it)")
        elif name not in ALLOWED_GLOBALS:
            self.report(node, f"global name `{name}` is not on the allowed list")
