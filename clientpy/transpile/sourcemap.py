"""Source maps (revision 3): generated JS positions back to the Python they came from.

The printer records a mapping wherever a located JS node starts; `print_unit` keeps, for
each one, which Python file it came from (a callback may call functions of other
modules). `bundle.py` moves each function's mappings to where its code lands in the
bundle, and `SourceMap` turns them into the JSON a browser reads, with every Python file
inline in ``sourcesContent``.

Positions: generated lines and columns are 0-based; columns count UTF-16 code units, as
browsers and the source-map format do. Python lines are 1-based as in `ast`, columns
0-based and counted in UTF-8 bytes as in `ast`; `SourceMap` converts those to UTF-16
when it writes them.
"""

from __future__ import annotations

import ast
import bisect
import inspect
import json
import linecache
import os
import sys
from dataclasses import dataclass

from . import jstree as js
from .parse import function_nodes, parsed_source
from .printer import Printer

BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# (js line, js col, py line, py col, index into the function's `sources`)
Mapping = tuple[int, int, int, int, int]


def vlq(value: int) -> str:
    """One number in the base64 VLQ encoding of source maps."""
    text = _VLQ.get(value)
    if text is None:
        text = _vlq(value)
        if -_VLQ_KEPT < value < _VLQ_KEPT:
            _VLQ[value] = text
    return text


# The small numbers a map is mostly made of, encoded once per process: a bundle of a
# hundred callbacks encodes some 50,000 of them (its map and its trace table).
_VLQ: dict[int, str] = {}
_VLQ_KEPT = 1 << 12


def _vlq(value: int) -> str:
    bits = (-value << 1) | 1 if value < 0 else value << 1
    out = []
    while True:
        digit = bits & 31
        bits >>= 5
        if bits:
            digit |= 32
        out.append(BASE64[digit])
        if not bits:
            return "".join(out)


def encode_mappings(segments) -> str:
    """The ``mappings`` string of sorted ``(line, col, source, src line, src col[, name])``.

    Lines here are 0-based everywhere; each field is written relative to the previous
    segment as the format requires.
    """
    lines: list[list[str]] = []
    prev_source = prev_src_line = prev_src_col = prev_name = 0
    current = -1
    prev_col = 0
    for seg in segments:
        line, col = seg[0], seg[1]
        while current < line:
            lines.append([])
            current += 1
            prev_col = 0
        text = vlq(col - prev_col)
        prev_col = col
        if len(seg) > 2:
            source, src_line, src_col = seg[2], seg[3], seg[4]
            text += (
                vlq(source - prev_source)
                + vlq(src_line - prev_src_line)
                + vlq(src_col - prev_src_col)
            )
            prev_source, prev_src_line, prev_src_col = source, src_line, src_col
            if len(seg) > 5 and seg[5] is not None:
                text += vlq(seg[5] - prev_name)
                prev_name = seg[5]
        lines[-1].append(text)
    return ";".join(",".join(line) for line in lines)


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def utf16_col(line_text: str, col: int) -> int:
    """Column ``col`` (code points) of ``line_text`` in UTF-16 code units."""
    if line_text.isascii():
        return col
    return utf16_len(line_text[:col])


def py_col_to_utf16(line_text: str, byte_col: int) -> int:
    """An `ast` column (UTF-8 bytes) in UTF-16 code units."""
    if line_text.isascii():
        return byte_col
    prefix = line_text.encode("utf-8")[:byte_col].decode("utf-8", "replace")
    return utf16_len(prefix)


# ------------------------------------------------------------------ one function


def print_unit(unit) -> tuple[str, list[Mapping], tuple[str, ...]]:
    """Print a compile unit's declarations, each mapping tagged with its Python file.

    A unit holds the entry function and every user function it calls, possibly from
    other modules. Function declarations are attributed through the Python function
    they were compiled from; other located declarations (default values) to the
    function they belong to.
    """
    printer = Printer()
    sources: list[str] = []
    mappings: list[Mapping] = []
    by_js_name = _python_objects_by_js_name(unit)
    decls = list(unit.declarations)
    files = [_file_of(decl, by_js_name) for decl in decls]
    for i, decl in enumerate(decls):
        if files[i] is None and isinstance(decl, js.VarDecl):
            files[i] = _owner_file(decl, decls[i + 1 :], files[i + 1 :], by_js_name)
    for decl, filename in zip(decls, files):
        start = len(printer.mappings)
        printer.statement(decl)
        new = printer.mappings[start:]
        if not new:
            continue
        if filename is None:
            del printer.mappings[start:]
            continue
        if filename not in sources:
            sources.append(filename)
        index = sources.index(filename)
        mappings.extend((*m, index) for m in new)
    return printer.text(), mappings, tuple(sources)


def _python_objects_by_js_name(unit) -> dict[str, object]:
    alive = {id(obj): obj for obj in unit.keep_alive}
    out = {name: alive[key] for key, name in unit.bound.items() if key in alive}
    for (key, _types), name in unit.compiled_versions.items():
        if key in alive:
            out[name] = alive[key]
    return out


def _source_file(obj) -> str | None:
    code = getattr(inspect.unwrap(obj), "__code__", None)
    if code is not None:
        return code.co_filename  # the name parse.py read the function's source by
    try:
        return inspect.getsourcefile(obj) or inspect.getfile(obj)
    except (TypeError, OSError):
        return None


def _file_of(decl, by_js_name) -> str | None:
    if isinstance(decl, js.FunctionDecl):
        obj = by_js_name.get(decl.func.name)
        if obj is not None:
            return _source_file(obj)
    return None


def _owner_file(decl, later, later_files, by_js_name) -> str | None:
    """The file of the first later function whose name prefixes this declaration's."""
    names = [name for name, _ in decl.decls]
    for other, filename in zip(later, later_files):
        if isinstance(other, js.FunctionDecl) and filename is not None:
            fn = other.func.name
            if any(name.startswith(fn + "$") for name in names):
                return filename
    return None


# ------------------------------------------------------------------ a bundle


def _read_source(filename: str) -> str:
    lines = linecache.getlines(filename)
    if lines:
        return "".join(lines)
    try:
        with open(filename, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return ""


@dataclass
class _PythonFile:
    name: str  # as shown: relative to the app's folder when inside it
    text: str
    lines: list[str]
    functions: list[tuple[tuple[int, int], tuple[int, int], str]]  # start, end, name
    _starts: list[tuple[int, int]] | None = None  # of `functions`, for bisecting

    @classmethod
    def load(cls, filename: str, root: str | None) -> _PythonFile:
        text = _read_source(filename)
        return cls(
            name=display_name(filename, root),
            text=text,
            lines=text.splitlines(),
            functions=_functions_in(filename, text),
        )

    def line(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def function_at(self, line: int, col: int) -> str:
        """The innermost function whose source contains (line, col), as tracebacks say."""
        # Sorted by start: of those starting at or before (line, col), the last that
        # has not ended is nested deepest. Searched from there, not from the file's
        # first function (an app file holds hundreds, and a bundle asks thousands
        # of times).
        if self._starts is None:
            self._starts = [start for start, _, _ in self.functions]
        at = (line, col)
        for i in range(bisect.bisect_right(self._starts, at) - 1, -1, -1):
            if at < self.functions[i][1]:
                return self.functions[i][2]
        return "<module>"


def display_name(filename: str, root: str | None) -> str:
    """``filename`` relative to ``root`` when inside it, else to the import path entry
    holding it (``pkg/mod.py``), with ``/`` separators: the same on every machine, so a
    bundle built in CI equals one built elsewhere."""
    bases = [root] if root else []
    bases += sorted((p for p in sys.path if p), key=len, reverse=True)
    for base in bases:
        try:
            rel = os.path.relpath(filename, base)
        except ValueError:  # another drive
            continue
        if not rel.startswith(".."):
            return rel.replace(os.sep, "/")
    return filename.replace(os.sep, "/")


def _functions_in(
    filename: str, text: str
) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    tree = parsed_source(filename, text)
    if tree is None:
        return []
    out = []
    for node in function_nodes(tree):
        name = node.name if not isinstance(node, ast.Lambda) else "<lambda>"
        start = (node.lineno, node.col_offset)
        if not isinstance(node, ast.Lambda) and node.decorator_list:
            first = node.decorator_list[0]
            start = (first.lineno, 0)
        end = (node.end_lineno, node.end_col_offset)
        out.append((start, end, name))
    out.sort()
    return out


class SourceMap:
    """The mappings of a whole bundle, with the Python files they point into."""

    def __init__(self, root: str | None = None) -> None:
        self.root = root
        self.files: list[_PythonFile] = []
        self._index: dict[str, int] = {}
        self.names: list[str] = []
        self._names: dict[str, int] = {}
        # (js line, js col in code points, file index, py line, py col in bytes)
        self.mappings: list[tuple[int, int, int, int, int]] = []

    def file_index(self, filename: str) -> int:
        index = self._index.get(filename)
        if index is None:
            index = self._index[filename] = len(self.files)
            self.files.append(_PythonFile.load(filename, self.root))
        return index

    def name_index(self, name: str) -> int:
        index = self._names.get(name)
        if index is None:
            index = self._names[name] = len(self.names)
            self.names.append(name)
        return index

    def add_function(self, compiled, line: int, indent: int) -> None:
        """Add a compiled function's mappings, its code placed from ``line`` on with
        ``indent`` columns added in front of every line."""
        sources = getattr(compiled, "sources", ()) or (compiled.filename,)
        indexes = [self.file_index(f) for f in sources]
        for m in compiled.mappings:
            js_line, js_col, py_line, py_col = m[:4]
            source = indexes[m[4]] if len(m) > 4 else indexes[0]
            at_col = js_col + indent
            self.mappings.append((line + js_line, at_col, source, py_line, py_col))

    def moved(self, translate) -> SourceMap:
        """A copy whose generated positions went through ``translate((l, c)) -> (l, c)``."""
        other = SourceMap(self.root)
        other.files, other._index = self.files, self._index
        other.names, other._names = self.names, self._names
        other.mappings = [(*translate(m[0], m[1]), *m[2:]) for m in self.mappings]
        return other

    def origin(self, line: int, col: int) -> tuple[str, int] | None:
        """The Python (file, line) of the last mapping at or before (line, col)."""
        best = None
        for js_line, js_col, source, py_line, _ in self.mappings:
            if (
                js_line == line
                and js_col <= col
                and (best is None or js_col >= best[0])
            ):
                best = (js_col, self.files[source].name, py_line)
        return None if best is None else best[1:]

    def segments(self, code_lines: list[str]):
        """Sorted segments with UTF-16 columns, one per distinct generated position."""
        out = {}
        count = len(code_lines)
        # An ASCII file's columns are the same in bytes and in UTF-16 (most are).
        ascii_files = [file.text.isascii() for file in self.files]
        for js_line, js_col, source, py_line, py_col in self.mappings:
            text = code_lines[js_line] if js_line < count else ""
            key = (js_line, js_col if text.isascii() else utf16_col(text, js_col))
            if key not in out:
                if not ascii_files[source]:
                    line = self.files[source].line(py_line)
                    utf16 = py_col_to_utf16(line, py_col)
                else:
                    utf16 = py_col
                out[key] = (source, py_line - 1, utf16, py_line, py_col)
        return sorted(out.items())

    def to_json(self, code: str, file: str, segments=None) -> str:
        """The source map of ``code`` (the bundle as written) as JSON text.

        ``segments``: `segments` of these mappings, when the caller has them for a
        text whose mapped lines are those of ``code``."""
        if segments is None:
            segments = self.segments(code.split("\n"))
        segments = [
            (line, col, source, src_line, src_col)
            for (line, col), (source, src_line, src_col, _, _) in segments
        ]
        data = {
            "version": 3,
            "file": file,
            "sources": [f.name for f in self.files],
            "sourcesContent": [f.text for f in self.files],
            "names": [],
            "mappings": encode_mappings(segments),
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"

    def trace_table(self, code: str, segments=None) -> dict:
        """What a callback needs at run time to name the Python line of a JS frame.

        A source-map-like table with one segment where the Python line or function
        changes (a stack frame needs no more), the enclosing function as the name.
        ``segments`` as for `to_json`.
        """
        if segments is None:
            segments = self.segments(code.split("\n"))
        out = []
        previous = None
        for (line, col), (source, _, _, py_line, py_col) in segments:
            file = self.files[source]
            name = self.name_index(file.function_at(py_line, py_col))
            key = (line, source, py_line, name)
            if key == previous:
                continue
            previous = key
            out.append((line, col, source, py_line - 1, 0, name))
        first = out[0][0] if out else 0
        return {
            "files": [f.name for f in self.files],
            "names": list(self.names),
            "line": first,  # the generated line `mappings` starts at
            "mappings": encode_mappings((s[0] - first, *s[1:]) for s in out),
        }


def line_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def position_of(starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect.bisect_right(starts, offset) - 1
    return line, offset - starts[line]
