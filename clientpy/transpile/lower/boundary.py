"""A callback's results as Dash data (JSON-like JS values), converted only where needed.

A dict (Map) becomes an object, a tuple or set an array, by walking the value, which
for a figure of 100k-point arrays costs as much as the callback. Each `return` of the
callback converts just the parts of its value that are not statically plain JSON (or
Dash's own data, untouched), so the bundle's wrapper has nothing left to walk.

Only when compiling for Dash: `to_js` gives the function as Python defines it, tuples
and sets included; its result is converted whole, and only if `returns_clean` fails.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..scope import kept_for_tree, name_ids, nodes_of, own_nodes_of
from ..scope import parents as parents_of
from .aliasing import rebound_names
from .core import expr, type_of
from .inference import _only_returned
from .json_locals import (
    MUTATING,
    SCALARS,
    json_locals,
    json_part,
    touched_through_aliases,
)
from .known import known
from .plain_dicts import stored_item
from .registry import loc_of

CLEAN_KINDS = SCALARS


def returns_clean(fx) -> bool:
    node = fx.node
    untouched = _clean_names(fx)
    for sub in own_nodes_of(node, ast.Return):
        if sub.value is not None and not _clean(fx, sub.value, untouched):
            return False
    return True


def returned_value(fx, value) -> js.Expr:
    """The JS for a value the callback returns, converted for Dash only where needed.

    Parts that are plain JSON already (or Dash's own data, untouched) are returned as
    they are; only the others go through `py_to_js`, so `{**figure, "layout": layout}`
    converts the new layout, not the figure's 100k-point arrays."""
    untouched = fx.unit.untouched
    if untouched is None:
        untouched = _clean_names(fx)
        untouched |= _clean_plain_dicts(fx, untouched)
        fx.unit.untouched = untouched
    if _clean(fx, value, untouched):
        return expr(fx, value)
    if isinstance(value, ast.Dict) and _distinct_literal_keys(fx, value):
        return _object_parts(fx, value, untouched)
    if isinstance(value, ast.List) and not any(
        isinstance(e, ast.Starred) for e in value.elts
    ):
        return js.Array(
            tuple(returned_value(fx, e) for e in value.elts), loc=loc_of(value)
        )
    return fx.unit.call("py_to_js", expr(fx, value), loc=loc_of(value))


def _distinct_literal_keys(fx, node: ast.Dict) -> bool:
    if id(node) not in fx.object_literals:
        return False
    named = [k.value for k in node.keys if k is not None]
    return len(set(named)) == len(named)


def _object_parts(fx, node: ast.Dict, untouched) -> js.Object:
    props: list[tuple[str | None, js.Expr]] = []
    for key, value in zip(node.keys, node.values):
        if key is None:
            # py_spreadable makes a Map an object; the values may still need it.
            part = fx.unit.call("py_spreadable", expr(fx, value))
            if not _clean(fx, value, untouched):
                part = fx.unit.call("py_to_js", part)
            props.append((None, part))
        else:
            props.append((key.value, returned_value(fx, value)))
    return js.Object(tuple(props), loc=loc_of(node))


def _clean_plain_dicts(fx, clean: set[str]) -> set[str]:
    """The callback's plain-object dicts (plain_dicts.py) holding only Dash data: made
    from a piece of it or from a clean display, with only clean values stored in."""
    names = set(fx.plain_dicts) - _changed_inside(fx, fx.plain_dicts)
    clean = clean | _kept_parameters(fx, names)
    changed = True
    while changed:
        changed = False
        for name in sorted(names):
            if not all(_clean(fx, v, clean | names) for v in _values_into(fx, name)):
                names.discard(name)
                changed = True
    return names


def _changed_inside(fx, names) -> set[str]:
    """Names whose values are changed through them (`d["a"]["b"] = v`, `d["a"].append`)."""
    out = set()
    for chain in _changed_chains(fx.node):
        if isinstance(chain, ast.Name):
            continue  # d["k"] = v itself is what plain_dicts allows
        root = chain
        while isinstance(root, (ast.Subscript, ast.Attribute)):
            root = root.value
        if isinstance(root, ast.Name) and root.id in names:
            out.add(root.id)
    return out


def _kept_parameters(fx, plain: set[str]) -> set[str]:
    """Parameters only read, returned, or stored as values into the plain dicts `plain`:
    Dash's data as it came, whatever holds it."""
    params = set(fx.scope.params)
    parents = parents_of(fx.node)
    for sub in nodes_of(fx.node, ast.Name):
        if sub.id not in params:
            continue
        if not isinstance(sub.ctx, ast.Load):
            params.discard(sub.id)
            continue
        parent = parents.get(id(sub))
        if isinstance(parent, ast.Dict) and _display_into_plain(parent, parents, plain):
            continue
        if isinstance(parent, (ast.Compare, ast.FormattedValue)):
            continue  # only read
        if isinstance(parent, (ast.If, ast.While, ast.IfExp)) and parent.test is sub:
            continue  # only its truth is read
        if isinstance(parent, ast.Subscript) and isinstance(parent.ctx, ast.Load):
            continue
        if _only_returned(sub, parents):
            continue
        params.discard(sub.id)
    return params


def _display_into_plain(display, parents, plain) -> bool:
    item = stored_item(display, parents.get(id(display)))
    return item is not None and item.value.id in plain


def _values_into(fx, name: str):
    for sub in own_nodes_of(fx.node, ast.Assign):
        if len(sub.targets) != 1:
            continue
        target = sub.targets[0]
        if isinstance(target, ast.Name) and target.id == name:
            value = sub.value
            yield value.args[0] if isinstance(value, ast.Call) else value
        elif (
            isinstance(target, ast.Subscript)
            and isinstance(target.value, ast.Name)
            and target.value.id == name
        ):
            yield sub.value
    for sub in own_nodes_of(fx.node, ast.AugAssign):
        if isinstance(sub.target, ast.Subscript):
            base = sub.target.value
            if isinstance(base, ast.Name) and base.id == name:
                yield sub  # an augmented value: clean only by its type


def _clean_names(fx) -> set[str]:
    """Untouched parameters and the locals holding only parts of them, from one pass of
    the alias analysis both need."""
    touched = touched_through_aliases(fx)
    params = _untouched_parameters(fx, touched)
    return params | json_locals(fx, params, touched)


def _untouched_parameters(fx, touched: set[str]) -> set[str]:
    """Parameters (Dash's JSON) never rebound, stored into, changed or passed on, here
    or through another name (`touched`)."""
    return (
        set(fx.scope.params)
        - rebound_names(fx.node)
        - _changed_through(fx.node)
        - touched
    )


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


def _changed_through(node) -> frozenset[str]:
    """Names a store (`x[k] = v`, `x.a = v`) or a mutating method call (`x.append`)
    goes through, however deep (`x[k]["a"] = v` changes what x holds). Kept per tree."""

    def make():
        return frozenset().union(*(name_ids(chain) for chain in _changed_chains(node)))

    return kept_for_tree(_CHANGED, node, make)


_CHANGED: dict = {}


def _changed_chains(node) -> tuple[ast.expr, ...]:
    """What each store or mutating method call under `node` changes: `x[k]` of
    `x[k]["a"] = v`, `x` of `x.append(v)` (kept per tree: several analyses ask)."""
    return kept_for_tree(_CHAINS, node, lambda: tuple(_find_changed_chains(node)))


_CHAINS: dict = {}


def _find_changed_chains(node):
    for sub in nodes_of(node, ast.Subscript, ast.Attribute, ast.Call):
        if isinstance(sub, (ast.Subscript, ast.Attribute)) and not isinstance(
            sub.ctx, ast.Load
        ):
            yield sub.value
        elif (
            isinstance(sub, ast.Call)
            and isinstance(sub.func, ast.Attribute)
            and sub.func.attr in MUTATING
        ):
            yield sub.func.value


def _clean(fx, value, untouched: set[str]) -> bool:
    if isinstance(value, ast.Dict):
        return id(value) in fx.object_literals and all(
            _clean(fx, v, untouched) for v in value.values
        )
    if isinstance(value, ast.List):
        return all(
            not isinstance(e, ast.Starred) and _clean(fx, e, untouched)
            for e in value.elts
        )
    if isinstance(value, ast.IfExp):
        return _clean(fx, value.body, untouched) and _clean(fx, value.orelse, untouched)
    if isinstance(value, (ast.Name, ast.Subscript)) and json_part(value, untouched):
        return True  # Dash's data, or a piece of it, unchanged
    if _clean_lookup(fx, value, untouched):
        return True
    if _is_no_update(fx, value):
        return True  # Dash's own sentinel, passed through as it is
    return _clean_type(type_of(fx, value))


def _clean_lookup(fx, value, untouched) -> bool:
    """`d.get("k", default)` on clean data, with a clean default."""
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == "get"
        and json_part(value.func.value, untouched)
        and not value.keywords
        and all(_clean(fx, arg, untouched) for arg in value.args[1:])
    )


def _is_no_update(fx, value) -> bool:

    k = fx.known_name(value)
    return k is not None and k.kind == "dash" and k.name == "no_update"


def _clean_type(typ) -> bool:
    if typ.kind in CLEAN_KINDS:
        return True
    if typ.kind == "list":
        return _clean_type(typ.elem)
    return False


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
