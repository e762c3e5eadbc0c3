"""Source → Python AST, with the user's file name and line numbers kept."""

from __future__ import annotations

import ast
import inspect
import linecache
import textwrap
from dataclasses import dataclass

from .diagnostics import SourceInfo


@dataclass(frozen=True)
class ParsedFunction:
    node: ast.FunctionDef | ast.AsyncFunctionDef
    source: SourceInfo
    text: str  # the function's own source, dedented


class SourceNotFound(Exception):
    pass


def parse_function(func) -> ParsedFunction:
    """Parse `func`'s own definition; decorators are dropped."""
    func = inspect.unwrap(func)
    try:
        filename = inspect.getsourcefile(func) or inspect.getfile(func)
        lines, first_line = inspect.getsourcelines(func)
    except (OSError, TypeError) as exc:
        raise SourceNotFound(getattr(func, "__qualname__", repr(func))) from exc
    text = textwrap.dedent("".join(lines))
    indent = _indent_of(lines)
    tree = ast.parse(text, filename=filename)
    ast.increment_lineno(tree, first_line - 1)
    if indent:
        for node in ast.walk(tree):
            if hasattr(node, "col_offset"):
                node.col_offset += indent
                if getattr(node, "end_col_offset", None) is not None:
                    node.end_col_offset += indent
    node = tree.body[0]
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        raise SourceNotFound(getattr(func, "__qualname__", repr(func)))
    node.decorator_list = []
    file_lines = linecache.getlines(filename) or lines
    return ParsedFunction(node, SourceInfo(filename, file_lines), text)


def _indent_of(lines: list[str]) -> int:
    for line in lines:
        if line.strip():
            return len(line) - len(line.lstrip())
    return 0
