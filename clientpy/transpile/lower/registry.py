"""One lowering function per Python node kind, registered explicitly.

`check.py` has already refused every kind without an entry here, so a missing entry
is a compiler bug, not a user error.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

EXPRESSIONS: dict[type, Callable] = {}
STATEMENTS: dict[type, Callable] = {}


def lowers_expr(*kinds: type):
    def register(fn):
        for kind in kinds:
            EXPRESSIONS[kind] = fn
        return fn

    return register


def lowers_stmt(*kinds: type):
    def register(fn):
        for kind in kinds:
            STATEMENTS[kind] = fn
        return fn

    return register


def loc_of(node: ast.AST) -> tuple[int, int] | None:
    line = getattr(node, "lineno", None)
    return None if line is None else (line, node.col_offset)
