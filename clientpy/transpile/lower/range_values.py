"""Where a `range(...)` may stand.

CPython's range is an object of its own; the compiled one is a list of its ints. The
two act alike where the range is only walked: as the iterable of a loop or a
comprehension, as what `list()`, `sum()`, `sorted()`, `len()`... take, after `in`, or
unpacked into a display. Anywhere else they differ: a range prints as `range(0, 3)`,
is not equal to `[0, 1, 2]`, is no instance of list, has no `append`, cannot be
changed, and slices to a range. A range there is refused, where `list(range(...))`
says what the browser would do.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..scope import assigned_name, loads_of, method_call, parents, stores_of
from .core import type_of
from .known import is_range_call

# Builtins that only walk the iterable they are given (at these argument positions).
_WALKED_ARGUMENT = {
    "list": (0,),
    "tuple": (0,),
    "set": (0,),
    "frozenset": (0,),
    "sorted": (0,),
    "sum": (0,),
    "min": (0,),
    "max": (0,),
    "any": (0,),
    "all": (0,),
    "len": (0,),
    "bool": (0,),
    "enumerate": (0,),
    "reversed": (0,),
    "iter": (0,),
    "zip": None,  # every argument
    "map": None,  # its iterables (the function, first, is no range)
    "filter": (1,),
}


def check_range_value(fx, node: ast.Call) -> None:
    """Refuse the range `node` makes unless it is only used where a list of its ints
    acts as it does."""
    tree = fx.node
    up = parents(tree)
    if _acts_as_list(fx, node, up):
        return
    parent = up.get(id(node))
    if _is_named_range(fx, parent, node, tree) and all(
        _acts_as_list(fx, use, up) for use in loads_of(tree, parent.targets[0].id)
    ):
        return
    fx.report(
        "CP100",
        node,
        construct="a range object kept or used as a value",
        hint="a range is not a list in CPython (it prints, compares and changes "
        "differently, and its errors say `range`): write list(range(...)), or use "
        "the range directly in the loop or comprehension",
    )


def _acts_as_list(fx, node, up) -> bool:
    parent = up.get(id(node))
    if isinstance(parent, (ast.For, ast.AsyncFor, ast.comprehension)):
        return parent.iter is node
    if isinstance(parent, (ast.If, ast.While, ast.IfExp, ast.Assert)):
        return parent.test is node
    if isinstance(parent, ast.UnaryOp):
        return isinstance(parent.op, ast.Not)
    if isinstance(parent, ast.Starred):
        return isinstance(up.get(id(parent)), (ast.List, ast.Tuple, ast.Set, ast.Call))
    if isinstance(parent, ast.Subscript):
        # A slice of a range is a range; an index's IndexError would say `list`.
        is_slice = parent.value is node and isinstance(parent.slice, ast.Slice)
        return is_slice and _acts_as_list(fx, parent, up)
    if isinstance(parent, ast.Attribute):
        # `r.count(x)`; `r.index(x)`'s ValueError would say `list`
        call = method_call(parent, up)
        return (
            parent.attr == "count"
            and call is not None
            and len(call.args) == 1
            and not call.keywords
        )
    if isinstance(parent, ast.Compare):
        return _compared_as_range(fx, parent, node, up)
    if isinstance(parent, ast.Assign) and parent.value is node:
        # `a, b, *rest = range(n)`: unpacked, as a list would be (same messages)
        return all(isinstance(t, (ast.Tuple, ast.List)) for t in parent.targets)
    if isinstance(parent, ast.AugAssign):  # `xs += range(n)` extends a list
        target = parent.target
        is_list = (
            isinstance(target, ast.Name) and fx.local_type(target.id).kind == "list"
        )
        return isinstance(parent.op, ast.Add) and is_list
    if isinstance(parent, ast.Call) and node in parent.args:
        if not parent.keywords and _walking_method(fx, parent.func):
            return True
        return _walked_argument(fx, parent, parent.args.index(node))
    return False


def _walking_method(fx, func) -> bool:
    """`xs.extend(r)`, `math.prod(r)`, `math.fsum(r)`."""
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr == "extend":  # on anything else, an AttributeError all the same
        return type_of(fx, func.value).kind not in ("foreign", "patch")
    k = fx.known_name(func.value) if isinstance(func.value, ast.Name) else None
    is_math = k is not None and k.kind == "module" and k.name == "math"
    return is_math and func.attr in ("prod", "fsum")


def _compared_as_range(fx, compare, node, up) -> bool:
    """`x in r`, and `r == range(...)` (ranges are equal as sequences, as lists are;
    a range is never equal to a list)."""
    if len(compare.ops) != 1:
        return False
    op = compare.ops[0]
    if isinstance(op, (ast.In, ast.NotIn)):
        return compare.comparators[0] is node
    if isinstance(op, (ast.Eq, ast.NotEq)):
        other = (
            compare.left if compare.comparators[0] is node else compare.comparators[0]
        )
        return is_range_call(fx, other) or _names_a_range(fx, other, up)
    return False


def _names_a_range(fx, node, up) -> bool:
    """`r`, a local bound once, to a range."""
    if not isinstance(node, ast.Name) or not isinstance(node.ctx, ast.Load):
        return False
    for store in stores_of(fx.node, node.id):
        bound = up.get(id(store))
        return isinstance(bound, ast.Assign) and _is_named_range(
            fx, bound, bound.value, fx.node
        )
    return False


def _walked_argument(fx, call, index: int) -> bool:
    k = fx.known_name(call.func) if isinstance(call.func, ast.Name) else None
    if k is None or k.kind != "builtin" or k.name not in _WALKED_ARGUMENT:
        return False
    if call.keywords and k.name not in (
        "sorted",
        "min",
        "max",
        "sum",
        "enumerate",
        "zip",
    ):
        return False
    positions = _WALKED_ARGUMENT[k.name]
    if positions is None:
        return k.name != "map" or index > 0
    return index in positions


def _is_named_range(fx, parent, node, tree) -> bool:
    """`r = range(n)` binding a local of this function that nothing else binds (so
    its every use is one of the range's, and is in this tree)."""
    name = assigned_name(parent)
    if name is None or parent.value is not node:
        return False
    if name not in fx.scope.locals or name in fx.scope.params:
        return False
    return is_range_call(fx, node) and stores_of(tree, name) == [parent.targets[0]]


def range_made(fx, node, value: js.Expr) -> bool:
    """`node` is `range(...)`, lowered to `value`, a py_range call making its items:
    len() and `in` ask its arguments instead (range(10**12) has no array)."""
    return (
        node is not None
        and is_range_call(fx, node)
        and isinstance(value, js.Call)
        and value.callee == js.Name("py_range")
    )
