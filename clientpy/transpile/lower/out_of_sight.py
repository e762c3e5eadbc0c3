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
  (`list.append(series, x)`).

Where one of them is in a function, what any of its names holds may have been
changed that way: reads of its names are open as reads out of containers are in
aliasing.py (an open value is one that may hold a float, never printed as if its
numbers were ints; a list annotated `list[str]` may hold anything).
"""

from __future__ import annotations

import ast
import inspect

from ..scope import TreeFact, children, kept_for_tree, own_nodes_of, root_name
from .aliasing import FRESH, MUTATORS, callee_node

COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_TYPES = frozenset(["list", "dict", "set"])  # `list.append(xs, v)`

_FOUND = TreeFact("out of sight")
_VALUES = TreeFact("names as values")
_CHANGING = TreeFact("stores into parameters")
_DEFINED = TreeFact("defined functions")
_CLOSURES = TreeFact("stored into by nested functions")


def stores_out_of_sight(fx) -> bool:
    """The function (or comprehension) of `fx` has such a store."""
    node = fx.node
    if kept_for_tree(_FOUND, node, lambda: _find(node)):
        return True
    return any(_changes_its_arguments(fx, name) for name in _names_as_values(node))


def _find(node) -> bool:
    calls = _called(node)
    in_place = _lambdas_called_with_displays(node)
    for sub in _own_nodes_and_lambdas(node):
        writer = isinstance(sub, COMPREHENSIONS + (ast.Lambda,)) and _writes(sub)
        if writer and id(sub) not in in_place:
            return True
        if _writing_method_as_value(sub, calls):
            return True
    return False


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


def _own_nodes_and_lambdas(node):
    """The nodes of `node`'s own code, and the lambdas made there (not their
    insides, nor nested functions)."""
    todo = list(children(node))
    while todo:
        sub = todo.pop()
        yield sub
        if not isinstance(sub, (*FUNCTIONS, ast.Lambda)):
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


def _changes_its_arguments(fx, name: ast.Name) -> bool:
    """`name` is a function of the user's that stores into one of its parameters."""
    owner = fx.lookup_local(name.id)
    if owner is None:
        found, value = fx.lookup_global(name.id)
        if not (found and inspect.isfunction(value)):
            return False
    elif name.id not in _defined_functions(owner.node):
        return False
    fn = callee_node(fx, name)
    if not fn:
        return False
    return kept_for_tree(_CHANGING, fn, lambda: _stores_into_parameters(fn))


def _defined_functions(node) -> frozenset[str]:
    """The names `def` binds in `node` (kept per tree)."""

    def make():
        found = (sub.name for sub in ast.walk(node) if isinstance(sub, FUNCTIONS))
        return frozenset(found)

    return kept_for_tree(_DEFINED, node, make)


def _stores_into_parameters(fn) -> bool:
    return bool(_receivers_stored(fn) & _parameters(fn))


def _parameters(fn) -> set[str]:
    args = fn.args
    names = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
    return names | {a.arg for a in (args.vararg, args.kwarg) if a is not None}


# ----------------------------------------------------------------- closures
def parameters_changed_inside(fx) -> frozenset[str]:
    """Parameters of `fx`'s function that a function or lambda made in it stores
    into (`def key(s): labels.append(1)`): their items may be anything after."""
    node = fx.node
    params = frozenset(fx.scope.params)
    return kept_for_tree(_CLOSURES, node, lambda: _changed_inside(node)) & params


def _changed_inside(node) -> frozenset[str]:
    changed = set()
    for sub in _own_nodes_and_lambdas(node):
        if isinstance(sub, (*FUNCTIONS, ast.Lambda)):
            changed |= _receivers_stored(sub) - _bound_in(sub)
    return frozenset(changed)


def _bound_in(fn) -> set[str]:
    """Names a nested function binds itself (its parameters, its assignments)."""
    names = _parameters(fn)
    nonlocal_ = {
        n for sub in ast.walk(fn) if isinstance(sub, ast.Nonlocal) for n in sub.names
    }
    for sub in ast.walk(fn):
        if isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load):
            names.add(sub.id)
    return names - nonlocal_


def _receivers_stored(fn) -> set[str]:
    """The names the containers `fn` stores into start from."""
    out = set()
    for sub in ast.walk(fn):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute):
            receivers = [sub.func.value] if sub.func.attr in MUTATORS else []
        elif isinstance(sub, (ast.Assign, ast.AugAssign, ast.Delete)):
            targets = (
                sub.targets if not isinstance(sub, ast.AugAssign) else [sub.target]
            )
            receivers = [t.value for t in targets if isinstance(t, ast.Subscript)]
        else:
            continue
        out |= {root_name(receiver) for receiver in receivers} - {None}
    return out
