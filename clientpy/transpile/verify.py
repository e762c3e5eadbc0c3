"""The emitted JavaScript is verified, not trusted.

Every bundle's generated code is parsed with tree-sitter's JavaScript grammar (through
ast-grep-py) before it is written or served (the runtime helpers it carries are checked
once, by the test suite). A syntax error is a bug in clientpy, reported as such. The
bundle is also linted: no ``eval``, no ``Function`` constructor, no ``with``, and no
free name other than the browser globals in `ALLOWED_GLOBALS` (what the runtime helpers
use, and what ``js.<name>`` may print bare), so the bundle runs under a strict
Content-Security-Policy and cannot leak or read a global by accident.
"""

from __future__ import annotations

from dataclasses import dataclass

from .names import KEYWORDS, RESERVED
from .sourcemap import line_starts

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
        "Float64Array",
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
# Nodes with no name below them: a string's parts, literals, a property's name.
NO_NAMES = frozenset(
    {"string", "number", "regex", "comment", "property_identifier", "null", "true"}
    | {"false", "undefined", "this"}
)
REFERENCES = frozenset({"identifier", "shorthand_property_identifier"})
LEXICAL = frozenset(
    {"function_declaration", "generator_function_declaration", "class_declaration"}
)


@dataclass(frozen=True)
class Problem:
    line: int  # 0-based, in the checked code
    col: int  # 0-based, code points
    message: str
    syntax: bool = False  # a parse error rather than a lint finding


def verify(code: str, declared=()) -> list[Problem]:
    """Every problem of ``code``: parse errors first, else lint findings.

    ``declared``: names the code may use as if declared around it (the runtime
    helpers' names, when the helpers themselves are left out: `verify_bundle`)."""
    from ast_grep_py import SgRoot

    root = SgRoot(code, "javascript").root()
    errors, declarations = _search(root)
    problems = _syntax_errors(errors)
    if problems:
        return problems
    top = _Scope(None, function=True)
    top.names.update(declared)
    checker = _Lint(_var_names(declarations))
    checker.visit(root, top)
    return sorted(checker.problems, key=lambda p: (p.line, p.col))


def verify_bundle(code: str, helpers: tuple[int, int], declared) -> list[Problem]:
    """`verify` for a bundle whose lines ``helpers`` (first and last, 0-based) hold the
    runtime helpers, which declare the names ``declared``.

    Only the generated code is parsed and linted: the helpers are the same text in
    every bundle, and the test suite parses and lints each one (and checks the names
    it declares), so they are blanked out here (line numbers stay as they were). They
    were half of what a large app's bundle took to parse."""
    starts = line_starts(code)
    first, last = helpers
    if first > last or last + 1 >= len(starts):
        return verify(code, declared)
    begin, end = starts[first], starts[last + 1]
    blank = code[:begin] + "\n" * (last + 1 - first) + code[end:]
    return verify(blank, declared)


# Error nodes, missing tokens and `var` declarations are found by the parser's library,
# not by walking the tree node by node in Python, all in one search: an error node, a
# token the parser filled in as missing (an empty leaf), a declaration; none of them
# inside an error node (when there is none, that leaves out no declaration).
_SEARCHED = {
    "any": [{"kind": "ERROR"}, {"regex": "^$"}, {"kind": "variable_declaration"}],
    "not": {"inside": {"kind": "ERROR", "stopBy": "end"}},
}


def _at(node, message: str, syntax: bool = False) -> Problem:
    start = node.range().start
    return Problem(start.line, start.column, message, syntax)


def _search(root) -> tuple[list, list]:
    """(error nodes and empty leaves, `var` declarations): one walk of the tree."""
    errors, declarations = [], []
    for node in root.find_all(**_SEARCHED):
        if node.kind() == "variable_declaration":
            declarations.append(node)
        else:
            errors.append(node)
    return errors, declarations


def _syntax_errors(found) -> list[Problem]:
    out = []
    # An empty leaf is a token the parser filled in as missing; an automatic `;` is
    # not an error, nor an empty program.
    for node in found:
        kind = node.kind()
        if kind == "ERROR":
            text = node.text().strip().splitlines()
            near = f" near `{text[0][:40]}`" if text else ""
            out.append(_at(node, f"syntax error{near}", syntax=True))
        elif kind != ";" and node.is_leaf() and node.parent() is not None:
            out.append(_at(node, f"syntax error: missing `{kind}`", syntax=True))
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


def _var_names(declarations) -> dict[tuple, set[str]]:
    """`var` names by the function declaring them (`_key` of the function, or of the
    program): those in a function's body, not in functions nested in it. Generated code
    has few; they are found by the parser's library (`_search`) rather than by walking
    every function's nodes in Python."""
    out: dict[tuple, set[str]] = {}
    for decl in declarations:
        owner = decl.parent()
        while owner is not None and owner.kind() not in FUNCTIONS:
            if owner.kind() == "class_declaration":
                break
            if owner.parent() is None:  # the program
                break
            owner = owner.parent()
        if owner is None or owner.kind() == "class_declaration":
            continue
        _declared_names(decl, out.setdefault(_key(owner), set()))
    return out


def _key(node) -> tuple:
    r = node.range()
    return (node.kind(), r.start.index, r.end.index)


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
    def __init__(self, var_names: dict[tuple, set[str]]) -> None:
        self.problems: list[Problem] = []
        self.var_names = var_names  # `_var_names`

    def report(self, node, message: str) -> None:
        self.problems.append(_at(node, message))

    def visit(self, node, scope: _Scope, kind: str | None = None) -> None:
        if kind is None:
            kind = node.kind()
        if kind in FUNCTIONS:
            scope = self._function_scope(node, scope)
        elif kind in BLOCKS:
            scope = _Scope(scope)
            if kind == "program":
                scope.names |= self.var_names.get(_key(node), set())
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
        elif kind in REFERENCES:
            self._reference(node, scope)
            return
        elif kind in NO_NAMES:
            return
        # Names are named nodes: punctuation and keywords are not visited. A name or
        # a node with none below it is handled here, without a call of its own.
        for child in node.named_children():
            child_kind = child.kind()
            if child_kind in REFERENCES:
                self._reference(child, scope)
            elif child_kind not in NO_NAMES:
                self.visit(child, scope, child_kind)

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
            scope.names |= self.var_names.get(_key(node), set())
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
