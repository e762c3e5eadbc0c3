"""Which arguments a callback may change in place, so that the bundle passes it copies.

Dash hands a clientside callback the objects of its own state (one object to an Input
and a State of the same prop); a server callback gets each argument fresh from JSON,
where a change reaches nothing else. Copying every argument would cost as much as the
callback's own work on a large store, so only the parameters a store, a mutating
method or a call that may change its arguments reaches are copied.
"""

from __future__ import annotations

import ast
import types

from ..scope import FUNCTIONS, def_only_names, name_ids, nested_parameters, nodes_of
from ..scope import parents as parents_of
from .boundary import _changed_chains
from .callee_changes import apply_summary, callee_summary, reads_its_arguments
from .core import type_of
from .known import known
from .object_reach import ANY, Reach


def changed_parameters(fx) -> tuple[int, ...]:
    """Positions of the callback's parameters whose values it may change in place
    (`rows.sort()`, `data["n"] += 1`, `for r in rows: r["x"] = 1`, a helper that changes
    what it is given): the bundle's wrapper passes those a copy (py_from_dash). Dash
    hands a clientside callback the objects of its own state, one object to an Input
    and a State of the same prop; a server callback gets each argument fresh from JSON,
    where a change reaches nothing else. A `*args` parameter that may change copies
    every argument from its position p on, noted as -(p + 1).

    A copy of a 100k-point store costs as much as a callback's own work, so this asks
    only what may change: the objects stores and mutating methods change, and what is
    handed to a call that may change it (not a builtin, not a function of the user's
    that only reads that parameter), followed back level by level (object_reach.py).
    Where a change reaches the parameter of a lambda or nested function, whose values
    come from calls not followed, every parameter may change."""
    reach = Reach(fx.node, fx.known_name, fx)
    start = list(reach.changes(fx.node))
    every = any(_changes_nested_parameter(fx, c) for c in _changed_chains(fx.node))
    for call in nodes_of(fx.node, ast.Call):
        if _reads_its_arguments(fx, call):
            continue
        summary = _summary_of_callee(fx, call)
        if summary is not None:
            # a function of the user's: what it changes, and what it stores where
            start.extend(apply_summary(reach, call, summary))
            continue
        for arg in [*call.args, *(kw.value for kw in call.keywords)]:
            value = arg.value if isinstance(arg, ast.Starred) else arg
            if isinstance(value, ast.Name) and _callee_reads_only(fx, call, value):
                continue
            start.extend(reach.places(value, ANY))
            every = every or _changes_nested_parameter(fx, value)
    params = set(fx.scope.params)
    nested = nested_parameters(fx.node)
    caught = _caught_names(fx.node)
    # A container that lives from one call to the next (a module-level list or dict the
    # code changes, a mutable default; Unit.copy_result): Dash's data put in it would
    # be changed by a later call of this or another callback.
    every = every or fx.unit.copy_result
    changed: set[str] = set()
    for name, _ in reach.origins(start):
        if name in params:
            changed.add(name)
        elif name in caught:
            every = True  # `e.args[0]["k"] = v`: an exception holds what it was made of
        elif name in nested and fx.lookup_local(name) is None:
            every = True  # a lambda's or nested function's parameter: not followed
        elif _dash_context(fx, name):
            # `ctx.states["log.data"].append(n)`: what ctx holds are the arguments'
            # objects; with every argument copied, ctx holds the copies (py_ctx_copies)
            every = True
    if every:
        changed = params
    args = fx.node.args
    names = [a.arg for a in args.posonlyargs + args.args]
    out = [i for i, name in enumerate(names) if name in changed]
    if args.vararg is not None and args.vararg.arg in changed:
        out.append(-(len(names) + 1))
    return tuple(out)


def _caught_names(node) -> set[str]:
    return {h.name for h in nodes_of(node, ast.ExceptHandler) if h.name}


def _dash_context(fx, name: str) -> bool:
    """`name` is Dash's callback context (`ctx`, `callback_context`) or the dash module
    it is read from (`dash.ctx`)."""
    if fx.lookup_local(name) is not None:
        return False
    found, value = fx.lookup_global(name)
    if not found:
        return False
    if isinstance(value, types.ModuleType):
        return value.__name__ == "dash"
    k = known(value)
    return k is not None and k.kind == "dash" and k.name in ("ctx", "callback_context")


def _summary_of_callee(fx, call: ast.Call):
    """What the user's function `call` calls does to its arguments, when it is one
    called with plain positional arguments, each one it has."""
    if call.keywords or any(isinstance(a, ast.Starred) for a in call.args):
        return None
    value = fx.function_called(call)
    if value is None or value.__code__.co_argcount != len(call.args):
        return None
    return callee_summary(value)


def _changes_nested_parameter(fx, node) -> bool:
    """`sorted(rows, key=lambda r: r.pop("k"))`: a change, inside a lambda or nested
    function, of what one of its own parameters holds."""
    parents = parents_of(fx.node)
    scope = parents.get(id(node))
    while scope is not None and not isinstance(scope, FUNCTIONS):
        scope = parents.get(id(scope))
    if scope is None or scope is fx.node:
        return False
    a = scope.args
    own = {
        p.arg for p in [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg] if p
    }
    return bool(own & name_ids(node))


def _reads_its_arguments(fx, call: ast.Call) -> bool:
    """A call that changes none of its arguments (callee_changes.reads_its_arguments),
    with the types of the function being compiled."""

    def global_value(name: ast.Name):
        if fx.lookup_local(name.id) is not None:
            return False, None
        return fx.lookup_global(name.id)

    return reads_its_arguments(
        call,
        fx.known_name,
        global_value,
        lambda node: type_of(fx, node).kind,
        def_only_names(fx.node),
    )


def _callee_reads_only(fx, call: ast.Call, name: ast.Name) -> bool:
    """`f(xs)` where f is one of the user's functions that never changes or passes on
    that parameter (a moving_average(values) that only reads values)."""
    from ..parse import SourceNotFound, parse_function

    if name not in call.args or call.keywords:
        return False
    func = fx.function_called(call)
    if func is None:
        return False
    try:
        node = parse_function(func).node
    except (SourceNotFound, SyntaxError):
        return False
    if any(
        sub is not node
        for sub in nodes_of(node, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
    ):
        # `sorted(rows, key=lambda r: r.setdefault(...))`: a function inside may change
        # what it is given, which the reads of the parameter do not show
        return False
    params = [a.arg for a in [*node.args.posonlyargs, *node.args.args]]
    index = call.args.index(name)
    if index >= len(params) or node.args.vararg:
        return False
    from .aliasing import param_read_only
    from .callee_changes import calls_only_read

    # `for r in rows: stamp(r)` changes rows through a part the reads of the name
    # itself do not show: a helper calling anything but readers is not taken to read.
    return param_read_only(node, params[index]) and calls_only_read(func, node)
