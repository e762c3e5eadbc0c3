"""Nested defs and lambdas bound once to a name: what their parameters receive and what
calling them gives.

`show = lambda v: str(v)` called as `show(n / 2)` must print `2.0`: the parameter's
type is the join of the arguments of every call in the enclosing function. When the
function is used other than by calling it by name (passed as `key=`, returned, stored)
its callers are unknown and its parameters stay open. A call's result type is the join
of the function's returns, analysed with those parameter types.
"""

from __future__ import annotations

import ast

from .. import types as t
from ..scope import children, walk
from ..types import ANY, NEVER, T
from .core import type_of

COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def definition(owner, name: str):
    """The def or lambda `name` is bound to in `owner`, if that is its only binding."""
    found = owner.local_definitions.get(name, False)
    if found is False:
        found = _only_definition(owner, name)
        owner.local_definitions[name] = found
    return found


def _only_definition(owner, name: str):
    bindings = []
    for sub in walk(owner.node):
        if (
            isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef))
            and sub.name == name
        ):
            if sub is not owner.node:
                bindings.append(sub)
        elif isinstance(sub, ast.Name) and sub.id == name:
            if not isinstance(sub.ctx, ast.Load):
                bindings.append(sub)
        elif isinstance(sub, (ast.Global, ast.Nonlocal)) and name in sub.names:
            return None
    if len(bindings) != 1:
        return None
    (bound,) = bindings
    if isinstance(bound, ast.Name):
        assign = _assignment_of(owner.node, bound)
        if assign is None or not isinstance(assign.value, ast.Lambda):
            return None
        return assign.value
    return bound


def _assignment_of(root, target: ast.Name):
    for sub in walk(root):
        if isinstance(sub, ast.Assign) and sub.targets == [target]:
            return sub
    return None


def parameter_types(owner, name: str, node) -> dict[str, T]:
    """Join of the argument types of every call of `name` in `owner`; nothing when a
    use is not such a call (then its callers are unknown)."""
    calls = []
    for context, sub, parent in _uses(owner, owner.node, name):
        if context is None or not (
            isinstance(parent, ast.Call)
            and parent.func is sub
            and not any(isinstance(a, ast.Starred) for a in parent.args)
            and all(kw.arg is not None for kw in parent.keywords)
        ):
            return {}
        calls.append((context, parent))
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    out: dict[str, T] = {}
    defaults = positional[len(positional) - len(args.defaults) :]
    for context, call in calls:
        given = {a.arg: v for a, v in zip(positional, call.args)}
        given.update((kw.arg, kw.value) for kw in call.keywords)
        for arg in [*positional, *args.kwonlyargs]:
            if arg.arg in given:
                typ = type_of(context, given[arg.arg])
            elif arg in defaults or arg in args.kwonlyargs:
                typ = ANY  # the default's value: typed where it is evaluated
            else:
                continue  # a TypeError at run time
            out[arg.arg] = t.join(out.get(arg.arg, NEVER), typ)
    if any(typ.kind == "never" for typ in out.values()):
        return {}
    return out


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
    if node is None:
        return ANY
    params = parameter_types(owner, name, node)
    key = (id(node), tuple(sorted(params.items(), key=lambda item: item[0])))
    from .specialize import settle

    compute = lambda: _returns_of(owner, node, params)
    return settle(fx.unit, key, compute, owner.local_results)


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
