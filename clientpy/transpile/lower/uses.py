"""Where a local's value goes from one place it is named: uses that keep it local.

Several analyses ask whether a name's value can reach other code (inference's escaping
names, lists only their own name reaches, locals that only hold Dash's JSON, callbacks
that return Dash's data untouched). These are the uses each of them accepts as keeping
the value where it is, judged by the node that names it and its parent.
"""

from __future__ import annotations

import ast

from .effects import OWN_METHODS, PRINTING_BUILTINS, builtin_reads

_DISPLAYS = (ast.List, ast.Tuple, ast.Set, ast.Dict)


def stays_local(name: ast.Name, parent) -> bool:
    """The value named is read where it is, not passed on: a method of its own, an item
    read, an operand, its truth, iterated or unpacked, returned, formatted, or given to
    a builtin that keeps none of it (effects.py)."""
    if parent is None:
        return False
    if isinstance(parent, ast.Attribute):
        return parent.attr in OWN_METHODS
    if isinstance(parent, ast.Subscript):
        return parent.value is name
    if isinstance(parent, ast.IfExp):
        return parent.test is name  # only its truth is read
    if isinstance(parent, (ast.Compare, ast.BinOp, ast.UnaryOp, ast.BoolOp)):
        return not isinstance(parent, ast.BoolOp)
    if isinstance(parent, (ast.For, ast.comprehension)):
        return parent.iter is name
    if isinstance(parent, ast.Assign) and parent.value is name:
        # `a, (b, c) = pairs`: its items are bound, as `pairs[0]` reads one
        return all(
            isinstance(target, (ast.Tuple, ast.List)) for target in parent.targets
        )
    if isinstance(parent, (ast.Return, ast.FormattedValue, ast.Expr)):
        return True
    if isinstance(parent, (ast.If, ast.While, ast.Assert)) and parent.test is name:
        return True  # only its truth is read
    if isinstance(parent, ast.Call):
        func = parent.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            # json.dumps(x), math.fsum(xs): module functions that only read.
            return func.value.id in ("json", "math") and name in parent.args
        return name in parent.args and builtin_reads(parent, name)
    return False


def only_returned(node, parents) -> bool:
    """Part of the value a `return` gives back, through displays only: the function
    ends there, so nothing it does can change the value afterwards."""
    parent = parents.get(id(node))
    while isinstance(parent, (ast.Dict, ast.List, ast.Tuple, ast.IfExp)):
        if isinstance(parent, ast.IfExp) and parent.test is node:
            return False
        if isinstance(parent, ast.Dict) and node in parent.keys:
            return False
        node, parent = parent, parents.get(id(parent))
    return isinstance(parent, ast.Return)


def only_printed(node, parents) -> bool:
    """Part of a display that is only printed or measured (`str([v])`, f"{[v]}",
    `json.dumps({"v": v})`): the display is made and dropped, so nothing can reach the
    value through it."""
    return printed_display(node, parents, _prints)


def _prints(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in PRINTING_BUILTINS
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and (func.value.id, func.attr) == ("json", "dumps")
    )


def printed_display(node, parents, printer) -> bool:
    """`node` is inside displays only, the outermost one formatted in an f-string or
    an argument of a call `printer(call)` accepts."""
    parent = parents.get(id(node))
    if not isinstance(parent, _DISPLAYS):
        return False
    while isinstance(parent, _DISPLAYS):
        node, parent = parent, parents.get(id(parent))
    if isinstance(parent, ast.FormattedValue):
        return parent.value is node
    return isinstance(parent, ast.Call) and node in parent.args and printer(parent)
