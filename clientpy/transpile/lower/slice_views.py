"""`zip(xs, xs[1:])` without copying `xs`: the slice read in place, at an offset.

Pairing a list with itself shifted is the common way to take steps between neighbours,
and the copy a slice makes was most of the cost of such a loop (a 100k-item list copied
to be read once). Reading the list itself at `i + 1` gives the same items only while
the list does not change, so the view is taken only where nothing run inside the loop
can change a list: no store into an item or attribute, no `+=`/`*=` of a list, no
`await` or `yield` (other code would run between steps), and no call but of builtins
and methods that only read, given nothing that runs code of its own when read (a
function, or a generator made elsewhere). Anything else keeps the copy.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from ..scope import COMPREHENSIONS, walk
from .core import type_of
from .effects import ITERATING_BUILTINS, READING_METHODS, SCALAR_BUILTINS

# Kinds of value that are no generator, map or function: iterating them runs no code.
_INERT = frozenset(
    {"int", "float", "num", "dnum", "bool", "none", "str", "list", "tuple", "tuplen"}
    | {"dict", "set", "view", "mapping", "optint"}
)

# Keywords of those builtins that pass a value, not a function to call.
_PLAIN_KEYWORDS = frozenset({"reverse", "default", "start"})


@dataclass(frozen=True)
class SliceView:
    base: ast.expr  # the list or tuple sliced, a plain name
    lower: int  # where the view starts, counted from 0 (never negative)
    upper: int | None  # the slice's upper bound as written (negative: from the end)


def slice_view(fx, node) -> SliceView | None:
    """`xs[k:]`, `xs[:m]` or `xs[k:m]` of a list or tuple by name, with constant int
    bounds, the lower one not negative: None for anything else."""
    if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice)):
        return None
    bounds = node.slice
    if bounds.step is not None or not isinstance(node.value, ast.Name):
        return None
    if not type_of(fx, node.value).is_sequence:
        return None
    lower = 0 if bounds.lower is None else _int_constant(bounds.lower)
    upper = None if bounds.upper is None else _int_constant(bounds.upper)
    if lower is None or lower < 0 or (bounds.upper is not None and upper is None):
        return None
    return SliceView(node.value, lower, upper)


def _int_constant(node) -> int | None:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _int_constant(node.operand)
        return None if inner is None else -inner
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


_STORING = (ast.Subscript, ast.Attribute, ast.Tuple, ast.List)


def unchanged_during(fx, view: SliceView, runs) -> bool:
    """Whether the list `view` reads stays as it is while the nodes `runs` run: a tuple,
    a list only one name can reach (private_lists.py) that they do not name to change,
    or any list where they can change none."""
    from .private_lists import changed_in, private_list

    if type_of(fx, view.base).is_tuple:
        return True
    owner = fx.lookup_local(view.base.id)
    if owner is not None and private_list(owner, view.base.id):
        return not changed_in(owner, view.base.id, runs)
    return changes_no_list(fx, runs)


def changes_no_list(fx, runs) -> bool:
    """Whether running the nodes `runs` (a loop's body or conditions) can change no
    list. Iterating a generator runs its code, which may: every value iterated (by a
    loop, `in`, `*`, unpacking or a builtin) must be of a kind that is no generator."""
    for node in runs:
        for sub in walk(node):
            if isinstance(sub, (ast.Await, ast.Yield, ast.YieldFrom)):
                return False
            if isinstance(sub, _STORING) and not isinstance(sub.ctx, ast.Load):
                return False  # a store into an item, or an unpacking
            if isinstance(sub, ast.AugAssign) and not _scalar_update(fx, sub):
                return False
            if isinstance(sub, ast.Call) and not _reading_call(fx, sub):
                return False
            if not all(_inert(fx, it) for it in _iterated(sub)):
                return False
    return True


def _iterated(node) -> list:
    """What `node` iterates by itself (calls are checked apart)."""
    if isinstance(node, (ast.For, ast.comprehension)):
        return [node.iter]
    if isinstance(node, ast.Starred):
        return [node.value]
    if isinstance(node, ast.Compare):
        return [
            right
            for op, right in zip(node.ops, node.comparators)
            if isinstance(op, (ast.In, ast.NotIn))
        ]
    return []


def _scalar_update(fx, node: ast.AugAssign) -> bool:
    """`n += 1` of a number or str: `xs += ys` and `xs *= 2` extend a list in place."""
    if not isinstance(node.op, (ast.Add, ast.Mult)):
        return True
    return type_of(fx, node.target).kind in ("int", "float", "num", "bool", "str")


def _reading_call(fx, call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        k = fx.known_name(func)
        if k is None or k.kind != "builtin":
            return False
        if k.name in SCALAR_BUILTINS or (
            k.name in ("min", "max") and len(call.args) > 1 and not call.keywords
        ):
            return True
        return k.name in ITERATING_BUILTINS and _only_values(fx, call)
    if not isinstance(func, ast.Attribute):
        return False
    if type_of(fx, func.value).kind == "foreign":
        return False  # a browser object's method: any JS code
    if func.attr == "join":
        return _only_values(fx, call)
    return func.attr in READING_METHODS


def _only_values(fx, call: ast.Call) -> bool:
    """Arguments that are no generator, and keywords that call nothing of the user's."""
    for keyword in call.keywords:
        if keyword.arg == "key":
            if not _reading_key(fx, keyword.value):
                return False
        elif keyword.arg not in _PLAIN_KEYWORDS:
            return False
    return all(_inert(fx, arg) for arg in call.args)


def _reading_key(fx, value) -> bool:
    """A key function given as a lambda (its body is among the nodes walked) or as a
    builtin that calls nothing."""
    if isinstance(value, ast.Lambda):
        return True
    if isinstance(value, ast.Name):
        k = fx.known_name(value)
        return k is not None and k.kind == "builtin" and k.name in SCALAR_BUILTINS
    return False


def _inert(fx, node) -> bool:
    """Iterating it runs no code but what is written inside it (walked too): a
    comprehension, a call of range, or a value of a kind that is no generator."""
    if isinstance(node, COMPREHENSIONS):
        return True
    if isinstance(node, ast.Starred):
        return _inert(fx, node.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        k = fx.known_name(node.func)
        if k is not None and k.kind == "builtin" and k.name == "range":
            return True
    return type_of(fx, node).kind in _INERT
