"""Stores the aliasing analyses do not follow: made where no statement of the function
shows which of its names the changed container belongs to.

aliasing.py follows a store into a container back to the names that may hold it when
the store is a statement of the function: `for r in rows: r["half"] = r["n"] / 2`
makes `rows` hold floats, so `str(rows)` is refused rather than printing `2` for
`2.0`. These forms change a container from a place that analysis does not walk:

- a writing method called in a comprehension: `[r.update(half=r["n"] / 2) for r in
  rows]` (its target is the comprehension's own name);
- a lambda that calls one: `map(lambda r: r.update(...), rows)`, a sort key;
- a function of this one's, read as a value (`rows.sort(key=_score)`, a dispatch
  dict, `map(_fill, rows)`), that stores into its parameters;
- a writing method read as a value (`add = series.append`) or called on its class
  (`list.append(series, x)`);
- an item as the target of a loop or an annotated assignment (`for r["v"] in ...`);
- a function held by a local, made elsewhere (`f = _maker(); f(row)`).

Where one of them is in a function, what any of its names holds may have been
changed that way: reads of its names are open as reads out of containers are in
aliasing.py (an open value is one that may hold a float, never printed as if its
numbers were ints; a list annotated `list[str]` may hold anything).
"""

from __future__ import annotations

import ast
import inspect

from ..scope import (
    COMPREHENSIONS,
    DEFS,
    FUNCTIONS,
    TreeFact,
    children,
    function_scope,
    kept_for_tree,
    nodes_of,
    own_nodes_of,
    root_name,
)
from .aliasing import FRESH, MUTATORS, callee_node, fresh_bound

_TYPES = frozenset(["list", "dict", "set"])  # `list.append(xs, v)`

_FOUND = TreeFact("out of sight")
_VALUES = TreeFact("names as values")
_THROUGH_PARAMETERS = TreeFact("stores through own names and parameters")
_THROUGH_LOCALS = TreeFact("stores through own names")
_CLOSURES = TreeFact("stored into by nested functions")


def stores_out_of_sight(fx) -> bool:
    """The function (or comprehension) of `fx` has such a store."""
    node = fx.node
    if kept_for_tree(_FOUND, node, lambda: _find(node)):
        return True
    if any(_stores_outside(fx, name) for name in _names_as_values(node)):
        return True
    if any(_value_called(fx, call) for call in own_nodes_of(node, ast.Call)):
        return True
    # A function or lambda made here: its stores into its parameters are followed
    # where it is called (aliasing.given_to_writers), into this function's names
    # too (inference's nested writes); not those through a name of its own.
    if not _makes_functions(node):
        return False
    in_place = _lambdas_called_with_displays(node)
    return any(
        _function_stores(fx, sub, set(), parameters=isinstance(sub, ast.Lambda))
        for sub in _own_nodes_and_lambdas(node)
        if isinstance(sub, FUNCTIONS) and id(sub) not in in_place
    )


def _find(node) -> bool:
    # Each form is looked for among the nodes of its classes (kept by class for the
    # tree): most functions have none of them, and this runs on every translation.
    if any(a.attr in MUTATORS for a in nodes_of(node, ast.Attribute)):
        if any(_writes(sub) for sub in own_nodes_of(node, *COMPREHENSIONS)):
            return True
        methods = [a for a in own_nodes_of(node, ast.Attribute) if a.attr in MUTATORS]
        calls = _called(node) if methods else set()
        if any(_writing_method_as_value(a, calls) for a in methods):
            return True
    targets = own_nodes_of(node, ast.For, ast.AnnAssign, ast.comprehension)
    if targets:
        fresh = _fresh_here(node)
        return any(_item_target(sub, fresh) for sub in targets)
    return False


def _fresh_here(node) -> set[str]:
    """Locals of the function `node` bound only to displays (none for a
    comprehension)."""
    if isinstance(node, COMPREHENSIONS):
        return set()
    return set(fresh_bound(node)[0]) - set(function_scope(node).params)


def _item_target(node, fresh: set[str]) -> bool:
    """`for r["v"] in ...`, `r["v"]: float = ...` into a container the function did
    not make: stores the second-name analyses (which follow `=` and writing methods)
    do not look for."""
    if not isinstance(node, (ast.For, ast.AnnAssign, ast.comprehension)):
        return False
    return any(
        isinstance(sub, ast.Subscript) and root_name(sub) not in fresh
        for sub in ast.walk(node.target)
    )


def _lambdas_called_with_displays(node) -> set[int]:
    """`(lambda out: ...)([])`: what the lambda changes is only its own."""
    return {
        id(call.func)
        for call in own_nodes_of(node, ast.Call)
        if isinstance(call.func, ast.Lambda)
        and not call.keywords
        and all(isinstance(arg, FRESH) for arg in call.args)
    }


def _called(node) -> set[int]:
    return {id(call.func) for call in own_nodes_of(node, ast.Call)}


def _makes_functions(node) -> bool:
    """A def or lambda is somewhere below `node` (a quick test before the walks)."""
    return any(sub is not node for sub in nodes_of(node, *FUNCTIONS))


def _own_nodes_and_lambdas(node):
    """The nodes of `node`'s own code, and the lambdas made there (not their
    insides, nor nested functions)."""
    todo = list(children(node))
    while todo:
        sub = todo.pop()
        yield sub
        if not isinstance(sub, FUNCTIONS):
            todo.extend(children(sub))


def _writes(node) -> bool:
    """A writing method is called somewhere in `node`."""
    return any(
        isinstance(sub, ast.Call)
        and isinstance(sub.func, ast.Attribute)
        and sub.func.attr in MUTATORS
        for sub in ast.walk(node)
    )


def _writing_method_as_value(node, calls) -> bool:
    """`add = xs.append`, `list.append(xs, v)`."""
    if not (isinstance(node, ast.Attribute) and node.attr in MUTATORS):
        return False
    on_a_class = isinstance(node.value, ast.Name) and node.value.id in _TYPES
    return id(node) not in calls or on_a_class


# ----------------------------------------------------------------- functions as values
def _names_as_values(node):
    """Names read in `node`'s own code other than as the function of a call (kept)."""

    def make():
        calls = _called(node)
        return tuple(
            sub
            for sub in own_nodes_of(node, ast.Name)
            if isinstance(sub.ctx, ast.Load) and id(sub) not in calls
        )

    return kept_for_tree(_VALUES, node, make)


def _stores_outside(fx, name: ast.Name) -> bool:
    """`name` is a function of the user's that stores into what it did not make."""
    fn = _user_function(fx, name)
    return fn is not None and _function_stores(fx, fn, set(), parameters=True)


def _value_called(fx, call: ast.Call) -> bool:
    """`f(r)` of a local `f` bound to a function made elsewhere (`f = _maker()`),
    given a value it may store into."""
    func = call.func
    if not isinstance(func, ast.Name):
        return False
    if fx.lookup_local(func.id) is not fx:
        return False
    args = [*call.args, *(kw.value for kw in call.keywords)]
    if all(isinstance(arg, (ast.Constant, *FRESH)) for arg in args):
        return False
    return any(
        isinstance(made.func, ast.Name) and _user_function(fx, made.func) is not None
        for made in _made_by_calls(fx.node, func.id)
    )


def _made_by_calls(node, name: str) -> list:
    """The calls whose results `name = f(...)` binds in `node`'s own code."""
    return [
        sub.value
        for sub in own_nodes_of(node, ast.Assign)
        if isinstance(sub.value, ast.Call)
        and any(isinstance(t, ast.Name) and t.id == name for t in sub.targets)
    ]


def _user_function(fx, name: ast.Name):
    """The def (or lambda) of the user's that `name` stands for, or None."""
    owner = fx.lookup_local(name.id)
    if owner is None:
        found, value = fx.lookup_global(name.id)
        if not (found and inspect.isfunction(value)):
            return None
    elif name.id not in _defined_functions(owner.node):
        return None
    return callee_node(fx, name) or None


def _function_stores(fx, fn, seen: set[int], parameters: bool) -> bool:
    """`fn` (a def or lambda) stores into a container it did not make through a name
    of its own (one of its parameters too, where `parameters`), or calls a function
    of the user's that stores into its own parameters (followed by name)."""
    if id(fn) in seen:
        return False
    seen.add(id(fn))
    fact = _THROUGH_PARAMETERS if parameters else _THROUGH_LOCALS
    if kept_for_tree(fact, fn, lambda: _stores_not_own(fn, parameters)):
        return True
    for call in nodes_of(fn, ast.Call):
        if isinstance(call.func, ast.Name):
            callee = _user_function(fx, call.func)
            if callee is not None and _function_stores(fx, callee, seen, True):
                return True
    return False


def _stores_not_own(fn, parameters: bool) -> bool:
    """A store whose container was not made by `fn` (a name bound only to displays),
    through a name `fn` binds (a loop variable, an alias; a parameter where
    `parameters`), not one of an enclosing function or the module."""
    params = set(function_scope(fn).params)
    own = _bound_in(fn) - (fresh_bound(fn)[0] - params)
    if not parameters:
        own -= params
    return bool(_receivers_stored(fn) & own)


def _defined_functions(node) -> frozenset[str]:
    """The names `def` binds in `node`."""

    return frozenset(sub.name for sub in nodes_of(node, *DEFS))


# ----------------------------------------------------------------- closures
def parameters_changed_inside(fx) -> frozenset[str]:
    """Parameters of `fx`'s function that a function or lambda made in it stores
    into (`def key(s): labels.append(1)`): their items may be anything after."""
    node = fx.node
    params = frozenset(fx.scope.params)
    return kept_for_tree(_CLOSURES, node, lambda: _changed_inside(node)) & params


def _changed_inside(node) -> frozenset[str]:
    changed = set()
    if not _makes_functions(node):
        return frozenset()
    for sub in _own_nodes_and_lambdas(node):
        if isinstance(sub, FUNCTIONS):
            changed |= _receivers_stored(sub) - _bound_in(sub)
    return frozenset(changed)


def _bound_in(fn) -> set[str]:
    """Names a nested function binds itself (its parameters, its assignments)."""
    names = set(function_scope(fn).params)
    nonlocal_ = {
        n for sub in ast.walk(fn) if isinstance(sub, ast.Nonlocal) for n in sub.names
    }
    for sub in ast.walk(fn):
        if isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load):
            names.add(sub.id)
    return names - nonlocal_


def _receivers_stored(fn) -> set[str]:
    """The names the containers `fn` stores into start from: writing methods, item
    targets of any assignment, loop or `del`, and `xs += ...` (a list grows in place).
    """
    out = set()
    for sub in ast.walk(fn):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute):
            receivers = [sub.func.value] if sub.func.attr in MUTATORS else []
        elif isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name):
            receivers = [sub.target]
        elif isinstance(sub, _STORING):
            receivers = [
                item.value
                for target in _targets_of(sub)
                for item in ast.walk(target)
                if isinstance(item, ast.Subscript)
                and not isinstance(item.ctx, ast.Load)
            ]
        else:
            continue
        out |= {root_name(receiver) for receiver in receivers} - {None}
    return out


_STORING = (
    ast.Assign,
    ast.AnnAssign,
    ast.AugAssign,
    ast.For,
    ast.Delete,
    ast.comprehension,
)


def _targets_of(node) -> list:
    if isinstance(node, (ast.Assign, ast.Delete)):
        return node.targets
    return [node.target]
