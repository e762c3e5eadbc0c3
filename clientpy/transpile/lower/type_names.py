"""`type(e).__name__` and `e.__class__.__name__` of a caught exception: the Python
name of its class (`f"{type(e).__name__}: {e}"` in an `except` clause).

Other uses of `type()` stay refused: a JS number cannot tell an int from an integral
float the code made, and a type object has no counterpart in the browser.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .core import expr, type_of
from .known import builtin_call
from .registry import loc_of


def caught_exception(fx, node: ast.Attribute) -> ast.expr | None:
    """The exception whose class name `node` reads, when it reads one."""
    if node.attr != "__name__":
        return None
    base = node.value
    if isinstance(base, ast.Attribute) and base.attr == "__class__":
        subject = base.value
    elif builtin_call(fx, base, "type") and len(base.args) == 1:
        subject = base.args[0]
    else:
        return None
    return subject if type_of(fx, subject).kind == "exc" else None


def exception_type_name(fx, node: ast.Attribute) -> js.Expr | None:
    subject = caught_exception(fx, node)
    if subject is None:
        return None
    return fx.unit.call("py_exc_name", expr(fx, subject), loc=loc_of(node))
