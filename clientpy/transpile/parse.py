"""Source → Python AST, with the user's file name and line numbers kept.

A file is parsed once (per content) and each function is found in that tree by the line
its code object starts on, so its nodes carry the file's own line and column numbers and
building an app with many callbacks does not re-read and re-tokenize its modules.
"""

from __future__ import annotations

import ast
import functools
import inspect
import linecache
import os
import re
import sys
import textwrap
from dataclasses import dataclass

from .desugar import desugar_matches
from .diagnostics import Diagnostic, SourceInfo
from .local_imports import hoist_imports
from .scope import walk_nodes


@dataclass(frozen=True)
class ParsedFunction:
    node: ast.FunctionDef | ast.AsyncFunctionDef
    source: SourceInfo

    @property
    def text(self) -> str:
        """The function's own source, dedented."""
        lines = self.source.lines[self.node.lineno - 1 : self.node.end_lineno]
        return textwrap.dedent("".join(lines))


def module_name(func) -> str:
    """The importable name of ``func``'s module.

    A script run as ``python app.py`` is ``__main__``; it is named by its real spec name
    (``python -m pkg.app``) or its file stem, which is also what ``clientpy build app.py``
    imports it as, so both runs agree on the names.
    """
    name = getattr(func, "__module__", None) or "__main__"
    if name != "__main__":
        return name
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name and spec.name != "__main__":
        return spec.name
    path = getattr(func, "__code__", None) and func.__code__.co_filename
    if path and not path.startswith("<"):
        return os.path.splitext(os.path.basename(path))[0]
    return name


class SourceNotFound(Exception):
    pass


def parse_function(func) -> ParsedFunction:
    """The definition of `func` (its decorators are not part of what is translated)."""
    func = inspect.unwrap(func)
    code = getattr(func, "__code__", None)
    if code is None:
        raise SourceNotFound(getattr(func, "__qualname__", repr(func)))
    filename = code.co_filename
    tree, lines = _parsed_file(filename, _stamp(filename))
    node = None
    if tree is not None:
        node = _definition_at(tree, code.co_firstlineno, func.__name__)
    if node is None:
        raise SourceNotFound(getattr(func, "__qualname__", repr(func)))
    return ParsedFunction(node, SourceInfo(filename, lines))


def wrapper_problem(func, parsed: ParsedFunction) -> Diagnostic | None:
    """A refusal when `func` is a wrapper a decorator made (it names the function it
    wraps through `__wrapped__`, as functools.wraps does): translating the wrapped
    def would silently drop whatever the wrapper adds."""
    if inspect.unwrap(func) is func:
        return None
    decorators = parsed.node.decorator_list
    return Diagnostic.make(
        "CP100",
        decorators[-1] if decorators else parsed.node,
        parsed.source,
        construct=f"a decorator that wraps `{parsed.node.name}`",
        hint="call the wrapper's logic from the function itself, without a decorator",
    )


def forget_parsed_files() -> None:
    """Drop the kept trees of parsed files: the next `parse_function` parses afresh, and
    the analyses kept per tree start empty (what a new process pays; the benchmarks
    time a callback's first translation so)."""
    for kept in (_parsed_file, _definitions, function_nodes):
        kept.cache_clear()


def _stamp(filename: str):
    try:
        st = os.stat(filename)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=256)
def _parsed_file(filename: str, stamp) -> tuple[ast.Module | None, list[str]]:
    if stamp is not None:
        linecache.checkcache(filename)
    lines = linecache.getlines(filename)
    if not lines:
        return None, []
    try:
        return _prepared("".join(lines), filename), lines
    except SyntaxError:
        return None, lines


_MATCH_LINE = re.compile(r"^[ \t]*match\b", re.MULTILINE)
_INDENTED_IMPORT = re.compile(r"^[ \t]+(?:import|from)[ \t]", re.MULTILINE)


def _prepared(text: str, filename: str = "<unknown>") -> ast.Module:
    """The file's tree as every analysis reads it: chained targets split, `match`
    statements rewritten (desugar.py), the imports a def opens with taken out
    (local_imports.py)."""
    tree = _one_target_each(ast.parse(text, filename=filename))
    if _MATCH_LINE.search(text):  # (a soft keyword: most files have none)
        tree = desugar_matches(tree)
    if _INDENTED_IMPORT.search(text):
        tree = hoist_imports(tree)
    return tree


def _definition_at(tree: ast.Module, first_line: int, name: str):
    """The def whose code starts on `first_line` (its first decorator's line, if any)."""
    return _definitions(tree).get((name, first_line))


@functools.lru_cache(maxsize=256)
def _definitions(tree: ast.Module) -> dict[tuple[str, int], ast.AST]:
    """Every def of a file by (name, line its code object names): its first decorator's
    line and its `def` line. One walk per file: an app module with a hundred callbacks
    was walked whole once for each of them."""
    found: dict[tuple[str, int], ast.AST] = {}
    for node in function_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            start = (
                node.decorator_list[0].lineno if node.decorator_list else node.lineno
            )
            found.setdefault((node.name, start), node)
            found.setdefault((node.name, node.lineno), node)
    return found


@functools.lru_cache(maxsize=256)
def function_nodes(tree: ast.Module) -> tuple[ast.AST, ...]:
    """The defs and lambdas of a parsed file, in `ast.walk` order: what finding a
    callback's def and naming the functions of a traceback both need, from one walk."""
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
    return tuple(node for node in walk_nodes(tree) if isinstance(node, kinds))


def parsed_source(filename: str, text: str) -> ast.Module | None:
    """The tree of ``text``, the contents of ``filename``: the one `parse_function`
    made when that is what it read, else parsed now (None when it does not parse)."""
    tree, lines = _parsed_file(filename, _stamp(filename))
    if tree is not None and "".join(lines) == text:
        return tree
    try:
        return _prepared(text)
    except (SyntaxError, ValueError):
        return None


def _one_target_each(tree: ast.Module) -> ast.Module:
    """`a = b = value` as `a = value` then `b = a`: what CPython does (the targets are
    bound left to right to one object), written so that every analysis sees `b` as a
    second name for a's object, as it sees `b = a`. Where the first target is no name
    (`d["k"] = b = []`) the statement is left as it is."""
    for node in list(ast.walk(tree)):  # (walk_nodes would keep the children it saw)
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list) and any(_chained(s) for s in block):
                setattr(node, field, [part for s in block for part in _split(s)])
    return tree


def _chained(stmt) -> bool:
    return (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) > 1
        and isinstance(stmt.targets[0], ast.Name)
    )


def _split(stmt) -> list:
    if not _chained(stmt):
        return [stmt]
    first = stmt.targets[0]
    parts = [ast.copy_location(ast.Assign([first], stmt.value), stmt)]
    for target in stmt.targets[1:]:
        read = ast.copy_location(ast.Name(first.id, ast.Load()), first)
        parts.append(ast.copy_location(ast.Assign([target], read), stmt))
    return parts
