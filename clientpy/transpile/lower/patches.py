"""dash.Patch: what the compiler writes for a Patch's items, attributes and methods.

A Patch records operations (runtime py_patch.js). `p["a"]` and `p.a` are both the
sub-patch at "a" (Patch.__getattr__ is __getitem__), so `p.layout.title = "t"` records
an Assign at ["layout", "title"]; `p[k] += v` records Add (Extend for a list, as
Patch.__iadd__ does), `-=` Sub, `*=` Mul, `/=` Div and `|=` Merge. Any other operator
is a TypeError in CPython (a Patch has no `//`), refused here.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from .core import expr
from .registry import loc_of

# `patch[k] op= v`: the operations Dash's Patch records for these operators.
PATCH_OPERATIONS = {
    ast.Add: "Add",
    ast.Sub: "Sub",
    ast.Mult: "Mul",
    ast.Div: "Div",
    ast.BitOr: "Merge",
}

# The methods of dash.Patch (its other attributes are sub-patches).
PATCH_METHODS = frozenset(
    ["append", "prepend", "insert", "extend", "remove", "update", "clear", "reverse"]
)


def patch_attribute(fx, node: ast.Attribute) -> js.Expr:
    """`p.layout`, read: the sub-patch at "layout". A method's name read as a value
    (`f = p.append`) is refused."""
    if node.attr in PATCH_METHODS:
        fx.report(
            "CP116",
            node,
            attr=node.attr,
            type="a Patch",
            hint="call the method where it is named: p.append(x)",
        )
    at = js.Member(expr(fx, node.value), "at")
    return js.Call(at, (js.Str(node.attr),), loc=loc_of(node))


def patch_key(fx, target: ast.Subscript | ast.Attribute) -> js.Expr:
    """The key a store into a Patch names: `p[k]` or `p.k`."""
    if isinstance(target, ast.Attribute):
        return js.Str(target.attr)
    return expr(fx, target.slice)


def patch_target(fx, target: ast.expr) -> bool:
    """Whether `target` is `p[k]` or `p.k` of a Patch `p`, or a name holding one."""
    from .core import type_of

    if isinstance(target, ast.Name):
        return type_of(fx, target).kind == "patch"
    if not isinstance(target, (ast.Subscript, ast.Attribute)):
        return False
    return type_of(fx, target.value).kind == "patch"


def patch_augmented(fx, node: ast.AugAssign) -> list[js.Stmt]:
    """`p[k] op= v` or `p.k op= v`: the operation recorded at the key. `p op= v`: at
    p's own location, and p is then what Dash's Patch gives back (itself at the root,
    a bare marker object for a sub-patch: `sub = p["n"]; sub += 1`)."""
    from .targets import assign

    loc = loc_of(node)
    operation = PATCH_OPERATIONS.get(type(node.op))
    if operation is None:
        fx.report(
            "CP100",
            node,
            construct=f"`{type(node.op).__name__}` augmented assignment on a Patch",
            hint="a Patch records +=, -=, *=, /= and |= only",
        )
        return []
    target = node.target
    if isinstance(target, ast.Name):
        held = expr(
            fx, ast.copy_location(ast.Name(id=target.id, ctx=ast.Load()), target)
        )
        args = (js.Str(operation), expr(fx, node.value))
        recorded = js.Call(js.Member(held, "iop_here"), args, loc=loc)
        return assign(fx, target, recorded, t.PATCH)
    obj = expr(fx, target.value)
    key = patch_key(fx, target)
    args = (key, js.Str(operation), expr(fx, node.value))
    return [js.ExprStmt(js.Call(js.Member(obj, "iop"), args), loc=loc)]
