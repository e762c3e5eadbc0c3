"""Local type inference: the type of each local is the join of everything assigned to it.

Flow-insensitive and iterated to a fixed point: coarse but sound, which is what matters,
since a precise-but-wrong type would emit a JS operator with another meaning. Element
types of a local list/dict/set also grow from `xs.append(v)`, `d[k] = v` and the like,
unless the container escapes (passed to a function, aliased, used by a nested function),
after which anything may be stored in it and its elements are open.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator

from .. import types as t
from ..scope import (
    COMPREHENSIONS,
    FUNCTIONS,
    TreeFact,
    body_nodes_of,
    bound_names,
    children,
    kept_for_tree,
    name_ids,
    nodes_of,
    nonlocal_names,
    own_nodes,
    own_nodes_of,
    walk,
)
from ..scope import parents as parents_of
from ..types import ANY, NEVER, T, element_type
from .aliasing import (
    FRESH,
    Grown,
    any_float,
    augmented_value,
    fresh_holders_written,
    given_to_writers,
    held_containers,
    held_lists,
    may_contain,
    nested_item_store,
    nested_store,
    not_floats_into_floats,
    other_types_stored,
    param_read_only,
    stores_through_alias,
    summed_writes,
    written_contents,
    written_through_alias,
)
from .annotation_types import annotated_type, none_guarded, taken_annotation
from .binding import defaults_by_name
from .callee_changes import changes_nothing_given
from .collectors import collected
from .context import FunctionContext
from .core import type_of
from .effects import CHANGING_METHODS, builtin_reads, may_change_arguments
from .helper_stores import handed_to_collector
from .narrowing import not_none_reads
from .out_of_sight import parameters_changed_inside, stores_out_of_sight
from .records import widen_fields
from .uses import only_printed, only_returned, stays_local


def infer(fx: FunctionContext, args: ast.arguments | None) -> None:
    """Fill `fx.env` with the join of every type assigned to each local."""
    env = fx.env
    if args is not None:
        defaults = defaults_by_name(args)
        fx.annotated_params = {}
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
            env[arg.arg] = annotated_type(
                fx, arg.arg, arg.annotation, parameter=True, dash=fx.takes_dash_values
            )
            given = fx.param_types.get(arg.arg)
            if given is not None and (
                arg.annotation is None
                or not t.is_open(given)
                or given.kind == "optint"
                or t.int_unsure(env[arg.arg], given, given=True)
            ):
                # What the callers pass (a helper's version), or what Dash sends: Python
                # does not check annotations, so a known argument type is the truth.
                # `n_clicks: int` is still None before the first click (`n + 1` raises).
                env[arg.arg] = given
                if (
                    arg.arg in defaults
                    and fx.parent is not None
                    and not _left_on_none(fx, arg, defaults)
                ):
                    # a nested function's types join its calls' (a module-level one's
                    # are its call's own): one that leaves it out takes the default
                    # (`def h(z=x // 1)` is a float for a float x)
                    env[arg.arg] = t.join(given, type_of(fx, defaults[arg.arg]))
            elif arg.arg in defaults and not _left_on_none(fx, arg, defaults):
                # `def f(x=2.0)`: when the default is taken, x is that float; and
                # `x: float = None` is a float or None.
                env[arg.arg] = t.join(env[arg.arg], type_of(fx, defaults[arg.arg]))
            if given is None or env[arg.arg] is not given:
                _note_annotated(fx, arg, env[arg.arg])
            if _shared_default_changed(fx, arg.arg, defaults):
                typ = env[arg.arg]
                env[arg.arg] = t.ANYF if typ.kind == "any" else written_contents(typ)
        if args.vararg:
            env[args.vararg.arg] = _packed(fx, args.vararg, t.tuple_of)
        if args.kwarg:
            env[args.kwarg.arg] = _packed(fx, args.kwarg, lambda v: t.dict_of(t.STR, v))
        _rebound_first(fx)
    fx.stores_unseen = stores_out_of_sight(fx)
    bindings = _bindings_of(fx.node)
    alias_stores = stores_through_alias(fx)
    written = given_to_writers(fx)
    fx.written_ids = summed_writes(fx)  # see _arguments_of_calls
    written_names = {n.id for n in written if isinstance(n, ast.Name)}
    written_aliases = written_through_alias(fx, written)
    rebound_elsewhere = _assigned_by_nested(fx.node)
    escaped = _escaping_here(fx)
    nested_writes = _written_by_nested_here(fx)
    for name in parameters_changed_inside(fx):
        env[name] = float_elements(env[name])  # its items may be anything now
    for name in fx.scope.locals:
        env.setdefault(name, NEVER)
        if name in rebound_elsewhere:
            env[name] = t.ANYF  # a nested function may store a float in it
    counted = _counted_by_nested(fx.node)
    # names whose type changes past their bindings: no narrowing to a not-None part
    unguarded = (
        rebound_elsewhere | written_names | escaped | nested_writes | counted
    ) | set(fx.scope.params)
    fx.guarded_reads = not_none_reads(fx.node)
    gets = _dict_gets(fx.node)
    for _ in range(20):
        fx.forget_types()
        changed = False
        some: dict[str, T] = {}
        bound_none: set[str] = set()
        for target, value_type in bindings:
            for name, typ in _target_types(target, value_type(fx)):
                if name in fx.scope.locals and name not in rebound_elsewhere:
                    if name in escaped:
                        typ = opaque_elements(typ)
                    if name in nested_writes:
                        typ = float_elements(typ)
                    new = t.join(env.get(name, NEVER), typ)
                    if new != env.get(name):
                        env[name] = new
                        changed = True
                    if name in unguarded:
                        continue
                    if id(target) in gets:  # `acc = d.get(k)`: None, or a value of d
                        bound_none.add(name)
                        typ = gets[id(target)](fx)
                    if typ.kind == "none":
                        bound_none.add(name)
                    else:
                        some[name] = t.join(some.get(name, NEVER), typ)
        not_none = _not_none_types(some, bound_none)
        if not_none != fx.not_none:
            fx.not_none = not_none
            changed = True
        if not fx.shared_floats and (
            any_float(fx, alias_stores)
            or any(may_contain(type_of(fx, arg)) for arg in written_aliases)
            or fresh_holders_written(fx, written)
            or not_floats_into_floats(fx)
        ):
            fx.shared_floats = True  # see aliasing.py
            changed = True
        if not fx.shared_items and other_types_stored(fx):
            fx.shared_items = True
            changed = True
        for name in written_names & fx.scope.locals:
            typ = _after_writers(fx, name, env.get(name, NEVER), written)
            if typ != env.get(name):
                env[name] = typ
                changed = True
        if fx.record_stores and widen_fields(fx):
            changed = True
        if not (changed or fx.shared_items) and other_types_stored(fx, True):
            fx.shared_items = True
            changed = True
        if not changed:
            break
    else:
        for name in env:
            env[name] = ANY
        fx.record_stores = {}  # no per-key types: reads of them are open
        fx.record_fields = {}
    for name in counted:
        if env.get(name, NEVER).kind not in ("int", "float"):
            env[name] = t.ANYF  # `n += 1` on what may be any number: open
    for name, typ in env.items():
        env[name] = no_never(typ)
    for fields in fx.record_fields.values():
        for key, typ in fields.items():
            fields[key] = no_never(typ)
    fx.fields_final = True
    fx.forget_types()


# What a local may hold besides None, for reads where it is not None (narrowing.py).
NOT_NONE_KINDS = frozenset({"list", "tuple", "tuplen", "dict", "set", "str", "mapping"})


def _not_none_types(some: dict[str, T], bound_none: set[str]) -> dict[str, T]:
    """Locals bound to None and otherwise only to one kind of container or str
    (`prev = None` ... `prev = (lat, lon)`): the join of the rest, what such a local
    holds when it is not None."""
    return {
        name: typ
        for name, typ in some.items()
        if name in bound_none and typ.kind in NOT_NONE_KINDS
    }


def _dict_gets(node) -> dict[int, Callable]:
    """`x = d.get(k)` in this scope: target id -> fx -> the type of d's values."""
    return kept_for_tree(_GETS, node, lambda: dict(_gets_in(node)))


_GETS = TreeFact("gets")


def _gets_in(node):
    for stmt in own_nodes_of(node, ast.Assign):
        value = stmt.value
        if (
            len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and value.func.attr == "get"
            and len(value.args) == 1
            and not value.keywords
            and not isinstance(value.args[0], ast.Starred)
        ):
            yield id(stmt.targets[0]), (
                lambda fx, d=value.func.value: _values_of(fx, d)
            )


def _values_of(fx, node) -> T:
    typ = type_of(fx, node)
    return typ.value if typ.kind == "dict" else ANY


def _shared_default_changed(fx, name: str, defaults) -> bool:
    """`def memo(n, cache={})` storing into cache: the default is one object for every
    call, and every typed version of the function (specialize.py) shares it, so a
    float one version stored may be read back by another typed for ints. What it
    holds is open (its floats refused where printed)."""
    default = defaults.get(name)
    if default is None or not isinstance(default, FRESH):
        return False
    return not param_read_only(fx.node, name)


def _rebound_first(fx: FunctionContext) -> None:
    """`size = int(size or 10)` first: size's type is what that binds; the argument's
    type stays with the reads in that value (rebound_params.py)."""
    from .rebound_params import incoming_reads, rebound_first

    for name, stmt in rebound_first(fx.node).items():
        for read in incoming_reads(stmt, name):
            fx.incoming_reads[id(read)] = fx.env[name]
        fx.env[name] = NEVER


MUTABLE = frozenset({"list", "dict", "set"})


def opaque_elements(typ: T) -> T:
    """A container others may write to: its elements can be anything."""
    if typ.kind in MUTABLE:
        # Still holding what it held (floats among it stay possible floats).
        return T(
            typ.kind, tuple(t.ANYF if t.may_hold_float(a) else ANY for a in typ.args)
        )
    return typ


def no_never(typ: T) -> T:
    """A type with no value seen, once inference is done: what a container made empty
    holds when only stores inference does not follow put items in it (`g = {"a": []};
    g["a"].append(x)`), or a value computed from such items. It may hold anything,
    a float too: ANYF, so that it is not printed as if it were an int."""
    if typ.kind == "never":
        return t.ANYF
    if typ.args:
        return T(typ.kind, tuple(no_never(arg) for arg in typ.args))
    return typ


_ESCAPING = TreeFact("escaping")


def _escaping_here(fx) -> set[str]:
    """escaping_names, but a list handed to a function that only appends to it does
    not escape: it has what that function's version appends (helper_stores.py), found
    with what is written. (Asked again only where such a call may be.)"""
    escaped = escaping_names(fx.node)
    handed = [
        arg
        for call in own_nodes_of(fx.node, ast.Call)
        if isinstance(call.func, ast.Name)
        for arg in call.args
        if isinstance(arg, ast.Name) and arg.id in escaped
    ]
    if not any(handed_to_collector(fx, arg) for arg in handed):
        return escaped
    return escaping_names(fx.node, lambda call, name: handed_to_collector(fx, name))


def _after_writers(fx, name: str, typ: T, written: list) -> T:
    """A local's type after calls that may store into it: what their versions store
    (helper_stores.py), or items of any type."""
    from .helper_stores import stored_by_helpers

    stored = stored_by_helpers(fx, name, written)
    return written_contents(typ) if stored is None else t.join(typ, stored)


def escaping_names(node, reads_only=None) -> set[str]:
    """Locals whose value may be stored or changed outside this function's own code.

    `reads_only(call, name)` may say that passing `name` to `call` only reads it.
    Without it the answer depends on the tree alone, and is kept (trees are parsed
    once per file and never changed)."""
    if reads_only is None:
        make = lambda: frozenset(_escaping_names(node, None))
        return set(kept_for_tree(_ESCAPING, node, make))
    return _escaping_names(node, reads_only)


def _escaping_names(node, reads_only) -> set[str]:
    escaped: set[str] = set()
    parents = parents_of(node)
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.Name)
    for sub in body_nodes_of(node, *kinds):
        if not isinstance(sub, ast.Name):
            if _reads_only_lambda(sub):
                continue
            # A nested function may store into any container it can see.
            escaped.update(name_ids(sub))
        elif (
            isinstance(sub.ctx, ast.Load)
            and not stays_local(sub, parents.get(id(sub)))
            and not only_returned(sub, parents)
            and not only_printed(sub, parents)
            and not collected(node, sub, parents)
            and not (
                reads_only is not None
                and isinstance(parents.get(id(sub)), ast.Call)
                and reads_only(parents[id(sub)], sub)
            )
        ):
            escaped.add(sub.id)
    return escaped


_NESTED_WRITES = TreeFact("nested writes")


def written_by_nested(node, reads=None) -> frozenset[str]:
    """Names a function or lambda made inside `node` may store into (`vals[k] = 1.0`,
    `vals.update(...)`, passing `vals` on, walking its items to change them): what it
    stores is typed in that function, not here, so it may be a float.

    `reads(call)` may say that a call changes nothing it is given (a function of the
    user's, by its summary). Without it the answer depends on the tree alone, and is
    kept."""
    if reads is None:
        make = lambda: frozenset(_nested_writes(node, None))
        return kept_for_tree(_NESTED_WRITES, node, make)
    return frozenset(_nested_writes(node, reads))


def _written_by_nested_here(fx) -> frozenset[str]:
    """written_by_nested, with the calls of the user's functions that change nothing
    they are given (`[_label(r["v"]) for r in rows]`) judged by their summaries."""
    found = written_by_nested(fx.node)
    if not found:
        return found
    bound = bound_names(fx.node)
    return written_by_nested(
        fx.node, lambda call: changes_nothing_given(fx, call, bound)
    )


def _nested_writes(node, reads) -> set[str]:
    out: set[str] = set()
    # Comprehensions too: each runs in a scope of its own, typed apart.
    kinds = (*FUNCTIONS, *COMPREHENSIONS)
    for inner in body_nodes_of(node, *kinds):
        if _reads_only_lambda(inner, reads):
            continue
        parents = parents_of(inner)
        changes = any(
            isinstance(sub, ast.Subscript) and not isinstance(sub.ctx, ast.Load)
            for sub in walk(inner)
        ) or any(_may_change(sub, reads) for sub in nodes_of(inner, ast.Call))
        for name in nodes_of(inner, ast.Name):
            if isinstance(name.ctx, ast.Load) and _may_write(
                name, parents.get(id(name)), changes
            ):
                out.add(name.id)
    return out


def _may_change(call: ast.Call, reads) -> bool:
    """effects.may_change_arguments, and not a call `reads` says changes nothing."""
    return may_change_arguments(call) and not (reads is not None and reads(call))


def _may_write(name: ast.Name, parent, changes: bool) -> bool:
    if isinstance(parent, ast.Subscript) and parent.value is name:
        return not isinstance(parent.ctx, ast.Load) or changes  # vals[k] = v
    if isinstance(parent, ast.Attribute):
        return parent.attr in CHANGING_METHODS or changes
    if isinstance(parent, (ast.For, ast.comprehension)) and parent.iter is name:
        return changes  # `for row in rows: row[0] = v`
    if isinstance(parent, ast.Call):
        return not builtin_reads(parent, name)  # passed on: the callee may store
    # Another name for it, or kept in a container.
    return isinstance(
        parent,
        (ast.Assign, ast.NamedExpr, ast.keyword, ast.Starred)
        + (ast.List, ast.Tuple, ast.Set, ast.Dict),
    )


def float_elements(typ: T) -> T:
    """A container a nested function may store into: its items may be floats."""
    if typ.kind in MUTABLE:
        return T(typ.kind, tuple(t.ANYF for _ in typ.args))
    return typ


def _reads_only_lambda(node, reads=None) -> bool:
    """A lambda that changes nothing it can see (`key=lambda k: counts[k]`): no `:=`,
    no function made inside, and no call that may change what it is given (a method
    that changes its receiver, a function of the user's given `d[k]`, unless `reads`
    says it changes nothing: written_by_nested). Its names are judged as any other use
    (passed to a function, they escape all the same)."""
    if not isinstance(node, ast.Lambda):
        return False
    for sub in walk(node.body):
        if isinstance(sub, (ast.NamedExpr, ast.Lambda)):
            return False
        if isinstance(sub, ast.Call) and _may_change(sub, reads):
            return False
    return True


def _packed(fx, arg: ast.arg, pack) -> T:
    """`*args` or `**kwargs`: what the callers pass, as for the other parameters, else
    what the annotation says each item is."""
    given = fx.param_types.get(arg.arg)
    annotated = pack(t.from_annotation(arg.annotation))
    if given is None or (
        arg.annotation is not None
        and t.is_open(given.args[-1])
        and not t.int_unsure(annotated.args[-1], given.args[-1], given=True)
    ):
        _note_annotated(fx, arg, annotated)
        return annotated
    return given


def _left_on_none(fx, arg: ast.arg, defaults) -> bool:
    """`x: float = None` whose None returns at once: past that, x is a float."""
    default = defaults[arg.arg]
    return (
        arg.annotation is not None
        and isinstance(default, ast.Constant)
        and default.value is None
        and arg.arg in none_guarded(fx.node)
    )


def _note_annotated(fx, arg: ast.arg, typ: T) -> None:
    """A parameter whose type is its annotation's word: checked on entry
    (annotation_checks.py)."""
    if arg.annotation is not None and (not t.is_open(typ) or typ.kind == "optint"):
        fx.annotated_params[arg.arg] = (typ, arg.annotation)


def _walruses(node, path):
    """`(y := v / 2)` inside a comprehension binds `y` in the function around it; each
    with the comprehensions, outermost first, its value is evaluated in."""
    for child in children(node):
        if isinstance(child, ast.Lambda):
            continue  # a walrus there binds in the lambda
        if isinstance(child, ast.NamedExpr):
            yield child, path
        inner = (*path, child) if isinstance(child, COMPREHENSIONS) else path
        yield from _walruses(child, inner)


def _typed_in(fx, path, value) -> T:
    from .functions import comprehension_context

    for comp in path:
        fx = comprehension_context(fx, comp)
    return type_of(fx, value)


def _bindings_of(node) -> tuple:
    """`_bindings(node)`, kept per tree: each function is inferred several times per
    translation (once per version its callers' argument types ask for)."""
    return kept_for_tree(_BINDINGS, node, lambda: tuple(_bindings(node)))


_BINDINGS = TreeFact("bindings")


def _bindings(node):
    """(target, fx -> type) pairs for every binding in this scope (not nested ones)."""
    if isinstance(node, COMPREHENSIONS):
        for gen in node.generators:
            yield gen.target, (lambda fx, it=gen.iter: element_type(type_of(fx, it)))
        return
    body = node.body if isinstance(node.body, list) else [node.body]
    todo = list(body)
    deep: list[tuple[ast.expr, Callable]] = []  # (changed object, stored value type)
    changing: set[str] = set()  # nested functions that store into their parameters
    while todo:
        n = todo.pop()
        deep.extend(_changes_of(n))
        if isinstance(n, ast.Assign):
            for target in n.targets:
                yield from _display_unpacked(target, n.value)
                yield from _item_stores_in(target, lambda fx, v=n.value: type_of(fx, v))
        elif isinstance(n, ast.Call):
            if _is_local_method(n):
                yield from _method_store(n)
            yield from _nested_container_store(n)
        elif isinstance(n, ast.AnnAssign):
            if n.value is not None:
                yield n.target, (lambda fx, a=n: _annotated(fx, a))
        elif isinstance(n, ast.AugAssign):
            binop = augmented_value(n)
            yield n.target, (lambda fx, b=binop: type_of(fx, b))
            if isinstance(n.target, ast.Subscript):
                # `xs[0] += 1.0` stores a float into a list of ints
                yield from _item_store(n.target, lambda fx, b=binop: type_of(fx, b))
        elif isinstance(n, ast.For):
            yield n.target, (lambda fx, it=n.iter: element_type(type_of(fx, it)))
            yield from _item_stores_in(
                n.target, lambda fx, it=n.iter: element_type(type_of(fx, it))
            )
        elif isinstance(n, ast.NamedExpr):
            yield n.target, (lambda fx, v=n.value: type_of(fx, v))
        elif isinstance(n, ast.ExceptHandler) and n.name:
            yield ast.Name(id=n.name, ctx=ast.Store()), (lambda fx: t.EXC)
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            deep.extend(_nested_changes(n, changing))
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield ast.Name(id=n.name, ctx=ast.Store()), (lambda fx: t.FUNC)
            todo.extend(d for d in [*n.args.defaults, *n.args.kw_defaults] if d)
            continue
        elif isinstance(n, ast.Lambda):
            continue
        elif isinstance(n, COMPREHENSIONS):
            for sub, path in _walruses(n, (n,)):
                yield sub.target, (lambda fx, v=sub.value, p=path: _typed_in(fx, p, v))
            todo.append(n.generators[0].iter)
            continue
        todo.extend(children(n))
    deep.extend(_calls_of_changing(node, changing))
    deep.extend(_arguments_of_calls(node))
    yield from _deep_stores(node, deep)


def _display_unpacked(target, value):
    """`a, b = [x, x / 2]`: each name bound to its own item's type, as for a tuple
    display (whose type keeps positions); a list display's type joins its items."""
    if (
        isinstance(target, (ast.Tuple, ast.List))
        and isinstance(value, ast.List)
        and len(target.elts) == len(value.elts)
        and not any(isinstance(e, ast.Starred) for e in [*target.elts, *value.elts])
    ):
        for sub, item in zip(target.elts, value.elts):
            yield from _display_unpacked(sub, item)
        return
    yield target, (lambda fx, v=value: type_of(fx, v))


def _arguments_of_calls(node):
    """`_put(dd)` where `_put` stores into its parameter: what the call gives it may
    get a float. Which calls store into which arguments is known per function
    (`fx.written_ids`, found by infer), so each argument is a change of its own."""
    for call in own_nodes_of(node, ast.Call):
        for arg in [*call.args, *(kw.value for kw in call.keywords)]:
            value = arg.value if isinstance(arg, ast.Starred) else arg
            if not isinstance(value, ast.Constant):
                yield value, (
                    lambda fx, v=value: t.ANYF if id(v) in fx.written_ids else NEVER
                )


# Methods that put their arguments into the object they are called on.
_STORING_METHODS = frozenset(["append", "extend", "insert", "add", "update"])
_STORING_METHODS |= {"setdefault"}


def _changes_of(n) -> Iterator[tuple[ast.expr, Callable]]:
    """The object statement `n` stores into (`x[k]` of `x[k]["a"] = v`, `r` of
    `r.append(v)`), and the type of what it stores, as fx -> type."""
    if isinstance(n, ast.Assign):
        for target in n.targets:
            for leaf in ast.walk(target):
                if not isinstance(leaf, (ast.Subscript, ast.Attribute)):
                    continue
                if isinstance(leaf.ctx, ast.Store):
                    yield leaf.value, (lambda fx, v=n.value, s=leaf: _put(fx, s, v))
    elif isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Subscript):
        binop = augmented_value(n)
        yield n.target.value, (lambda fx, b=binop: type_of(fx, b))
    elif (
        isinstance(n, ast.AugAssign)
        and isinstance(n.target, ast.Name)
        and isinstance(n.op, (ast.Add, ast.BitOr))
    ):
        # `r += [v]` extends the list r holds in place (Dash's row, through a loop)
        yield n.target, Grown(n.target, n.value).stored
    elif (
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr in _STORING_METHODS
    ):
        values = [*n.args, *(kw.value for kw in n.keywords)]
        yield n.func.value, (lambda fx, vs=values: _join_of(fx, vs))


def _nested_changes(func, changing: set[str]) -> Iterator:
    """The stores of a nested function or lambda into names of the function around it
    (`dd["v"] = 2.0` in a helper defined inside the callback), with a type that may be a
    float: they are not typed here. One that stores into its own parameters, which a
    call may give Dash's data, is noted in `changing` by the name it is bound to."""
    own = {a.arg for a in ast.walk(func.args) if isinstance(a, ast.arg)}
    body = func.body if isinstance(func.body, list) else [func.body]
    inner = [n for stmt in body for n in ast.walk(stmt)]
    bound = {n.id for n in inner if isinstance(n, ast.Name) and _is_store(n)}
    for n in inner:
        for changed, _ in _changes_of(n):
            root = changed
            while isinstance(root, (ast.Subscript, ast.Attribute)):
                root = root.value
            if not isinstance(root, ast.Name):
                continue
            if root.id in own and isinstance(func, ast.FunctionDef):
                changing.add(func.name)
            elif root.id not in own and root.id not in bound:
                yield changed, (lambda fx: t.ANYF)


def _is_store(name: ast.Name) -> bool:
    return isinstance(name.ctx, ast.Store)


def _calls_of_changing(node, changing: set[str]):
    """`put(dd)` of a nested function that stores into its parameters: what it is
    given may get a float."""
    if not changing:
        return
    for call in nodes_of(node, ast.Call):
        if isinstance(call.func, ast.Name) and call.func.id in changing:
            for arg in call.args:
                value = arg.value if isinstance(arg, ast.Starred) else arg
                yield value, (lambda fx: t.ANYF)


def _put(fx, target, value) -> T:
    """What `target = value` puts into target's object: the value, and the key of
    `d[2.0] = v`, which `repr(d)` shows too."""
    stored = type_of(fx, value)
    if isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice):
        return t.join(stored, type_of(fx, target.slice))
    return stored


def _join_of(fx, values) -> T:
    out = NEVER
    for v in values:
        out = t.join(out, type_of(fx, v.value if isinstance(v, ast.Starred) else v))
    return out


def _deep_stores(node, changes) -> Iterator:
    """A value stored into an object that other names reach too: through an item
    (`rows[0]["v"] = 2.0`), a loop (`for r in rows: r["v"] = 2.0`) or an alias
    (`r = rows[0]; r.append(2.0)`). Each name whose value may hold that object, and
    is of open type (Dash's data), may then give a float back when printed: it is
    widened as a store through its own name widens it (`_open_with`). Names are
    followed back with object_reach: a superset of those reached."""
    if not changes:
        return
    from .object_reach import Reach

    a = node.args
    params = [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]
    given = {p.arg for p in params if p is not None}
    bound = {n.id for n in nodes_of(node, ast.Name) if isinstance(n.ctx, ast.Store)}
    reached: dict = {}

    def places_of(fx, changed):
        """The names `changed`'s object may be part of, and those it is inside of or
        reached by another name, followed once per change (builtins known by name, so
        that `sorted(groups.values())` is the items of groups alone)."""
        if id(changed) not in reached:
            if "reach" not in reached:  # one walk of the bindings for every change
                reached["reach"] = Reach(node, fx.known_name)
            reach = reached["reach"]
            places = reach.origins(reach.places(changed, ()))
            own = changed.id if isinstance(changed, ast.Name) else None
            # a store through a name into its own value is typed by _item_store
            inside = {name for name, path in places if path != () or name != own}
            reached[id(changed)] = ({name for name, _ in places}, inside)
        return reached[id(changed)]

    def grown(fx, name):
        current = fx.env.get(name, NEVER)
        out = NEVER
        for changed, stored in changes:
            value = stored(fx)
            if value is NEVER:
                continue
            reaching, inside = places_of(fx, changed)
            if name not in reaching:
                continue
            if t.is_open(current):
                out = t.join(out, _open_with(current, value))
            elif name in given and name in inside:
                out = t.join(out, _deep_store(current, value))
            # a local container otherwise: aliasing.py follows its items
        return out

    for name in sorted(given | bound):
        yield _grown_name(name), (lambda fx, n=name: grown(fx, n))


def _deep_store(container: T, stored: T) -> T:
    """What a parameter's list, dict or set becomes when `stored` goes into an object
    inside it, or into it through another name: its items may give a stored float
    back (`ys = [xs]; ys[0].append(2.0)` puts a float among the numbers of
    `xs: list[float]`, which Dash sends as ints where integral). A record's fields
    are widened by records.py."""
    if container.site or container.kind not in ("list", "dict", "set"):
        return NEVER
    if not t.may_hold_float(stored):
        return NEVER
    widened = (a if a.site else t.join(a, t.ANYF) for a in container.args)
    return T(container.kind, tuple(widened))


def _annotated(fx, node: ast.AnnAssign) -> T:
    """`x: str = d["k"]` says what the value is, as a parameter annotation does: the
    author's word for what the compiler cannot see (a value out of a mixed dict)."""
    declared = taken_annotation(fx, node)
    return type_of(fx, node.value) if declared is None else declared


def _grown_name(name: str) -> ast.Name:
    """The target of a binding that stands for stores into the local `name` (its type
    grows with what they store)."""
    node = ast.Name(id=name, ctx=ast.Store())
    node.clientpy_grown = True
    return node


def bound_types(fx, name: str) -> T:
    """The join of the values `name` is bound to in this scope, but None (nothing can
    be stored into it) and the stores into it (`xs[0] = v`, `xs += [v]`); `x =
    d.get(k)` binds d's values."""
    out = NEVER
    gets = _dict_gets(fx.node)
    augmented = _augmented_targets(fx.node)
    for target, value_type in _bindings_of(fx.node):
        if getattr(target, "clientpy_grown", False) or id(target) in augmented:
            continue
        if isinstance(target, ast.Name) and isinstance(target.ctx, ast.Load):
            continue  # a name read, not bound
        if not any(leaf.id == name for leaf in _names_in(target)):
            continue
        if id(target) in gets:
            out = t.join(out, gets[id(target)](fx))
            continue
        for bound, typ in _target_types(target, value_type(fx)):
            if bound == name and typ.kind != "none":
                out = t.join(out, typ)
    return out


def _augmented_targets(node) -> frozenset[int]:
    """ids of the targets of `x op= v` in this scope (kept per tree: bound_types is
    asked on every round of inference)."""
    return kept_for_tree(
        _AUGMENTED,
        node,
        lambda: frozenset(id(n.target) for n in own_nodes_of(node, ast.AugAssign)),
    )


_AUGMENTED = TreeFact("augmented")


def _names_in(target):
    return [n for n in ast.walk(target) if isinstance(n, ast.Name)]


def _target_types(target, value_t: T):
    for leaf, typ in _leaf_types(target, value_t):
        if isinstance(leaf, ast.Name):
            yield leaf.id, typ


def _leaf_types(target, value_t: T):
    """(name, item or attribute target, the type it is given) for each one `target`
    assigns, unpacking tuples and lists."""
    if isinstance(target, (ast.Tuple, ast.List)) and value_t.kind == "never":
        for elt in target.elts:
            inner = elt.value if isinstance(elt, ast.Starred) else elt
            yield from _leaf_types(inner, NEVER)
    elif isinstance(target, (ast.Tuple, ast.List)):
        starred = any(isinstance(e, ast.Starred) for e in target.elts)
        for i, elt in enumerate(target.elts):
            if isinstance(elt, ast.Starred):
                yield from _leaf_types(elt.value, t.list_of(element_type(value_t)))
            elif value_t.kind == "tuplen" and not starred and i < len(value_t.args):
                yield from _leaf_types(elt, value_t.args[i])
            else:
                # the items iterating the value gives: `y, m = map(int, parts)`, a
                # generator's, a dict's keys, a str's characters; anyf for an open
                # value a float may be in (`a, b = json.loads(text)`)
                yield from _leaf_types(elt, element_type(value_t))
    else:
        yield target, value_t


def _item_stores_in(target, value_type):
    """`_item_store` for each item `target` assigns: itself, or one it unpacks into
    (`xs[0], y = a, 1`; `for xs[0] in ys`), with the type that item is given."""
    for leaf, _ in _leaf_types(target, NEVER):
        if isinstance(leaf, ast.Subscript):

            def leaf_type(fx, leaf=leaf):
                given = _leaf_types(target, value_type(fx))
                return next(typ for node, typ in given if node is leaf)

            yield from _item_store(leaf, leaf_type)


def _assigned_by_nested(node) -> set[str]:
    """Names a nested function rebinds with `nonlocal`: their type is open here, but for
    counters (`_counted_by_nested`)."""
    return set(nonlocal_names(node) - _counted_by_nested(node))


def _counted_by_nested(node) -> frozenset[str]:
    """Names nested functions rebind only by `n += 1`, `n -= 2` (an int constant): an
    int stays an int and a float a float, so the name keeps the type its own function's
    bindings give it, where that is int or float (infer)."""

    def make():
        counted, other = set(), set()
        for scope in nodes_of(node, ast.FunctionDef, ast.AsyncFunctionDef):
            if scope is node:
                continue
            declared = set()
            for sub in own_nodes(scope):
                if isinstance(sub, ast.Nonlocal):
                    declared.update(sub.names)
            for sub in own_nodes(scope):
                stored = isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load)
                if stored and sub.id in declared:
                    (counted if _is_count_step(sub, scope) else other).add(sub.id)
        return frozenset(counted - other)

    return kept_for_tree(_COUNTED, node, make)


_COUNTED = TreeFact("counted")


def _is_count_step(target: ast.Name, scope) -> bool:
    for sub in own_nodes(scope):
        if isinstance(sub, ast.AugAssign) and sub.target is target:
            value = sub.value
            return (
                isinstance(sub.op, (ast.Add, ast.Sub))
                and isinstance(value, ast.Constant)
                and type(value.value) in (int, bool)
            )
    return False


def _is_local_method(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.attr in ("append", "insert", "extend", "add", "update", "setdefault")
    )


def _method_store(call: ast.Call):
    """`xs.append(v)` and friends grow the element type of a local list or set."""
    name = call.func.value
    method = call.func.attr
    unpacked = any(isinstance(arg, ast.Starred) for arg in call.args)
    if unpacked and method in ("append", "add", "insert", "extend"):
        # `xs.append(*[v])`: any of the values given may be stored
        each = element_type if method == "extend" else (lambda typ: typ)
        elem = lambda fx, c=call: each(_given_values_type(fx, c))
    elif method in ("append", "add") and len(call.args) == 1:
        value = call.args[0]
        elem = lambda fx, v=value: type_of(fx, v)
    elif method == "insert" and len(call.args) == 2:
        value = call.args[1]
        elem = lambda fx, v=value: type_of(fx, v)
    elif method == "extend" and len(call.args) == 1:
        value = call.args[0]
        elem = lambda fx, v=value: element_type(type_of(fx, v))
    elif method in ("update", "setdefault"):
        yield from _dict_store(call, name.id)
        return
    else:
        return
    target = _grown_name(name.id)

    def grown(fx, elem=elem, name=name.id):
        current = _stored_into(fx, name)
        if current.kind in ("list", "set"):
            return T(current.kind, (elem(fx),))
        return _open_with(current, elem(fx))

    yield target, grown


def _given_values_type(fx, call: ast.Call) -> T:
    """The join of the values a call passes, the items of `*iterables` among them."""
    out = NEVER
    for arg in call.args:
        if isinstance(arg, ast.Starred):
            out = t.join(out, element_type(type_of(fx, arg.value)))
        else:
            out = t.join(out, type_of(fx, arg))
    return ANY if out.kind == "never" else out


def _nested_container_store(call: ast.Call):
    """`groups.setdefault(k, []).append(v)` and `groups[k].append(v)`: a store into a
    list or set held by a local dict (or list) grows the item type of the lists it
    holds, where the store names them through the local itself (else aliasing.py
    opens what reads out of containers give)."""
    found = nested_store(call)
    if found is None:
        return
    name, key, value, items = found

    def grown(fx):
        current = _stored_into(fx, name)
        inner = held_lists(current, by_key=current.kind == "dict")
        if inner is None or (key is not None and current.kind != "dict"):
            return NEVER  # (setdefault is a dict's)
        stored = type_of(fx, value)
        stored = element_type(stored) if items else stored
        inner = T(inner.kind, (t.join(inner.elem, stored),))
        if current.kind == "dict":
            key_t = type_of(fx, key) if key is not None else current.args[0]
            return t.dict_of(key_t, inner)
        return t.list_of(inner)

    yield _grown_name(name), grown


def _dict_store(call: ast.Call, name: str):
    """`d.update(other, k=v)` and `d.setdefault(k, v)` grow a local dict's types."""
    target = _grown_name(name)

    def grown(fx):
        current = _stored_into(fx, name)
        if current.kind == "set" and call.func.attr == "update":
            return T("set", (t.join(current.elem, _set_items(fx, call)),))
        if current.kind != "dict":
            return current  # an open value: see _deep_stores
        return t.join(current, _stored_items(fx, call))

    yield target, grown


def _set_items(fx, call: ast.Call) -> T:
    """What `s.update(*others)` adds to a set: the items of each iterable given."""
    out = NEVER
    for arg in call.args:
        if isinstance(arg, ast.Starred):
            return t.ANYF  # `s.update(*iterables)`: items of items, unseen
        out = t.join(out, element_type(type_of(fx, arg)))
    return out


def _stored_items(fx, call: ast.Call) -> T:
    if any(isinstance(arg, ast.Starred) for arg in call.args):
        return t.dict_of(t.ANYF, t.ANYF)  # `d.setdefault(*pair)`: keys, values unseen
    if call.func.attr == "setdefault":
        if not call.args:
            return NEVER
        value = type_of(fx, call.args[1]) if len(call.args) > 1 else t.NONE
        return t.dict_of(type_of(fx, call.args[0]), value)
    out = NEVER
    for arg in call.args:
        other = type_of(fx, arg)
        if other.kind == "dict":
            out = t.join(out, other)
        else:  # pairs, or anything: keys and values of any kind, floats included
            out = t.join(out, t.dict_of(t.ANYF, t.ANYF))
    for kw in call.keywords:
        value = type_of(fx, kw.value)
        if kw.arg is None:
            value = value.value if value.kind == "dict" else t.ANYF
        out = t.join(out, t.dict_of(t.STR, value))
    return out


def _item_store(target: ast.Subscript, value_type):
    """`d[k] = v` / `xs[i] = v` grow the key/element types of a local dict or list."""
    if nested_item_store(target) is not None:
        yield from _nested_item_store(target, value_type)
        return
    if not isinstance(target.value, ast.Name):
        return
    name = target.value.id
    key = target.slice
    if isinstance(key, ast.Slice):
        yield from _slice_store(name, value_type)
        return

    def grown(fx):
        current = _stored_into(fx, name)
        if current.kind == "dict":
            return t.dict_of(type_of(fx, key), value_type(fx))
        if current.kind == "list":
            return t.list_of(value_type(fx))
        return _open_with(current, value_type(fx))

    yield _grown_name(name), grown


def _nested_item_store(target: ast.Subscript, value_type):
    """`groups[k]["total"] = v` (or `+=`), `grid[y][x] = v`: a store into a dict or
    list that a local dict or list holds grows the types of the dicts or lists it holds
    (aliasing.NestedItemStore: then no store through another name)."""
    name, outer_key = nested_item_store(target)

    def grown(fx):
        current = _stored_into(fx, name)
        inner = held_containers(current)
        if inner is None:
            return NEVER
        if inner.kind == "dict":
            inner = t.dict_of(type_of(fx, target.slice), value_type(fx))
        else:
            inner = t.list_of(value_type(fx))
        if current.kind == "dict":
            return t.dict_of(type_of(fx, outer_key), inner)
        return t.list_of(inner)

    yield _grown_name(name), grown


def _slice_store(name: str, value_type):
    """`xs[i:j] = ys` puts the items of ys into a local list."""

    def grown(fx):
        current = _stored_into(fx, name)
        if current.kind == "list":
            return t.list_of(element_type(value_type(fx)))
        return _open_with(current, value_type(fx))

    yield _grown_name(name), grown


def _stored_into(fx, name: str) -> T:
    """The type of the local a store grows: where it is open and otherwise None or one
    kind of container (`prev = None` ... `prev = [x]`), that container, which is what
    the store reaches (into None it raises): a float stored there is then known to
    reads narrowed to it (narrowing.py)."""
    current = fx.env.get(name, NEVER)
    if current.kind in ("never", "any", "anyf") and name in fx.not_none:
        return fx.not_none[name]
    return current


def _open_with(container: T, stored: T) -> T:
    """An open value (Dash's data, say) a float may be stored into: what is read back
    out of it may be that float, so it is ANYF, never printed as if it were an int.
    A record's keys have types of their own (records.py), which the store widens."""
    if container.site:
        return NEVER
    if container.kind in ("any", "mapping") and t.may_hold_float(stored):
        return t.ANYF
    return NEVER
