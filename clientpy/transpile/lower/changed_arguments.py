"""Which arguments a callback may change in place, so that the bundle passes it copies.

Dash hands a clientside callback the objects of its own state (one object to an Input
and a State of the same prop); a server callback gets each argument fresh from JSON,
where a change reaches nothing else. Copying every argument would cost as much as the
callback's own work on a large store, so only the parameters a store, a mutating
method or a call that may change its arguments reaches are copied.
"""

from __future__ import annotations

import ast

from ..scope import name_ids, nodes_of, own_nodes_of
from .boundary import _changed_chains
from .core import type_of
from .known import known


def changed_parameters(fx) -> tuple[int, ...]:
    """Positions of the callback's parameters whose values it may change in place
    (`rows.sort()`, `data["n"] += 1`, `for r in rows: r["x"] = 1`, a helper that changes
    what it is given): the bundle's wrapper passes those a copy (py_from_dash). Dash
    hands a clientside callback the objects of its own state, one object to an Input
    and a State of the same prop; a server callback gets each argument fresh from JSON,
    where a change reaches nothing else. A `*args` parameter that may change copies
    every argument from its position p on, noted as -(p + 1).

    A copy of a 100k-point store costs as much as a callback's own work, so this asks
    only what may change: names stored into or given to a mutating method, names
    handed to a call that may change them (not a builtin, not a function of the user's
    that only reads that parameter), followed back to the names they came from, except
    through names holding numbers or strs, which share no parts."""
    from .json_locals import _fresh_names

    sources = _sharing_sources(fx)
    fresh = _fresh_names(fx.node)
    reached: set[str] = set()
    for chain in _changed_chains(fx.node):
        if isinstance(chain, ast.Name) and chain.id in fresh:
            continue  # growing a container made here changes no one else's value
        reached |= name_ids(chain)
    for call in nodes_of(fx.node, ast.Call):
        if _reads_its_arguments(fx, call):
            continue
        for arg in [*call.args, *(kw.value for kw in call.keywords)]:
            value = arg.value if isinstance(arg, ast.Starred) else arg
            if isinstance(value, ast.Name) and _callee_reads_only(fx, call, value):
                continue
            reached |= name_ids(value)
    if reached & _nested_parameters(fx.node):
        # `sorted(rows, key=lambda r: r.pop("k"))`: where a lambda's or nested def's
        # parameter comes from is not followed, so every parameter may change.
        reached |= set(fx.scope.params)
    changed: set[str] = set()
    todo = list(reached)
    while todo:
        name = todo.pop()
        if name in changed:
            continue
        changed.add(name)
        if not _holds_parts(fx, name):
            continue
        todo.extend(sources.get(name, ()))
    args = fx.node.args
    names = [a.arg for a in args.posonlyargs + args.args]
    out = [i for i, name in enumerate(names) if name in changed]
    if args.vararg is not None and args.vararg.arg in changed:
        out.append(-(len(names) + 1))
    return tuple(out)


# Builtins that never change their arguments (map and filter call a function that might:
# its own stores are found where it is defined, or the call of it is not a builtin's).
_READING_BUILTINS = frozenset(
    {
        "len", "abs", "min", "max", "sum", "any", "all", "sorted", "reversed",
        "enumerate", "zip", "range", "round", "int", "float", "str", "repr", "bool",
        "list", "tuple", "set", "dict", "isinstance", "print", "divmod", "pow", "chr",
        "ord", "hex", "bin", "oct", "format", "next", "map", "filter",
    }
)  # fmt: skip


def _reads_its_arguments(fx, call: ast.Call) -> bool:
    """A call that changes none of its arguments: a builtin that only reads them,
    `math`/`json` functions, and the methods of Python's own types (the value a method
    is called on is changed only by the mutating ones, found as stores)."""
    func = call.func
    k = fx.known_name(func) if isinstance(func, ast.Name) else None
    if k is not None:
        if k.kind == "builtin":
            return k.name in _READING_BUILTINS
        return k.kind in ("math", "json", "exception")
    if isinstance(func, ast.Attribute):
        base = func.value
        if isinstance(base, ast.Name) and fx.lookup_local(base.id) is None:
            found, value = fx.lookup_global(base.id)
            bk = known(value) if found else None
            if bk is not None and bk.kind == "module" and bk.name in ("math", "json"):
                return True
            if bk is not None:
                return False  # js.something(rows): the browser may change it
        recv = type_of(fx, base)
        return recv.kind in ("str", "list", "tuple", "tuplen", "dict", "set", "view")
    return False


def _sharing_sources(fx) -> dict[str, set[str]]:
    """name -> the names its value may share parts with, as json_locals._sources has
    it, less what a number or a str given to it brings (`res[j] += x * brow[j]` shares
    nothing with `brow`). Values in nested functions are all followed."""
    from .json_locals import MUTATORS, SOURCES

    own = {id(sub) for sub in own_nodes_of(fx.node, *SOURCES)}
    out: dict[str, set[str]] = {}

    def shares(value) -> bool:
        if id(value) not in own_values:
            return True
        return type_of(fx, value).kind not in _SCALAR_KINDS

    def given(targets, values) -> None:
        mentioned = frozenset().union(*(name_ids(v) for v in values if shares(v)))
        for target in targets:
            for name in nodes_of(target, ast.Name):
                out.setdefault(name.id, set()).update(mentioned)

    own_values: set[int] = set()
    for sub in nodes_of(fx.node, *SOURCES):
        values = []
        if isinstance(sub, ast.Assign):
            targets, values = sub.targets, [sub.value]
        elif isinstance(sub, (ast.AugAssign, ast.AnnAssign, ast.NamedExpr)):
            targets, values = [sub.target], [sub.value] if sub.value is not None else []
            if (
                isinstance(sub, ast.AugAssign)
                and id(sub) in own
                and type_of(fx, sub.target).kind in _SCALAR_KINDS
            ):
                values = []  # `res[j] += row[j]` on a float gives a number
        elif isinstance(sub, (ast.For, ast.comprehension)):
            targets, values = [sub.target], [sub.iter]
        elif isinstance(sub.func, ast.Attribute) and sub.func.attr in MUTATORS:
            receiver = sub.func.value
            while isinstance(receiver, (ast.Subscript, ast.Attribute)):
                receiver = receiver.value
            if not isinstance(receiver, ast.Name):
                continue
            targets, values = [receiver], list(sub.args)
        else:
            continue
        if id(sub) in own and not isinstance(sub, ast.comprehension):
            own_values.update(id(v) for v in values)
        given(targets, values)
    return out


def _nested_parameters(node) -> set[str]:
    out: set[str] = set()
    for scope in nodes_of(node, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda):
        if scope is not node:
            a = scope.args
            every = [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]
            out |= {p.arg for p in every if p is not None}
    return out


_SCALAR_KINDS = frozenset({"int", "float", "str", "bool", "none", "num", "dnum"})


def _holds_parts(fx, name: str) -> bool:
    """Whether the local `name` may hold a container (numbers and strs share nothing
    with the names their value came from: `m = len(b[0])`)."""
    owner = fx.lookup_local(name)
    typ = owner.env.get(name) if owner is not None else None
    return typ is None or typ.kind not in _SCALAR_KINDS


def _callee_reads_only(fx, call: ast.Call, name: ast.Name) -> bool:
    """`f(xs)` where f is one of the user's functions that never changes or passes on
    that parameter (a moving_average(values) that only reads values)."""
    import types as pytypes

    from ..parse import SourceNotFound, parse_function

    if not isinstance(call.func, ast.Name) or fx.lookup_local(call.func.id) is not None:
        return False
    if name not in call.args or call.keywords:
        return False
    found, func = fx.lookup_global(call.func.id)
    if not found or not isinstance(func, pytypes.FunctionType):
        return False
    try:
        node = parse_function(func).node
    except (SourceNotFound, SyntaxError):
        return False
    params = [a.arg for a in [*node.args.posonlyargs, *node.args.args]]
    index = call.args.index(name)
    if index >= len(params) or node.args.vararg:
        return False
    from .aliasing import param_read_only

    return param_read_only(node, params[index])
