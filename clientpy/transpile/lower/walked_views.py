"""Dict views walked where nothing can change the dict between steps.

A view's iterator checks the dict's size at each step, as CPython's does, and a plain
object's size is a count of its keys: a walk of a dict from Dash was quadratic in its
size (8,000 keys: 8 s). Where no code can run between the steps that could change
the dict, the view is made without that check (py_view_walked):

- the one argument of a builtin that walks it through (`sum(d.values())`,
  `sorted(d.items())`): the builtin runs none of the callback's code;
- the iterable of a `for` loop or of a list, set or dict comprehension (or of a
  generator expression such a builtin consumes) whose every part changes no
  container that may be the dict: no store into an item or attribute, no `await`,
  no call but of builtins given no function of the callback's, and of methods that
  add or remove no dict keys (`out.append(v)`, `k.upper()`), none of them given an
  iterator made elsewhere to consume (a generator's own code runs as it is consumed).

Anywhere else (a body that calls a function of the callback's, stores through an item,
consumes a generator or awaits) the view keeps its check: the compiler's own guard
(iteration_guard.py) does not follow every way such code may reach the dict.
"""

from __future__ import annotations

import ast

from .. import types as t
from ..scope import TreeFact, kept_for_tree, parents, walk
from .core import type_of
from .known import builtin_call

VIEWS = frozenset({"keys", "values", "items"})
# Builtins that walk a view given alone to the end, running none of the callback's
# code between its steps (a key function would: `max(d.values(), key=f)`).
_WALKING_BUILTINS = (
    "sum",
    "list",
    "tuple",
    "set",
    "sorted",
    "min",
    "max",
    "any",
    "all",
)
# Kinds whose methods change only the value itself, which is no dict.
_NOT_DICTS = frozenset(
    {"list", "str", "set", "tuple", "tuplen", "int", "float", "bool"}
)
_EAGER = (ast.ListComp, ast.SetComp, ast.DictComp)
# The dict methods that add or remove keys; any other method of a value of open type
# (`k.upper()`, `row.get("v")`) changes no dict's size.
_CHANGERS = frozenset(
    {"pop", "popitem", "clear", "update", "setdefault", "__setitem__", "__delitem__"}
)


def walked_at_once(fx, call: ast.Call) -> bool:
    """`d.values()` (no arguments) walked where nothing can change d between steps."""
    if call.args or call.keywords or makes_lazy_code(fx):
        return False
    up = parents(fx.node)
    parent = up.get(id(call))
    if isinstance(parent, ast.For):
        parts = [parent.target, *parent.body]
        return parent.iter is call and changes_no_dict(fx, parts)
    if isinstance(parent, ast.comprehension) and parent.iter is call:
        owner = up.get(id(parent))
        if isinstance(owner, ast.GeneratorExp) and not _walked_through(fx, owner, up):
            return False  # a lazy generator: its consumer runs between the steps
        return isinstance(owner, (*_EAGER, ast.GeneratorExp)) and changes_no_dict(
            fx, _comprehension_parts(owner, call)
        )
    return _walked_through(fx, call, up)


def _comprehension_parts(node, call: ast.Call) -> list[ast.AST]:
    """What runs between the steps of the clause walking `call`: every part but that
    iterable itself."""
    parts: list[ast.AST] = []
    for gen in node.generators:
        parts += [gen.target, *gen.ifs] + ([] if gen.iter is call else [gen.iter])
    if isinstance(node, ast.DictComp):
        return [*parts, node.key, node.value]
    return [*parts, node.elt]


def makes_lazy_code(fx) -> bool:
    """The function makes code that may run later, wherever what holds it is consumed
    (a lambda, a generator expression not walked where it stands, `map` or `filter`
    of a function of the callback's): a loop's body may run it in ways no type shows
    (`out.extend(m)`, `[*m]`, `2 in m`, `m` kept in a list or an exception). Its views
    keep their checks. (Asked at every view call and walked loop: kept per tree.)"""
    root = fx.function_root()
    return kept_for_tree(_LAZY, root.node, lambda: _makes_lazy_code(root))


_LAZY = TreeFact("makes lazy code")


def _makes_lazy_code(root) -> bool:
    up = parents(root.node)
    for node in walk(root.node):
        if isinstance(node, ast.Lambda):
            return True
        if isinstance(node, ast.GeneratorExp) and not _walked_through(root, node, up):
            return True
        if isinstance(node, ast.Call) and not _calls_no_code(
            root, node, _builtin(root, node)
        ):
            return True
    return False


def _builtin(fx, call: ast.Call) -> str | None:
    if not isinstance(call.func, ast.Name):
        return None
    k = fx.known_name(call.func)
    return k.name if k is not None and k.kind == "builtin" else None


def _walked_through(fx, node: ast.expr, up) -> bool:
    parent = up.get(id(node))
    return (
        isinstance(parent, ast.Call)
        and parent.args == [node]
        and any(builtin_call(fx, parent, name) for name in _WALKING_BUILTINS)
    )


def changes_no_dict(fx, parts: list[ast.AST]) -> bool:
    """No part may change a dict (module docstring), nor consume an iterator made
    elsewhere (a generator's or map's own code runs as it is consumed)."""
    for part in parts:
        if isinstance(part, ast.expr) and _lazy(fx, part):
            return False  # an iterable walked between steps (another clause's)
        for node in walk(part):
            if isinstance(node, (ast.Await, ast.Yield, ast.YieldFrom)):
                return False
            if isinstance(node, (ast.For, ast.comprehension)) and _lazy(fx, node.iter):
                return False
            if isinstance(node, (ast.Subscript, ast.Attribute)) and not isinstance(
                node.ctx, ast.Load
            ):
                return False
            if isinstance(node, ast.AugAssign) and not _changes_a_value(fx, node):
                return False
            if isinstance(node, ast.Call) and not runs_no_code(fx, node):
                return False
    return True


def _changes_a_value(fx, node: ast.AugAssign) -> bool:
    """`total += v` of a number or str: it rebinds the name, changing no container."""
    target = type_of(fx, node.target)
    return t.is_numeric(target) or target.kind == "str"


def runs_no_code(fx, call: ast.Call) -> bool:
    """A builtin, or a method of a value known to be no dict (`out.append(v)`,
    `s.upper()`), that calls no function of the callback's (`key=`, map's) and is
    given no iterator to consume (`next(g)`, `out.extend(g)`)."""
    args = [a.value if isinstance(a, ast.Starred) else a for a in call.args]
    if any(_lazy(fx, a) for a in [*args, *(kw.value for kw in call.keywords)]):
        return False
    func = call.func
    if isinstance(func, ast.Attribute):
        kind = type_of(fx, func.value).kind
        if kind not in _NOT_DICTS and (kind == "foreign" or func.attr in _CHANGERS):
            return False  # may be the dict's own `d.pop(k)`, or a JS object's method
        return _calls_no_code(fx, call, None)
    if not isinstance(func, ast.Name):
        return False
    k = fx.known_name(func)
    return k is not None and k.kind == "builtin" and _calls_no_code(fx, call, k.name)


def _lazy(fx, node: ast.expr) -> bool:
    """A lazy iterator (a generator, map, zip...): consuming it runs the code it was
    made from. A generator expression written right there is looked at as a part."""
    if isinstance(node, ast.GeneratorExp):
        return False
    if isinstance(node, ast.Name) and fx.lookup_local(node.id) is None:
        # a comprehension's own name (typed in its scope, not here), or a global
        found, value = fx.lookup_global(node.id)
        return not (found and isinstance(value, _PLAIN_VALUES))
    return type_of(fx, node).kind in ("iter", "coro", "foreign", "func")


_PLAIN_VALUES = (list, tuple, dict, set, frozenset, str, int, float, bool, type(None))


def _calls_no_code(fx, call: ast.Call, builtin: str | None) -> bool:
    """The functions the call is given to call (`key=`, map's and filter's first
    argument) are lambdas, whose bodies are looked at as part of the walk, or
    builtins."""
    called = [kw.value for kw in call.keywords if kw.arg == "key"]
    if builtin in ("map", "filter") and call.args:
        called.append(call.args[0])
    for func in called:
        if isinstance(func, ast.Lambda):
            continue
        k = fx.known_name(func) if isinstance(func, ast.Name) else None
        if k is None or k.kind != "builtin":
            return False
    return True
