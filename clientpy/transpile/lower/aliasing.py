"""Floats stored through a second name for a container.

`g = groups[k]; g["n"] = 0.5 + 0.5` changes the dict `groups[k]` holds, but the types
inferred for `groups` only know what was stored through `groups` itself, so
`str(groups[k]["n"])` would print `1` where Python prints `1.0`. Element types are
tracked only for the containers a function creates and keeps to itself; once a value
that may be a float is stored into any other container (one read out of another, a
loop variable, a parameter...), what the function reads out of nested containers may be
that float: such reads are ANYF, refused where they would be printed.
"""

from __future__ import annotations

import ast
import types as pytypes

from .. import types as t
from ..parse import SourceNotFound, parse_function
from ..scope import (
    FUNCTIONS,
    TreeFact,
    kept_for_tree,
    named_parameters,
    nodes_of,
    own_nodes_of,
)
from ..scope import parents as parents_of
from ..types import T
from . import core  # a cycle (core -> typing -> aliasing): its names are read late
from .known import known
from .own_items import holds_only_own
from .write_only_paths import write_only_path

MUTATORS = frozenset(["append", "insert", "extend", "add", "update", "setdefault"])
FRESH = (
    ast.List,
    ast.Dict,
    ast.Set,
    ast.ListComp,
    ast.DictComp,
    ast.SetComp,
)


def stores_through_alias(fx) -> list:
    """The values this function stores into containers it did not create under that
    name (see the module docstring): found once, typed on each round of inference."""
    fresh = _fresh_locals(fx)
    nested = {
        id(call.func.value): held
        for call in own_nodes_of(fx.node, ast.Call)
        if (held := nested_store(call)) is not None and held[0] in fresh
    }
    parents = parents_of(fx.node)
    out = []
    for receiver, values in _stores(fx.node):
        if isinstance(receiver, ast.Name) and receiver.id in fresh:
            continue
        if id(receiver) in fx.record_receivers:
            out.extend(FieldStore(receiver, value) for value in values)
            continue
        if id(receiver) in nested:
            name = nested[id(receiver)][0]
            out.extend(NestedStore(name, value) for value in values)
            continue
        if write_only_path(fx, receiver, fresh):
            continue  # nothing reads what is stored there (write_only_paths.py)
        name = _nested_item_local(receiver, fresh, parents)
        if name is not None:
            out.extend(NestedItemStore(name, value) for value in values)
            continue
        out.extend(values)
    return out


# Methods that put one value (`append`, `add`, at `insert`'s index), or the items of an
# iterable (`extend`), into the list or set they are called on.
ONE_VALUE_AT = {"append": 0, "add": 0, "insert": 1}


def nested_store(call: ast.Call) -> tuple[str, ast.expr | None, ast.expr, bool] | None:
    """`groups.setdefault(k, []).append(v)` or `groups[k].append(v)`, a store into a
    list or set that the local `groups` holds: (groups, k for setdefault, the value
    stored, whether its items are stored: extend), None for any other call. Inference
    grows the item type of the lists groups holds (inference._nested_container_store).
    """
    func = call.func
    if not isinstance(func, ast.Attribute) or call.keywords:
        return None
    if any(isinstance(arg, ast.Starred) for arg in call.args):
        return None
    at = ONE_VALUE_AT.get(func.attr)
    if at is not None and len(call.args) == at + 1:
        value, items = call.args[at], False
    elif func.attr == "extend" and len(call.args) == 1:
        value, items = call.args[0], True
    else:
        return None
    holder = func.value
    if _is_setdefault_of_local(holder):
        return holder.func.value.id, holder.args[0], value, items
    if (
        isinstance(holder, ast.Subscript)
        and isinstance(holder.value, ast.Name)
        and not isinstance(holder.slice, ast.Slice)
    ):
        return holder.value.id, None, value, items
    return None


def nested_item_store(target) -> tuple[str, ast.expr] | None:
    """(local, outer key) of a store target `local[k1][k2]` (no slices): a store into a
    dict or list the local holds; None for any other target."""
    if not isinstance(target, ast.Subscript) or isinstance(target.slice, ast.Slice):
        return None
    holder = target.value
    if (
        isinstance(holder, ast.Subscript)
        and isinstance(holder.value, ast.Name)
        and not isinstance(holder.slice, ast.Slice)
    ):
        return holder.value.id, holder.slice
    return None


def held_containers(typ: T) -> T | None:
    """The dicts or lists a local dict's values or list's items are, where a store
    `local[k1][k2] = v` reaches them; None where they are of no such known kind."""
    return _held(typ, ("dict", "list"))


def _nested_item_local(receiver, fresh, parents) -> str | None:
    """The local `name` where `receiver` is `name[k1]` of a store `name[k1][k2] = v`
    into a local made right there (else None)."""
    target = parents.get(id(receiver))
    item = nested_item_store(target)
    if item is None or item[0] not in fresh or target.value is not receiver:
        return None
    return item[0]


class NestedItemStore:
    """A store `local[k1][k2] = v` into a local made right there: where the local holds
    dicts or lists there, inference types what they hold (inference._nested_item_store),
    so this is no store through a second name; otherwise it is one."""

    __slots__ = ("name", "value")

    def __init__(self, name: str, value: ast.expr) -> None:
        self.name = name
        self.value = value

    def typed_here(self, fx) -> bool:
        return held_containers(
            fx.env.get(self.name, t.NEVER)
        ) is not None and holds_only_own(fx, self.name)

    def stored(self, fx) -> T:
        return t.NEVER if self.typed_here(fx) else core.type_of(fx, self.value)


def _is_setdefault_of_local(node) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "setdefault"
        and isinstance(node.func.value, ast.Name)
        and len(node.args) == 2
        and not node.keywords
        and not any(isinstance(arg, ast.Starred) for arg in node.args)
    )


def held_lists(typ: T, by_key: bool) -> T | None:
    """The type of the lists or sets a local holds where a nested store reaches them:
    a dict's values (`by_key`: `groups[k]` or `groups.setdefault(k, ...)`), or a list's
    items (`rows[i]`); None where it holds no list or set there."""
    if typ.kind == "list" and by_key:
        return None
    return _held(typ, ("list", "set"))


def _held(typ: T, kinds) -> T | None:
    """What a local dict holds as values, or a local list as items, where that is of
    one of `kinds`; None otherwise."""
    inner = (
        typ.value if typ.kind == "dict" else typ.elem if typ.kind == "list" else None
    )
    return inner if inner is not None and inner.kind in kinds else None


class NestedStore:
    """A nested store (`nested_store`) into a local made right there: where the local
    holds lists or sets there, inference types what they hold, so this is no store
    through a second name; otherwise it is one."""

    __slots__ = ("name", "value")

    def __init__(self, name: str, value: ast.expr) -> None:
        self.name = name
        self.value = value

    def stored(self, fx) -> T:
        held = fx.env.get(self.name, t.NEVER)
        lists = held_lists(held, by_key=held.kind == "dict")
        if lists is not None and holds_only_own(fx, self.name):
            return t.NEVER
        return core.type_of(fx, self.value)


def _stores(node) -> tuple:
    """(receiver, stored values) of each store into a container in the function's own
    code (kept per tree)."""

    def make():
        found = own_nodes_of(node, *STORES)
        return tuple(store for sub in found for store in _store(sub))

    return kept_for_tree(_STORES, node, make)


_STORES = TreeFact("stores")
STORES = (ast.Assign, ast.AugAssign, ast.For, ast.Call)  # where `_store` finds them


def any_float(fx, values) -> bool:
    for value in values:
        stored = isinstance(value, (Grown, FieldStore, NestedStore, NestedItemStore))
        typ = value.stored(fx) if stored else core.type_of(fx, value)
        if t.may_hold_float(typ):
            return True
    return False


class Grown:
    """`ys += value` (`|=`) of a name: the items of value stored into ys's object, in
    place, where ys holds a list, dict or set (`ys = xs; ys += [n / 2]` puts a float
    into xs); where it holds a number nothing is stored."""

    __slots__ = ("target", "value")

    def __init__(self, target: ast.expr, value: ast.expr) -> None:
        self.target = target
        self.value = value

    def stored(self, fx) -> T:
        """The type of what goes into the object: the value's where the target may be
        a container; nothing where it is a number or a str (`total += 0.5` makes a
        new number)."""
        held = core.type_of(fx, self.target)
        if t.is_numeric(held) or held.kind in ("str", "none", "never"):
            return t.NEVER
        return _grown_items(fx, self.value)


def _grown_items(fx, value: ast.expr) -> T:
    """What `ys += value` can put into a container: a number there raises (`[1] += 2.5`
    is a TypeError), so a product's or sum's items are its operands' (`[x] * 3`, `a +
    b`): `acc += xs[i] * ys[i]` on Dash's data stores none of the floats the product
    may be."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Mult, ast.Add)):
        return t.join(_grown_items(fx, value.left), _grown_items(fx, value.right))
    return core.type_of(fx, value)


class FieldStore:
    """`rec["k"] = value` where `rec` may be a record (records.py): a record's keys are
    typed per key, so storing into one is no store through a second name; where the
    receiver may also hold another dict (`g = other` on some path, a list of records
    and `{}`s), its type is no record's and the store is one."""

    __slots__ = ("receiver", "value")

    def __init__(self, receiver: ast.expr, value: ast.expr) -> None:
        self.receiver = receiver
        self.value = value

    def stored(self, fx) -> T:
        if core.type_of(fx, self.receiver).site:
            return t.NEVER
        return core.type_of(fx, self.value)


def not_floats_into_floats(fx) -> bool:
    """The other way round: `grid[0][0] = 1` (or `row = grid[0]; row.append(1)`) over a
    `[[0.0]]` stores an int where the types of `grid` still say floats, so
    `str(grid[0][0])` would print `1.0` where Python prints `1`."""
    fresh = _fresh_locals(fx)
    for node in own_nodes_of(fx.node, ast.Assign, ast.For, ast.Call):
        for receiver, values in _stored_items(node):
            if isinstance(receiver, ast.Name) and receiver.id in fresh:
                continue
            held = core.type_of(fx, receiver)
            if held.kind not in CONTAINERS or not t.may_hold_float(held):
                continue
            # (a float or None stored into floats: its None would read as a float)
            stored = [core.type_of(fx, value) for value in values]
            if not all(t.all_float(typ, none_too=False) for typ in stored):
                return True
    return False


def _stored_items(node):
    """(receiver, values whose items or selves it then holds) of each store that puts
    values into a container. An augmented `a[k] += v` is left out: it stores `a[k] + v`,
    a float where a[k] is one."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        skip = {"insert": 1, "setdefault": 1}.get(node.func.attr, 0)  # the index, key
        if node.func.attr in MUTATORS:
            return [(node.func.value, _call_values(node)[skip:])]
        return []
    if isinstance(node, ast.AugAssign):
        return []
    return _store(node)


def shared_contents(fx) -> T | None:
    """What reads out of containers give in this function (or one it is nested in):
    ANYF where a float may have been stored through another name (`shared_floats`),
    ANY where only values of other types than the items' were (`shared_items`), None
    where their types stand. One walk up: asked for every read typed."""
    opened = None
    while fx is not None:
        if fx.shared_floats or fx.stores_unseen:
            return t.ANYF
        if fx.shared_items:
            opened = t.ANY
        fx = fx.parent
    return opened


CONTAINERS = frozenset(["list", "tuple", "tuplen", "dict", "set", "view", "iter"])


def names_opened(fx) -> bool:
    """A store no analysis follows may have changed what any name here holds
    (out_of_sight.py): names are read as values read out of containers are."""
    while fx is not None:
        if fx.stores_unseen:
            return True
        fx = fx.parent
    return False


def contents_may_be_floats(typ: T, is_name: bool, opened: T = t.ANYF) -> T:
    """The type of a value read in such a function: the containers inside it may have
    had floats (or, `opened` ANY, values of other types) stored in them through another
    name. A name's own value is tracked (only its contents can change behind it); a
    value read out of something may be one."""
    if typ.kind == "any":
        return typ if is_name else opened
    if typ.kind not in CONTAINERS:
        return typ
    return T(typ.kind, tuple(_inner(arg, opened) for arg in typ.args))


def _inner(arg: T, opened: T) -> T:
    if arg.kind == "any":
        return opened
    if arg.kind in ("tuple", "tuplen"):
        # A tuple's items stay what they are; only what they hold may change.
        return T(arg.kind, tuple(_inner(a, opened) for a in arg.args))
    if arg.kind in CONTAINERS:
        return T(arg.kind, tuple(opened for _ in arg.args))
    return arg


def _store(node):
    """(receiver, stored values) of each store into a container `node` makes. An item
    an unpacking or a `for` assigns gets part of the value: the whole of it stands for
    that part (its types say whether a float may be in it)."""
    if isinstance(node, (ast.Assign, ast.For)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        value = node.value if isinstance(node, ast.Assign) else node.iter
        return [
            (item.value, [value])
            for target in targets
            for item in _items_assigned(target)
        ]
    grows = isinstance(node, ast.AugAssign) and type(node.op) in _GROWING
    if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Subscript):
        # The stored value is the whole `a[k] / v` (a float where a[k] and v are ints);
        # `d["k"] += [v]` also extends the list d["k"] holds, in place.
        stores = [(node.target.value, [augmented_value(node)])]
        if grows:
            stores.append((node.target, [Grown(node.target, node.value)]))
        return stores
    if grows and isinstance(node.target, ast.Name):
        return [(node.target, [Grown(node.target, node.value)])]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in MUTATORS
    ):
        return [(node.func.value, _call_values(node))]
    return []


def augmented_value(node: ast.AugAssign) -> ast.BinOp:
    """`x op v` of `x op= v` (x a name, an item or an attribute): the value the
    statement binds, made once per statement and kept on it (type caches are keyed by
    the node's id: the statement keeps it alive as long as its tree)."""
    made = getattr(node, "_clientpy_value", None)
    if made is None:
        made = ast.BinOp(left=_read_of(node.target), op=node.op, right=node.value)
        ast.copy_location(made, node)
        node._clientpy_value = made
    return made


def _read_of(target: ast.expr) -> ast.expr:
    """The target of an augmented assignment as the read it also is."""
    if isinstance(target, ast.Name):
        return ast.copy_location(ast.Name(id=target.id, ctx=ast.Load()), target)
    if isinstance(target, ast.Subscript):
        read = ast.Subscript(value=target.value, slice=target.slice, ctx=ast.Load())
    else:
        read = ast.Attribute(value=target.value, attr=target.attr, ctx=ast.Load())
    return ast.copy_location(read, target)


def other_types_stored(fx, into_empty: bool = False) -> bool:
    """A value stored through another name than the container's own (`g[k]["n"] = v`,
    `row.append(v)` of a row read out of a list) is not of the items' type there:
    `stats = {"last": {"value": 0}}; stats["last"]["value"] = flag` would otherwise
    read back as the int the display held. (Floats: `any_float`.)

    `into_empty`: whether a value is stored so into a container whose items have no
    type at all (`g = {"a": []}; g["a"].append(x)`: a read of `g["a"][0]` would be
    typed as code that never runs). Asked once inference has settled, as an empty
    container's items are untyped in its first rounds."""
    fresh = _fresh_locals(fx)
    parents = parents_of(fx.node)
    for receiver, value, how in _typed_stores(fx.node):
        if isinstance(receiver, ast.Name) and receiver.id in fresh:
            continue
        grown = _nested_item_local(receiver, fresh, parents)
        if grown is not None and NestedItemStore(grown, value).typed_here(fx):
            continue  # inference grows the local's type with it
        held = _as_read(fx, receiver)
        items = _items_type(held)
        if items is None or (items.kind == "never") != into_empty:
            continue
        stored = core.type_of(fx, value)
        if how == "values" and held.kind == "set":
            how = "items"  # a set's update() takes the items of each argument
        if how == "items":
            stored = t.element_type(stored)
        elif how == "values":
            stored = stored.args[1] if stored.kind == "dict" else t.ANY
        elif how == "whole":
            stored = t.ANY
        if stored.kind != "never" and t.join(items, stored) != items:
            return True
    return False


def _as_read(fx, receiver) -> T:
    """The receiver's type as read from where it came: for a local name bound to a
    value read out of a container (`for r in rows`, `acc = d.get(k)`), the types of
    those values, which its own item stores do not change (they widen the name's type
    only)."""
    if not (isinstance(receiver, ast.Name) and receiver.id in fx.scope.locals):
        return core.type_of(fx, receiver)
    from .inference import bound_types

    name, seen = receiver.id, set()
    while name not in seen:  # `a = rows[0]; b = a`: b is read as rows' items are
        seen.add(name)
        source = _alias_of(fx, name)
        if source is None:
            break
        name = source
    return bound_types(fx, name)


def _alias_of(fx, name: str) -> str | None:
    """The local `name` is only ever bound to, when that is one other local name."""
    sources = set()
    for node in own_nodes_of(fx.node, ast.Assign, ast.AnnAssign, ast.AugAssign):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if not any(name in {n.id for n in _bound_names(t)} for t in targets):
            continue
        value = node.value
        if isinstance(node, ast.AugAssign) or not isinstance(value, ast.Name):
            return None
        if not all(isinstance(t, ast.Name) for t in targets):
            return None  # an unpacking binds a part of the value
        sources.add(value.id)
    if len(sources) != 1:
        return None
    (source,) = sources
    return source if source in fx.scope.locals and source != name else None


def _items_type(held: T) -> T | None:
    """What a store into a container of type `held` puts among its items (None: not a
    container whose items are typed)."""
    if held.kind in ("list", "set"):
        return held.args[0]
    if held.kind == "dict":
        return held.args[1]
    return None


def _typed_stores(node) -> tuple:
    """(receiver, value node, how it is stored) of each store into a container: "item"
    (the value itself), "items" (its items: extend), "values" (a dict's values: update),
    "whole" (a part of it: an unpacking). Kept per tree."""
    return kept_for_tree(_TYPED, node, lambda: tuple(_find_typed_stores(node)))


_TYPED = TreeFact("typed")
_GROWING = {ast.Add: "items", ast.BitOr: "values"}
_ITEM_METHODS = {"append": 0, "add": 0, "insert": 1, "setdefault": 1}


def _find_typed_stores(node):
    for sub in own_nodes_of(node, *STORES):
        if isinstance(sub, ast.Assign):
            for target in sub.targets:
                for item in _items_assigned(target):
                    how = "item" if item is target else "whole"
                    yield item.value, sub.value, how
        elif isinstance(sub, ast.For):
            for item in _items_assigned(sub.target):
                yield item.value, sub.iter, "items" if item is sub.target else "whole"
        elif isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Subscript):
            yield sub.target.value, augmented_value(sub), "item"
        elif isinstance(sub, ast.AugAssign) and type(sub.op) in _GROWING:
            # `row += [v]` extends a list in place, `d |= other` updates a dict or set
            yield sub.target, sub.value, _GROWING[type(sub.op)]
        elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute):
            yield from _method_stores(sub)


def _method_stores(call: ast.Call):
    name, args = call.func.attr, call.args
    if call.keywords or any(isinstance(a, ast.Starred) for a in args):
        if name in MUTATORS:
            for value in _call_values(call):
                yield call.func.value, value, "whole"
        return
    if name == "setdefault" and len(args) == 1:
        yield call.func.value, args[0], "whole"  # stores None
    elif name in _ITEM_METHODS and len(args) > _ITEM_METHODS[name]:
        yield call.func.value, args[_ITEM_METHODS[name]], "item"
    elif name == "extend" and args:
        yield call.func.value, args[0], "items"
    elif name == "update" and args:
        yield call.func.value, args[0], "values"


def _call_values(call: ast.Call) -> list:
    """What a mutator call stores: its arguments, keywords too (`row.update(k=v)`)."""
    values = [*call.args, *(kw.value for kw in call.keywords)]
    # `row.append(*vs)`: the iterable's type says whether its items may be floats
    return [v.value if isinstance(v, ast.Starred) else v for v in values]


def _items_assigned(target):
    """The `a[k]` targets among what `target` assigns (`a[0], b[1] = ...` unpacks)."""
    if isinstance(target, ast.Subscript):
        yield target
    elif isinstance(target, ast.Starred):
        yield from _items_assigned(target.value)
    elif isinstance(target, (ast.Tuple, ast.List)):
        for elt in target.elts:
            yield from _items_assigned(elt)


def _fresh_locals(fx) -> set[str]:
    """Locals bound only to containers made right there (displays, comprehensions,
    `set()`, `dict()` and `list()` where those are the builtins)."""
    plain, with_calls = fresh_bound(fx.node)
    builtins_here = with_calls != plain and all(
        (k := fx.known_name(ast.Name(id=name, ctx=ast.Load()))) is not None
        and k.kind == "builtin"
        for name in _EMPTY_MAKERS
    )
    return (with_calls if builtins_here else plain) - set(fx.scope.params)


_EMPTY_MAKERS = ("set", "dict", "list")


def fresh_bound(node) -> tuple[frozenset[str], frozenset[str]]:
    """Names bound only to containers made right there, parameters among them: by
    displays alone, and counting `set()` and the like (kept per tree: asked several
    times per function)."""
    return kept_for_tree(
        _FRESH,
        node,
        lambda: (_find_fresh_bound(node, False), _find_fresh_bound(node, True)),
    )


_FRESH = TreeFact("fresh")


def _empty_maker(value) -> bool:
    """`set()`, `dict()`, `list()`: a new empty container, where the name is the
    builtin's."""
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id in _EMPTY_MAKERS
        and not value.args
        and not value.keywords
    )


def _find_fresh_bound(node, calls: bool) -> frozenset[str]:
    bound: dict[str, bool] = {}
    kinds = (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.For, ast.NamedExpr)
    for sub in own_nodes_of(node, *kinds):
        targets = []
        if isinstance(sub, ast.Assign):
            targets = [(tg, sub.value) for tg in sub.targets]
        elif isinstance(sub, ast.AnnAssign):
            targets = [(sub.target, sub.value)]
        else:
            for name in _bound_names(sub.target):
                bound[name.id] = False
            continue
        for target, value in targets:
            for name in _bound_names(target):
                fresh = target is name and (
                    isinstance(value, FRESH)
                    or _repeated_display(value)
                    or (calls and _empty_maker(value))
                )
                bound[name.id] = bound.get(name.id, True) and fresh
    return frozenset(name for name, fresh in bound.items() if fresh)


def _repeated_display(value) -> bool:
    """`[0.0] * n` (or `n * [...]`): list repetition always makes a new list."""
    return (
        isinstance(value, ast.BinOp)
        and isinstance(value.op, ast.Mult)
        and (isinstance(value.left, ast.List) or isinstance(value.right, ast.List))
    )


def _bound_names(target):
    """The names an assignment target binds (not those `x[i] = ...` only reads)."""
    if isinstance(target, ast.Name):
        yield target
    elif isinstance(target, (ast.Tuple, ast.List)):
        for elt in target.elts:
            yield from _bound_names(elt)
    elif isinstance(target, ast.Starred):
        yield from _bound_names(target.value)


# ------------------------------------------------------------ functions that write
SCALARS = frozenset(["int", "float", "num", "dnum", "bool", "str", "none", "optint"])


def given_to_writers(fx) -> list[ast.expr]:
    """Arguments this function passes to functions that may change them (`fill(row)`
    where fill does `row["pct"] = n / total`): what is stored there is out of sight,
    floats included. Builtins, methods of Python values and Dash's functions do not
    change their arguments, nor does a function of the user's that only reads that
    parameter. A writing method read as a value is such a function too."""
    out = []
    called = {id(node.func) for node in own_nodes_of(fx.node, ast.Call)}
    for node in own_nodes_of(fx.node, ast.Call, ast.Attribute):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in MUTATORS
            and id(node) not in called
        ):
            out.append(node.value)  # `add = xs.append`: it stores out of sight
        if not isinstance(node, ast.Call):
            continue
        out.extend(_items_given_to_writers(fx, node))
        callee = callee_node(fx, node.func)
        if callee is False:
            continue  # not a function that could store into its arguments
        changes = _changed_positions(fx, node, callee) if callee else _EVERY
        for index, arg in _arguments_by_position(node, callee):
            value = arg.value if isinstance(arg, ast.Starred) else arg
            if isinstance(value, ast.Constant):
                continue
            if changes is _EVERY or index is None or index in changes:
                out.append(value)
        if callee and _defined_here(fx, node.func, callee):
            out.extend(_written_defaults(callee, changes))
    return out


def _defined_here(fx, func, callee) -> bool:
    """A lambda or def of this function (its defaults are this function's values)."""
    if isinstance(func, ast.Lambda):
        return True
    return isinstance(func, ast.Name) and fx.lookup_local(func.id) is not None


def _written_defaults(callee, changes) -> list[ast.expr]:
    """`put = lambda v, t=xs: t.append(v)`: a default the callee may change is a
    second name for the object it was made from, given whenever the call leaves that
    parameter out."""
    from .binding import defaults_by_name  # (binding -> core -> typing -> here)

    defaults = defaults_by_name(callee.args)
    return [
        defaults[name]
        for index, name in enumerate(named_parameters(callee.args))
        if name in defaults
        and not isinstance(defaults[name], ast.Constant)
        and (changes is _EVERY or index in changes)
    ]


_EVERY = None  # a summary's place where none can be made: every argument is written


def _changed_positions(fx, call: ast.Call, callee):
    """The positions of the parameters a call's function of the user's (module-level,
    local, or a lambda) may change, parts of them included (`for r in rows: stamp(r)`
    changes rows' items), or store where the caller cannot see, as its summary says
    (callee_changes.py); `_EVERY` where it has none or the call unpacks."""
    if _unpacks(call):
        return _EVERY
    positions = len(named_parameters(callee.args))
    return frozenset(i for i in range(positions) if _parameter_written(fx, callee, i))


def _unpacks(call: ast.Call) -> bool:
    """`f(*xs)` or `f(**kw)`: which parameter gets which argument is not known here."""
    return any(isinstance(a, ast.Starred) for a in call.args) or any(
        kw.arg is None for kw in call.keywords
    )


def _arguments_by_position(call: ast.Call, callee) -> list[tuple[int | None, ast.expr]]:
    """Each argument with the position of the parameter it binds, as summaries number
    them (callee_changes.py): a keyword by its name; None where no parameter takes it
    (one `*args` collects) or the callee is unknown."""
    names = named_parameters(callee.args) if callee else []
    positional = len(callee.args.posonlyargs) + len(callee.args.args) if callee else 0
    given: list[tuple[int | None, ast.expr]] = [
        (i if i < positional else None, arg) for i, arg in enumerate(call.args)
    ]
    for kw in call.keywords:
        given.append((names.index(kw.arg) if kw.arg in names else None, kw.value))
    return given


def _positional_index(callee, position: int) -> int | None:
    """The summary's number of the parameter a positional argument binds; None for one
    past them (`*args` collects it)."""
    named = len(callee.args.posonlyargs) + len(callee.args.args)
    return position if position < named else None


def _parameter_written(fx, callee, position: int | None) -> bool:
    """Whether the function `callee` (a def or lambda node; from a name or `key=`) may
    change, or store away, what its parameter at `position` gets."""
    return _summary_says(fx, callee, position) is not False


def _summary_says(fx, callee, position: int | None, kept: bool = True) -> bool | None:
    """What the summary of `callee` says of its parameter at `position`: changed, or
    (with `kept`) stored away; None where it has no summary. Position None: an extra
    argument, one `*args` or `**kwargs` collects."""
    from .callee_changes import nested_summary

    if isinstance(callee, ast.Lambda) or _local_definition(fx, callee):
        summary = nested_summary(fx, callee)
    else:
        summary = _module_function_summary(fx, callee)
    if summary is None:
        return None
    if position is None:
        return summary.extras
    return position in summary.changed or (kept and position in summary.escapes)


def summed_writes(fx) -> frozenset[int]:
    """ids of the arguments given to functions of the user's whose summaries say they
    may change them (`_put(dd)`, `_put` doing `d["v"] = 2.0`): a float may now be
    inside (one kept elsewhere is aliasing's concern). Calls that unpack arguments,
    and functions without a summary, are not followed this far (README: Known
    gaps)."""
    out: set[int] = set()
    for call in own_nodes_of(fx.node, ast.Call):
        callee = callee_node(fx, call.func)
        if not callee or _unpacks(call):
            continue
        for index, arg in _arguments_by_position(call, callee):
            if _summary_says(fx, callee, index, kept=False):
                out.add(id(arg))
    return frozenset(out)


def _local_definition(fx, node) -> bool:
    """A def or lambda of this function or of one enclosing it (a comprehension calls
    the function's own defs: `[show(r["v"]) for r in rows]`)."""
    while fx is not None:
        if any(node is found for found in nodes_of(fx.node, *FUNCTIONS)):
            return True
        fx = fx.parent
    return False


def _module_function_summary(fx, node):
    from .callee_changes import callee_summary

    found, value = fx.lookup_global(node.name)
    if not found or not isinstance(value, pytypes.FunctionType):
        return None
    try:
        if parse_function(value).node is not node:
            return None
    except (SourceNotFound, SyntaxError):
        return None
    return callee_summary(value)


def _items_given_to_writers(fx, call: ast.Call) -> list[ast.expr]:
    """`map(fill, rows)`, `filter(f, rows)`, `sorted(rows, key=f)`: the function is
    called on the items of the iterable (the n-th iterable's as its n-th argument), and
    may store into them, or hand them to a function that does (`key=lambda r: f(r)`)."""
    given = []
    mapped = isinstance(call.func, ast.Name) and call.func.id in ("map", "filter")
    if mapped and call.args:
        given.append((call.args[0], call.args[1:]))
    for kw in call.keywords:
        if kw.arg == "key":
            receiver = isinstance(call.func, ast.Attribute)
            given.append((kw.value, [call.func.value] if receiver else call.args[:1]))
    out = []
    for func, iterables in given:
        if isinstance(func, ast.Constant) and func.value is None:
            continue  # `filter(None, rows)`: only the items' truth is read
        if isinstance(func, (ast.Name, ast.Attribute, ast.Lambda)):
            callee = callee_node(fx, func)
        else:
            callee = None
        if callee is False:
            continue
        for position, arg in enumerate(iterables):
            value = arg.value if isinstance(arg, ast.Starred) else arg
            if isinstance(value, ast.Constant) or _scalar_items(fx, value):
                continue
            if callee is None or _parameter_written(
                fx, callee, _positional_index(callee, position)
            ):
                out.append(value)
    return out


def _scalar_items(fx, value) -> bool:
    """An iterable whose items hold nothing to store into (ints, strs)."""
    from .core import type_of

    typ = type_of(fx, value)
    return typ.kind in ("list", "tuple", "set", "str") and (
        typ.kind == "str" or typ.elem.kind in SCALARS
    )


def written_through_alias(fx, written: list[ast.expr]) -> list[ast.expr]:
    """Of those, the ones not held by a local of this function's own making: a store
    into them may show through other names (see the module docstring)."""
    from .helper_stores import handed_to_collector

    fresh = _fresh_locals(fx)
    return [
        arg
        for arg in written
        if not _made_here(arg, fresh)
        # A call that only appends to it changes nothing it held (helper_stores.py),
        # and what it appends is in a local's type (inference._after_writers). A part
        # of another value (`fill(rows[0])`) gets items its holder's type does not
        # show: that is a store out of sight.
        and not (
            isinstance(arg, ast.Name)
            and arg.id in fx.scope.locals
            and handed_to_collector(fx, arg)
        )
    ]


def _made_here(arg: ast.expr, fresh: set[str]) -> bool:
    """A container no other name holds: a display, or a local bound only to them."""
    return isinstance(arg, FRESH) or (isinstance(arg, ast.Name) and arg.id in fresh)


def fresh_holders_written(fx, written: list[ast.expr]) -> bool:
    """A container of this function's own making, given to a function that may store
    into it, whose items may be containers read out of others (`out.append(cfg["a"])`,
    then `fill(out)` doing `xs[0]["x"] = 1.0`): what those items are parts of may then
    hold a float out of sight. Not where the callee only appends to it."""
    from .helper_stores import handed_to_collector

    fresh = _fresh_locals(fx)
    for arg in written:
        if not _made_here(arg, fresh):
            continue
        typ = core.type_of(fx, arg)
        # A set's items and a dict's keys are hashable: nothing inside them changes.
        held = (
            ()
            if typ.kind == "set"
            else typ.args[1:] if typ.kind == "dict" else typ.args
        )
        items = [a for a in held if a.kind != "never" and may_contain(a)]
        if typ.kind in CONTAINERS and items and not handed_to_collector(fx, arg):
            return True
    return False


def callee_node(fx, func):
    """The def or lambda a call runs when the build knows it (None when it may be any
    function), or False for what never stores into its arguments."""
    from .local_functions import definition

    if isinstance(func, ast.Lambda):
        return func
    if isinstance(func, ast.Name):
        owner = fx.lookup_local(func.id)
        if owner is not None:
            found = definition(owner, func.id)
            return found if isinstance(found, FUNCTIONS) else None
        found, value = fx.lookup_global(func.id)
    elif isinstance(func, ast.Attribute):
        if not isinstance(func.value, ast.Name) or fx.lookup_local(func.value.id):
            return False  # a method of a Python value
        found, module = fx.lookup_global(func.value.id)
        if not (found and isinstance(module, pytypes.ModuleType)):
            return False
        value = getattr(module, func.attr, None)
    else:
        return None  # a call of a call's result, of an item...
    if not (found and _users_function(value)):
        return False
    try:
        return parse_function(value).node
    except (SourceNotFound, SyntaxError):
        return None


def param_read_only(func_node, param: str) -> bool:
    """The body never rebinds `param`, stores into it, or lets it escape."""
    return param not in kept_for_tree(
        _WRITTEN_PARAMS, func_node, lambda: _written(func_node)
    )


_WRITTEN_PARAMS = TreeFact("written params")


def _written(func_node) -> frozenset[str]:
    """Names the function rebinds, stores into or lets escape (once per tree)."""
    from .boundary import _changed_through
    from .inference import escaping_names

    rebound = rebound_names(func_node)
    return frozenset(rebound | escaping_names(func_node) | _changed_through(func_node))


def rebound_names(node) -> frozenset[str]:
    """Names bound or deleted anywhere under `node` (kept per tree)."""

    def make():
        names = nodes_of(node, ast.Name)
        return frozenset(n.id for n in names if not isinstance(n.ctx, ast.Load))

    return kept_for_tree(_REBOUND, node, make)


_REBOUND = TreeFact("rebound")


def _users_function(value) -> bool:
    """A function clientpy transpiles along, not one it maps (`json.dumps`)."""
    from .globals import is_library_file

    return (
        isinstance(value, pytypes.FunctionType)
        and known(value) is None
        and not is_library_file(value.__code__.co_filename)
    )


def may_contain(typ: T) -> bool:
    """Whether a value of this type can hold others that a writer could change."""
    return typ.kind not in SCALARS


def written_contents(typ: T, opened: T = t.ANYF) -> T:
    """A container given to a writer: what it holds may now be anything, floats
    included (`opened` ANY: anything but a float made here). (The name's own value
    cannot change; reads out of an open value are covered by `shared_contents`.)"""
    if typ.kind in CONTAINERS:
        return T(typ.kind, tuple(opened for _ in typ.args))
    return typ
