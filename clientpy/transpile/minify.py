"""``clientpy build --minify``: the bundle without comments and spare whitespace.

The bundle is split into tokens by tree-sitter's JavaScript grammar (through
ast-grep-py), so strings, template literals and regular expressions are copied as they
are, and comments dropped. Tokens are joined with a space only where two would merge,
and a line break is kept wherever the original had one and automatic semicolon
insertion could depend on it. Names are not shortened: the source map stays exact
because every position in the output is a position of the input moved by a known
amount (`Translation`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .sourcemap import line_starts, position_of

# Kinds copied whole; their inner structure is not minified.
ATOMIC = frozenset({"string", "template_string", "regex", "number"})
DROPPED = frozenset({"comment", "html_comment"})
# A line break after or before these never decides where a statement ends.
NO_BREAK_AFTER = frozenset({";", "{", ",", "(", "["})
NO_BREAK_BEFORE = frozenset({"}", ")", "]", ",", ";"})


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_$\\" or ord(ch) > 127


def _needs_space(prev: str, prev_kind: str, cur: str) -> bool:
    a, b = prev[-1], cur[0]
    if _word_char(a) and _word_char(b):
        return True
    if a in "+-" and b == a:
        return True  # a + +b, a - --b
    if a == "/" and b in "/*":
        return True
    if a == "<" and cur.startswith("!--"):
        return True
    if a == "-" and b == ">":
        return True
    return prev_kind == "number" and b == "."


@dataclass(frozen=True)
class Translation:
    """Where each position of the input is in the output."""

    old_starts: list[int]  # start offset of each kept token in the input, sorted
    new_starts: list[int]  # and in the output
    lengths: list[int]
    old_lines: list[int]
    new_lines: list[int]

    def offset(self, old: int) -> int:
        i = bisect.bisect_right(self.old_starts, old) - 1
        if i >= 0 and old < self.old_starts[i] + self.lengths[i]:
            return self.new_starts[i] + old - self.old_starts[i]
        # between tokens: where the next token lands
        if i + 1 < len(self.new_starts):
            return self.new_starts[i + 1]
        return self.new_starts[-1] + self.lengths[-1] if self.new_starts else 0

    def position(self, line: int, col: int) -> tuple[int, int]:
        old = self.old_lines[line] + col
        return position_of(self.new_lines, self.offset(old))


def _tokens(code: str):
    """(start, end, kind) of every token in source order; comments left out."""
    from ast_grep_py import SgRoot

    root = SgRoot(code, "javascript").root()
    out = []
    stack = [root]
    while stack:
        node = stack.pop()
        kind = node.kind()
        if kind == "ERROR":
            raise ValueError("the code does not parse")
        if kind in DROPPED:
            continue
        children = node.children() if kind not in ATOMIC else []
        if children:
            stack.extend(reversed(children))
            continue
        r = node.range()
        if r.end.index > r.start.index:  # zero-width: an inserted semicolon
            out.append((r.start.index, r.end.index, kind))
    return out


def minify_code(code: str) -> tuple[str, Translation]:
    """``code`` minified, and how its positions moved.

    Code that does not parse is returned unchanged (verification reports it).
    """
    try:
        tokens = _tokens(code)
    except ValueError:
        tokens = None
    old_lines = line_starts(code)
    if tokens is None:
        starts = [0]
        return code, Translation(starts, starts, [len(code)], old_lines, old_lines)
    parts: list[str] = []
    length = 0
    old_starts, new_starts, lengths = [], [], []
    prev = prev_kind = None
    prev_end = 0
    for start, end, kind in tokens:
        text = code[start:end]
        if prev is not None:
            gap = code[prev_end:start]
            if (
                "\n" in gap
                and prev not in NO_BREAK_AFTER
                and text not in NO_BREAK_BEFORE
            ):
                parts.append("\n")
                length += 1
            elif _needs_space(prev, prev_kind, text):
                parts.append(" ")
                length += 1
        old_starts.append(start)
        new_starts.append(length)
        lengths.append(end - start)
        parts.append(text)
        length += len(text)
        prev, prev_kind, prev_end = text, kind, end
    parts.append("\n")
    new_code = "".join(parts)
    return new_code, Translation(
        old_starts, new_starts, lengths, old_lines, line_starts(new_code)
    )
