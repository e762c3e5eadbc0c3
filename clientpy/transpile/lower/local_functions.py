"""Nested defs and lambdas bound once to a name: what their parameters receive and what
calling them gives.

`show = lambda v: str(v)` called as `show(n / 2)` must print `2.0`: the parameter's
type is the join of the arguments of every call in the enclosing function, and of the
items a builtin calls it with where it is given to `map`, `filter` or `key=`. When it is
used any other way (returned, stored, passed to a function) its callers are unknown:
its parameters are open, or may be floats when one may cross such a call
(function_values.py). A call's result type is the join of the function's returns,
analysed with those parameter types.
"""

from __future__ import annotations

import ast

from .. import types as t
from ..scope import (
    COMPREHENSIONS,
    FUNCTIONS,
    TreeFact,
    children,
    kept_for_tree,
    nodes_of,
)
from ..types import ANY, NEVER, T
from .binding import collected
from .core import type_of
from .function_values import call_of_value_result, unknown_caller_params
from .lambda_args import item_types, positional_items


def definition(owner, name: str):
    """The def or lambda `name` is bound to in `owner`, if that is its only binding."""
    found = owner.local_definitions.get(name, False)
    if found is False:
        found = _only_definition(owner, name)
        owner.local_definitions[name] = found
    return found


def _only_definition(owner, name: str):
    return only_definitions(owner.node).get(name)


def only_definitions(root) -> dict:
    """name -> the def or lambda it is bound to in `root`, for the names bound exactly
    once and not declared global or nonlocal there (one walk per tree: asked for every
    name a function calls or reads)."""
    return kept_for_tree(_DEFINITIONS, root, lambda: _find_definitions(root))


_DEFINITIONS = TreeFact("definitions")


def _find_definitions(root) -> dict:
    bindings: dict[str, list] = {}
    declared: set[str] = set()
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Name, ast.Global, ast.Nonlocal)
    for sub in nodes_of(root, *kinds):
        if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if sub is not root:
                bindings.setdefault(sub.name, []).append(sub)
        elif isinstance(sub, ast.Name):
            if not isinstance(sub.ctx, ast.Load):
                bindings.setdefault(sub.id, []).append(sub)
        else:
            declared.update(sub.names)
    assignments: dict[int, ast.Assign] = {}
    for sub in nodes_of(root, ast.Assign):
        if len(sub.targets) == 1:
            assignments.setdefault(id(sub.targets[0]), sub)
    out = {}
    for name, found in bindings.items():
        if name in declared or len(found) != 1:
            continue
        (bound,) = found
        if isinstance(bound, ast.Name):
            assign = assignments.get(id(bound))
            if assign is None or not isinstance(assign.value, ast.Lambda):
                continue
            bound = assign.value
        out[name] = bound
    return out


def parameter_types(owner, name: str, node) -> dict[str, T] | None:
    """Join of the argument types of every call of `name` in `owner` (and of the items
    builtins call it with); None when a use is neither (its callers are unknown)."""
    args = node.args
    out: dict[str, T] = {}
    for context, sub, parent in _uses(owner, owner.node, name):
        if context is not None and plain_call_of(sub, parent):
            given = call_arguments(context, parent, args)
        else:
            items = item_types(context, sub) if context is not None else None
            given = None if items is None else positional_items(args, items)
            if given is None:
                return None
        for param, typ in given.items():
            out[param] = t.join(out.get(param, NEVER), typ)
    if any(typ.kind == "never" for typ in out.values()):
        return {}
    return out


def plain_call_of(sub, parent) -> bool:
    """`name(...)` with no `*xs` or `**kw`: its arguments can be matched at build time."""
    return (
        isinstance(parent, ast.Call)
        and parent.func is sub
        and not any(isinstance(a, ast.Starred) for a in parent.args)
        and all(kw.arg is not None for kw in parent.keywords)
    )


def call_arguments(context, call: ast.Call, args: ast.arguments) -> dict[str, T]:
    """The type each parameter gets at this call; `*args` and `**kwargs` as a tuple and
    a dict of what they collect."""
    positional = [*args.posonlyargs, *args.args]
    defaulted = positional[len(positional) - len(args.defaults) :]
    defaults = dict(zip(map(id, defaulted), args.defaults))
    defaults.update(zip(map(id, args.kwonlyargs), args.kw_defaults))
    given = {a.arg: v for a, v in zip(positional, call.args)}
    given.update((kw.arg, kw.value) for kw in call.keywords)
    out = {}
    for arg in [*positional, *args.kwonlyargs]:
        if arg.arg in given:
            out[arg.arg] = type_of(context, given[arg.arg])
        elif defaults.get(id(arg)) is not None:
            out[arg.arg] = _default_type(context, defaults[id(arg)])
    # `*args` and `**kwargs` by what they collect; a call collecting nothing adds
    # nothing to the join over calls.
    extra_items, extra_values = collected(call, args)
    if args.vararg and extra_items:
        items = t.join_all([type_of(context, a) for a in extra_items])
        out[args.vararg.arg] = NEVER if items.kind == "never" else t.tuple_of(items)
    if args.kwarg and extra_values:
        values = t.join_all([type_of(context, v) for v in extra_values])
        out[args.kwarg.arg] = (
            NEVER if values.kind == "never" else t.dict_of(t.STR, values)
        )
    return out


def _default_type(context, default) -> T:
    """The type a parameter left to its default gets: a scalar default's own (`x=2.0`
    is a float, printed `2.0`); any other value is typed where it is used (ANY)."""
    typ = type_of(context, default)
    return typ if typ.kind in ("int", "float", "str", "bool", "none") else ANY


def _uses(owner, root, name):
    """(context to type it in, Name node, parent) for each read of `name` under root;
    the context is None inside a nested function (whose own types are not known)."""
    todo = [(owner, child, root) for child in children(root)]
    while todo:
        context, sub, parent = todo.pop()
        if (
            isinstance(sub, ast.Name)
            and sub.id == name
            and isinstance(sub.ctx, ast.Load)
        ):
            yield context, sub, parent
            continue
        inner = context
        if isinstance(sub, FUNCTIONS):
            inner = None
        elif isinstance(sub, COMPREHENSIONS) and context is not None:
            from .functions import comprehension_context

            inner = comprehension_context(context, sub)
        todo.extend((inner, child, sub) for child in children(sub))


def call_result(fx, call: ast.Call, name: str) -> T:
    """The type a call of the local function `name` gives."""
    owner = fx.lookup_local(name)
    node = definition(owner, name) if owner is not None else None
    if node is None:  # a name holding some function value
        return call_of_value_result(fx.unit)
    params = parameter_types(owner, name, node)
    if params is None:
        params = unknown_caller_params(owner.unit, node.args)
    return result_with(owner, node, params)


def result_with(owner, node, params: dict[str, T]) -> T:
    """What the def or lambda `node` of `owner` returns, its parameters typed so."""
    from .specialize import settle

    key = (id(node), tuple(sorted(params.items(), key=lambda item: item[0])))
    compute = lambda: _returns_of(owner, node, params)
    return settle(owner.unit, key, compute, owner.local_results)


def _returns_of(owner, node, params: dict[str, T]) -> T:
    from .context import FunctionContext
    from .functions import returned_type
    from .inference import infer

    child = FunctionContext(owner.unit, owner.source, owner.pyfunc, node, parent=owner)
    child.param_types = params
    infer(child, node.args)
    if isinstance(node, ast.Lambda):
        return ANY if (typ := type_of(child, node.body)).kind == "never" else typ
    return returned_type(child)
