"""Ints that stay far inside 2**53, where `+` and `-` need no overflow check.

A JS number holds every int up to 2**53; past it a sum rounds where Python's int grows.
Int `+`, `-` and `*` are checked at run time (py_num_add...); `+` and `-` are not where
both operands are bounded: small literals, `len()`, locals that only count, and the values
of dicts that only count (counter_dicts.py). A counter moves by a small
literal per step, so reaching 2**53 would take more steps than any callback runs; a
name bound from bounded values (`j = i + 1`) is bounded unless its value feeds back
into itself (`a = a + b` doubles on every step).
"""

from __future__ import annotations

import ast

from ..scope import TreeFact, kept_for_tree, nodes_of, own_nodes_of, parents
from .core import type_of
from .counter_dicts import reads_count
from .known import builtin_call, is_range_call
from .operators import fraction_kept
from .unsigned_items import counted_item, unsigned_items

# |literal| of a bounded operand, and of a counter's step (2**36 steps to reach 2**52).
SMALL = 2**32
STEP = 2**16

_KEPT = TreeFact("kept")

# The checked forms of `+`, `-` and `*` on numbers that may both be ints. (Two ints'
# product goes to py_imul; a product of bounded ints can still pass 2**53.)
CHECKED = {ast.Add: "py_num_add", ast.Sub: "py_num_sub", ast.Mult: "py_num_mul"}
_MAY_BE_INT = frozenset({"int", "bool", "num", "dnum"})
# Operators that turn an int operand into a float when the other one is a float.
_FLOAT_ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div)


def checked_helper(fx, op: type, node, left_t, right_t) -> str | None:
    """The helper for `a + b`, `a - b` or `a * b` (a BinOp or an AugAssign `node`) on
    numbers whose int result might pass 2**53; None where plain JS is exact."""
    if op not in CHECKED or not {left_t.kind, right_t.kind} <= _MAY_BE_INT:
        return None
    kept = fraction_kept(op, left_t, right_t)
    if kept:
        return kept  # a number from Dash and an int: never bounded
    if isinstance(node, ast.AugAssign):
        left, right = node.target, node.value
    else:
        left, right = node.left, node.right
        if taken_as_float(fx, node):
            return None
    if op is not ast.Mult and _small(fx, left, left_t) and _small(fx, right, right_t):
        return None
    return CHECKED[op]


def taken_as_float(fx, node: ast.BinOp) -> bool:
    """`acc + x * y` with `acc` a float: Python turns the exact int x * y into the
    nearest float, which is what IEEE's JS product of the two ints is, so the product
    needs no check (ints from Dash are below 1e21: their product is a finite float).
    One level only: `acc + (x * y + z)` would round twice."""
    parent = parents(fx.node).get(id(node))
    if isinstance(parent, ast.BinOp) and isinstance(parent.op, _FLOAT_ARITHMETIC):
        other = parent.right if parent.left is node else parent.left
    elif (
        isinstance(parent, ast.AugAssign)
        and isinstance(parent.op, _FLOAT_ARITHMETIC)
        and parent.value is node
    ):
        other = parent.target
    else:
        return False
    return type_of(fx, other).kind == "float"


def zero_sign_unseen(fx, node: ast.BinOp) -> bool:
    """`total += x * y` with total a number that is never -0: such a number plus or
    minus a zero is the same whichever the zero's sign, so a zero product of two ints
    needs no turning into +0 (JS's 0 * -3 is -0, Python's the int 0). By IEEE's rules
    a sum is -0 only where both terms are -0 (a difference: -0 minus +0), so a local
    that starts as a literal and changes only by adding and subtracting is never -0,
    in JS as in CPython (an int is never -0.0, and `0 + -0.0` is 0.0). Not a number
    (a str, a list), it meets no zero: the product either repeats it or raises."""
    if _square(node):
        return True  # `dx * dx`: +0 whatever the zero's sign, in JS as in CPython
    parent = parents(fx.node).get(id(node))
    if isinstance(parent, ast.AugAssign) and parent.value is node:
        other = parent.target if isinstance(parent.op, (ast.Add, ast.Sub)) else None
    elif isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Add):
        other = parent.right if parent.left is node else parent.left
    elif isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Sub):
        other = parent.left if parent.right is node else None  # 0 - 0.0 is 0.0
    else:
        return False
    if not isinstance(other, ast.Name):
        return unsigned_items(fx, other)  # `res[j] += x * y`
    owner = fx.lookup_local(other.id)
    if owner is None or other.id in owner.scope.params:
        return False
    unsigned = kept_for_tree(_UNSIGNED_FLOATS, owner.node, lambda: _unsigned(owner))
    return other.id in unsigned


def _square(node: ast.expr) -> bool:
    """`x * x` of one name, read twice with nothing run between."""
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mult)
        and isinstance(node.left, ast.Name)
        and isinstance(node.right, ast.Name)
        and node.left.id == node.right.id
    )


_UNSIGNED_FLOATS = TreeFact("unsigned floats")


def _unsigned(fx) -> frozenset[str]:
    """Locals every binding of which is a literal (never -0.0, which is written
    `-0.0`, a unary minus), a `+=` or `-=`, or the same as an assignment
    (`total = total + x`, `total = x + total`, `total = total - x`)."""
    up = parents(fx.node)
    names: dict[str, bool] = {}
    for node in own_nodes_of(fx.node, ast.Name):
        if isinstance(node.ctx, ast.Load):
            continue
        parent = up.get(id(node))
        if isinstance(parent, ast.Assign) and parent.targets == [node]:
            value = parent.value
            ok = (
                isinstance(value, ast.Constant)
                or added_term(value, node.id) is not None
            )
        else:
            ok = isinstance(parent, ast.AugAssign) and isinstance(
                parent.op, (ast.Add, ast.Sub)
            )
        names[node.id] = names.get(node.id, True) and ok
    for node in nodes_of(fx.node, ast.Nonlocal, ast.Global):
        for name in node.names:
            names[name] = False
    return frozenset(name for name, ok in names.items() if ok)


def added_term(value: ast.expr, name: str) -> ast.expr | None:
    """The term of `name + x`, `x + name` or `name - x` (which move `name` as `+=` and
    `-=` do: -0 only where `name` was -0); None for anything else."""
    if not isinstance(value, ast.BinOp):
        return None
    if isinstance(value.op, (ast.Add, ast.Sub)) and _is_name(value.left, name):
        return value.right
    if isinstance(value.op, ast.Add) and _is_name(value.right, name):
        return value.left
    return None


def _is_name(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def below_2_53(fx, node: ast.expr) -> bool:
    """An int String() prints exactly: a bounded one. An int `+ - *` is no proof: its
    check lets an exact sum past 2**53 through where an operand is already past it (an
    int from Dash's data), and String() gives a double's shortest digits, not its exact
    ones (40000000000000176 prints as 40000000000000180)."""
    return bounded(fx, node)


def _small(fx, node, typ) -> bool:
    return typ.kind == "bool" or bounded(fx, node)


def bounded(fx, node: ast.expr) -> bool:
    """The int `node` computes is far inside 2**53, whatever the inputs."""
    return _bounded(fx, node, lambda name: _bounded_name(fx, name))


def _bounded_name(fx, name: str) -> bool:
    owner = fx.lookup_local(name)
    if owner is None or name in owner.scope.params:
        return False
    return name in bounded_names(owner)


def _bounded(fx, node, named) -> bool:
    if isinstance(node, ast.Constant):
        return type(node.value) in (int, bool) and abs(node.value) <= SMALL
    if isinstance(node, ast.Name):
        return named(node.id)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return _bounded(fx, node.operand, named)
    if isinstance(node, ast.BinOp):
        return _bounded_binop(fx, node, named)
    if isinstance(node, ast.IfExp):
        return _bounded(fx, node.body, named) and _bounded(fx, node.orelse, named)
    if isinstance(node, ast.Call):
        return _bounded_call(fx, node, named)
    return isinstance(node, ast.Subscript) and (
        reads_count(fx, node) or counted_item(fx, node)
    )


def _bounded_binop(fx, node: ast.BinOp, named) -> bool:
    if isinstance(node.op, (ast.Add, ast.Sub)):
        return _bounded(fx, node.left, named) and _bounded(fx, node.right, named)
    if isinstance(node.op, ast.Mod):  # |a % m| < |m|
        return _bounded(fx, node.right, named)
    if isinstance(node.op, ast.FloorDiv):  # |a // d| <= |a| for an int d != 0
        right = node.right
        return (
            isinstance(right, ast.Constant)
            and type(right.value) is int
            and right.value != 0
            and _bounded(fx, node.left, named)
        )
    return False


def _bounded_call(fx, node: ast.Call, named) -> bool:
    if builtin_call(fx, node, "len"):
        return True  # lengths of arrays and strings are below 2**32
    if builtin_call(fx, node, "min") or builtin_call(fx, node, "max"):
        return len(node.args) >= 2 and all(
            _bounded(fx, arg, named) for arg in node.args
        )
    return reads_count(fx, node)


def bounded_names(fx) -> frozenset[str]:
    """The locals of `fx`'s function (or comprehension) that stay bounded."""
    return kept_for_tree(_KEPT, fx.node, lambda: frozenset(_bounded_names(fx)))


def _bounded_names(fx) -> set[str]:
    bindings = _bindings(fx)
    names = {name for name, found in bindings.items() if None not in found}
    names -= set(fx.scope.params)  # a parameter's value is the caller's
    while True:
        kept = {
            name
            for name in names
            if all(_binding_bounded(fx, b, names) for b in bindings[name])
            and not _feeds_back(name, bindings, names)
        }
        if kept == names:
            return names
        names = kept


def _binding_bounded(fx, values: tuple, names) -> bool:
    return all(_bounded(fx, value, names.__contains__) for value in values)


def _feeds_back(name: str, bindings, names) -> bool:
    """`name`'s value depends on itself through bound values (not a counter's step)."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        for values in bindings[current]:
            for value in values:
                for sub in ast.walk(value):
                    if isinstance(sub, ast.Name) and sub.id in names:
                        if sub.id == name:
                            return True
                        if sub.id not in seen:
                            seen.add(sub.id)
                            todo.append(sub.id)
    return False


def _bindings(fx) -> dict[str, list]:
    """name -> for each place that binds it, the expressions its value is bounded by
    (() for a counter's step); None where a binding can take any value."""
    out: dict[str, list] = {}
    root = fx.node
    up = parents(root)
    for node in own_nodes_of(root, ast.Name):
        if not isinstance(node.ctx, ast.Load):
            out.setdefault(node.id, []).append(_bound_by(fx, node, up))
    # A nested function's `nonlocal n` can set n to anything.
    for node in nodes_of(root, ast.Nonlocal, ast.Global):
        for name in node.names:
            out.setdefault(name, []).append(None)
    return out


def _bound_by(fx, target: ast.Name, up) -> tuple | None:
    parent = up.get(id(target))
    if isinstance(parent, ast.Assign) and parent.targets == [target]:
        if _is_step(target.id, parent.value):
            return ()
        return (parent.value,)
    if isinstance(parent, ast.AnnAssign) and parent.value is not None:
        return (parent.value,)
    if isinstance(parent, ast.AugAssign) and isinstance(parent.op, (ast.Add, ast.Sub)):
        step = parent.value
        if isinstance(step, ast.Constant) and type(step.value) is int:
            return () if abs(step.value) <= STEP else None
        return None
    if isinstance(parent, (ast.For, ast.comprehension)) and parent.target is target:
        if isinstance(parent.iter, (ast.Tuple, ast.List)):  # `for dy in (-1, 0, 1)`
            return tuple(parent.iter.elts)
        return _range_bounds(fx, parent.iter)
    if isinstance(parent, ast.Tuple) and parent.elts and parent.elts[0] is target:
        return _enumerate_count(fx, parent, up)
    return None


def _is_step(name: str, value) -> bool:
    """`n = n + 1` or `n = n - 1`: a counter's step, written out."""
    return (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, (ast.Add, ast.Sub))
        and isinstance(value.left, ast.Name)
        and value.left.id == name
        and isinstance(value.right, ast.Constant)
        and type(value.right.value) is int
        and abs(value.right.value) <= STEP
    )


def _range_bounds(fx, iterable) -> tuple | None:
    """A `range()` item lies between its start and stop."""
    if not is_range_call(fx, iterable):
        return None
    return tuple(iterable.args[:2])


def _enumerate_count(fx, pair: ast.Tuple, up) -> tuple | None:
    """The count of `for i, x in enumerate(xs)`: below the start plus a length."""
    loop = up.get(id(pair))
    if not (
        isinstance(loop, (ast.For, ast.comprehension))
        and loop.target is pair
        and len(pair.elts) == 2
        and builtin_call(fx, loop.iter, "enumerate")
    ):
        return None
    return tuple(loop.iter.args[1:2])
