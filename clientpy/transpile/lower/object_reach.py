"""Whose values a changed object may be part of, followed level by level.

`g["n"] += 1` changes the object `g` holds. Whether that object is a callback
argument, or part of one, is followed back through what the function binds, keeping
the path to it: `g = groups[k]` makes g's object one level inside groups' object, and
`groups[k] = {...}` puts a dict made right there at level one, whose own items sit at
level two. Keeping levels is what tells a dict the callback made (free to change) from
a row of its argument (to be copied), where following names alone would join them.

A level of the path also keeps the key that selects it where the code names one
(`g["units"]`, `d.get("k")`): `g["units"] += n` changes the object under "units",
which a display `{"category": key, "units": 0}` did not take from `key`. Keys are
followed for str constants only; every other step is any key (None).

Names are followed without regard to order or scope (a superset of what may happen);
a relation the rules below do not know is taken as "anything inside" (`ANY`).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator

from ..scope import name_ids, nodes_of
from .boundary import _changed_chains
from .core import type_of
from .local_functions import only_definitions

ANY = 64  # every level inside a value, under any key
DEEPEST = 8  # paths longer than this stand for ANY

# A path into a value: the key of each level from the outside in (None: any key), or
# ANY. `()` is the value itself. Callers may give a level as an int: that many Nones.
Path = tuple
# (name, path): the object at that path inside the value the name holds
Place = tuple[str, Path]
Source = Callable[[Path], Iterator[Place]]

_SCALARS = frozenset({"int", "float", "str", "bool", "none", "num", "dnum"})
_NUMBERS = frozenset({"int", "float", "bool", "num", "dnum"})
# Builtins whose result is a new container of the items of their first argument.
_NEW_OF_ITEMS = frozenset({"sorted", "list", "tuple", "set", "frozenset", "reversed"})
_NEW_OF_ITEMS |= {"filter", "iter"}
_ONE_OF_ITEMS = frozenset({"min", "max", "next"})  # an item of their argument
# Builtins whose result holds no object of their arguments: numbers, strs, bools, or
# a new tuple of numbers (divmod). Not sum: `sum(lists, [])` is a new list of items.
_SCALAR_OF = frozenset({"len", "abs", "round", "int", "float", "str", "repr", "bool"})
_SCALAR_OF |= {"chr", "ord", "hex", "bin", "oct", "format", "isinstance", "any", "all"}
_SCALAR_OF |= {"pow", "divmod", "ascii"}
_NEW_OF_PAIRS = frozenset({"enumerate", "zip"})  # new tuples holding items
# Keywords of builtins whose values never end up in the result (but `default`'s may).
_ORDERING = frozenset({"key", "reverse", "default"})
_PART_METHODS = frozenset({"get", "pop", "setdefault"})  # an item, or the default
_VIEW_METHODS = frozenset({"values", "keys"})  # read-only views of the items
_STR_METHODS = frozenset({"strip", "lstrip", "rstrip", "lower", "upper", "title"})
_STR_METHODS |= {"capitalize", "replace", "split", "rsplit", "splitlines", "join"}
_STR_METHODS |= {"format", "zfill", "ljust", "rjust", "center", "casefold"}
_STORE_ONE = frozenset({"append", "add", "insert", "setdefault"})  # its last argument
_STORE_ITEMS = frozenset({"extend", "update"})  # the items of its argument


def as_path(level) -> Path:
    """A path from an int level (that many levels, any keys), ANY, or a path."""
    if isinstance(level, tuple):
        return level
    return ANY if level >= ANY else (None,) * level


def depth(path: Path) -> int:
    """How many levels down the path goes (ANY for ANY)."""
    return ANY if path == ANY else len(path)


def _deeper(path: Path, key: str | None = None) -> Path:
    """The path to the same object from one level further out, through `key`."""
    if path == ANY or len(path) >= DEEPEST:
        return ANY
    return (key, *path)


def _inner(path: Path, by: int = 1) -> Path:
    """The path from `by` levels in (the first `by` keys already taken)."""
    return path if path == ANY else path[by:]


def _key(node) -> str | None:
    """The key a subscript or method argument names, when a str constant."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _same_key(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _under(path: Path, container: Path, key: str | None) -> Path | None:
    """The path, from the object stored at `key` in the object at `container`, of
    `path`'s object; None where `path` does not lead through that store."""
    if container == ANY or path == ANY:
        return ANY
    n = len(container)
    if len(path) <= n or not _same_key(path[n], key):
        return None
    if not all(_same_key(a, b) for a, b in zip(path, container)):
        return None
    return path[n + 1 :]


class Reach:
    """The bindings and stores of one function tree, and the walk back from a change."""

    def __init__(self, tree, known_name, fx=None) -> None:
        self.tree = tree
        self.known_name = known_name  # what a name stands for, when clientpy knows it
        self.fx = fx  # the function being compiled, whose types are known; or None
        self.sources: dict[str, list[Source]] = {}
        self.stores: list[tuple[ast.expr, Source, str | None]] = []
        self._store_places: dict[str, list[tuple[Path, str | None, Source]]] | None
        self._store_places = None
        for node in nodes_of(tree, *_BINDERS):
            _BINDERS[type(node)](self, node)

    # --- what an expression's value is made of -----------------------------------

    def places(self, node, level) -> Iterator[Place]:
        """Where the object at `level` (a path, or an int) inside `node`'s value may
        come from."""
        path = as_path(level)
        if self._scalar(node):
            return
        rule = _RULES.get(type(node))
        if rule is None:
            yield from self.anything_in(node)
        else:
            yield from rule(self, node, path)

    def anything_in(self, node) -> Iterator[Place]:
        for name in nodes_of(node, ast.Name):
            # not a builtin's or a module's name: they hold nothing of the function's
            # (`set` of `set()` would join every store into a set made so)
            if self.known_name(name) is None:
                yield name.id, ANY

    def _scalar(self, node) -> bool:
        if isinstance(node, (ast.Constant, ast.JoinedStr, ast.Compare, ast.Lambda)):
            return True
        return self._kind(node) in _SCALARS

    def _kind(self, node) -> str | None:
        """The kind of `node`'s type; None where no function's types are known."""
        if self.fx is None:
            return None
        try:
            return type_of(self.fx, node).kind
        except Exception:  # noqa: BLE001 - a node the typer does not know: open
            return None

    def changes(self, tree) -> Iterator[Place]:
        """Where the objects `tree` changes in place may be: what its stores and
        mutating method calls change, and the lists its `xs += ys` extend."""
        for chain in _changed_chains(tree):
            yield from self.places(chain, ())
        for aug in nodes_of(tree, ast.AugAssign):
            if self._may_change_in_place(aug):
                yield from self.places(aug.target, ())

    def _may_change_in_place(self, aug) -> bool:
        """`x += y` changes x's object in place where it is a list, dict or set; with
        a number y it cannot (`xs += 1` raises, as does `s |= 1`), except `*=`, which
        repeats a list in place (`xs *= 2`): `acc[1] += 1` changes only acc."""
        if isinstance(aug.op, ast.Mult):
            return True
        return self._kind(aug.value) not in _NUMBERS

    # --- bindings ------------------------------------------------------------------

    def bind(self, target, source: Source, value=None) -> None:
        if isinstance(target, ast.Name):
            self.sources.setdefault(target.id, []).append(source)
        elif isinstance(target, ast.Starred):
            self.bind(target.value, lambda p: () if p == () else source(p))
        elif isinstance(target, (ast.Tuple, ast.List)):
            paired = (
                isinstance(value, (ast.Tuple, ast.List))
                and len(value.elts) == len(target.elts)
                and not any(isinstance(e, ast.Starred) for e in value.elts)
            )
            for i, elt in enumerate(target.elts):
                if paired:
                    item = value.elts[i]
                    self.bind(elt, lambda p, item=item: self.places(item, p))
                elif isinstance(elt, ast.Starred):
                    self.bind(elt, source)
                else:
                    self.bind(elt, lambda p: source(_deeper(p)))
        elif isinstance(target, ast.Subscript):
            self.store(target.value, source, _key(target.slice))
        elif isinstance(target, ast.Attribute):
            self.store(target.value, source)

    def store(self, container, source: Source, key: str | None = None) -> None:
        """`source`'s object is put into `container`'s object, under `key`."""
        self.stores.append((container, source, key))
        self._store_places = None

    def _stores(self) -> dict[str, list[tuple[Path, str | None, Source]]]:
        """Each store by the names its container object may belong to, with the path
        to the container (followed back through bindings, so that a store through
        `g = groups[k]` is one into groups)."""
        if self._store_places is None:
            found: dict[str, list[tuple[Path, str | None, Source]]] = {}
            for container, source, key in self.stores:
                for name, path in self.closure(self.places(container, ())):
                    found.setdefault(name, []).append((path, key, source))
            self._store_places = found
        return self._store_places

    def stored_into(self, name: str) -> Iterator[Place]:
        """What the stores into the object `name` holds, or into objects inside it,
        may put there (every level of it)."""
        seen = set()
        for _, _, source in self._stores().get(name, ()):
            if id(source) not in seen:  # one store may be at several paths of `name`
                seen.add(id(source))
                yield from source(ANY)

    def closure(self, start) -> set[Place]:
        """The places reachable from `start` through bindings (not stores)."""
        return self._walk(start, through_stores=False)

    # --- the walk back -------------------------------------------------------------

    def origins(self, start) -> set[Place]:
        """Every place the objects at `start` may be, through bindings and stores."""
        return self._walk(start, through_stores=True)

    def _walk(self, start, through_stores: bool) -> set[Place]:
        seen: set[Place] = set()
        todo = list(start)
        stores = self._stores() if through_stores else {}
        while todo:
            place = todo.pop()
            if place in seen:
                continue
            seen.add(place)
            name, path = place
            for source in self.sources.get(name, ()):
                todo.extend(source(path))
            for container, key, source in stores.get(name, ()):
                rest = _under(path, container, key)
                if rest is not None:
                    todo.extend(source(rest))
        return seen


# --- expressions: where the object at a path inside their value comes from ----------


def _name(reach, node, path):
    yield node.id, path


def _subscript(reach, node, path):
    if isinstance(node.slice, ast.Slice):  # a new list of the same items
        if path:
            yield from reach.places(node.value, path)
    else:
        yield from reach.places(node.value, _deeper(path, _key(node.slice)))


def _attribute(reach, node, path):
    yield from reach.places(node.value, _deeper(path))


def _display(reach, node, path):
    if path == ():
        return  # made right here
    for elt in node.elts:
        if isinstance(elt, ast.Starred):
            yield from reach.places(elt.value, path)
        else:
            yield from reach.places(elt, _inner(path))


def _dict_display(reach, node, path):
    # Keys (and set items) are hashable: nothing in them can be changed.
    if path == ():
        return
    wanted = None if path == ANY else path[0]
    for key, value in zip(node.keys, node.values):
        if key is None:  # `**other`
            yield from reach.places(value, path)
        elif wanted is None or _key(key) is None or _key(key) == wanted:
            yield from reach.places(value, _inner(path))


def _nothing(reach, node, path):
    return
    yield


def _comprehension(reach, node, path):
    if path == ():
        return
    item = node.value if isinstance(node, ast.DictComp) else node.elt
    yield from reach.places(item, _inner(path))


def _either(reach, node, path):
    parts = [node.body, node.orelse] if isinstance(node, ast.IfExp) else node.values
    for part in parts:
        yield from reach.places(part, path)


def _named(reach, node, path):
    yield from reach.places(node.value, path)


def _binop(reach, node, path):
    if path:  # `xs + ys`, `xs * 2`: a new list of their items
        yield from reach.places(node.left, path)
        yield from reach.places(node.right, path)


def _values_of(reach, node, path: Path) -> Iterator[Place]:
    """Where the object at `path` inside a dict made of `node` (`dict(x)`,
    `d.update(x)`, `d |= x`) comes from: a mapping's values under the same keys, or
    the second items of an iterable of pairs."""
    yield from reach.places(node, path)
    yield from reach.places(node, _deeper(_deeper(_inner(path))))


def _pair_item(path: Path) -> Path:
    """The path inside the second item of a pair, from the path inside a new list of
    pairs: `(None, None)`, then the rest, from `(i, j, rest)`."""
    return path if path == ANY else (None, *path[2:])


def _call(reach, node, path):
    func = node.func
    args = [a.value if isinstance(a, ast.Starred) else a for a in node.args]
    k = reach.known_name(func) if isinstance(func, ast.Name) else None
    keywords = {kw.arg for kw in node.keywords}
    if k is not None and k.kind == "builtin" and not args and not keywords:
        return  # `set()`, `dict()`, `list()`: a new, empty container
    if k is not None and k.kind == "builtin" and args and keywords <= _ORDERING:
        yield from _builtin_call(reach, node, k.name, args, path)
        return
    if isinstance(func, ast.Attribute) and not node.keywords:
        found = _METHOD_RULES.get(func.attr)
        if found is not None and found[0](len(args)):
            yield from found[1](reach, func.value, args, path)
            return
    local = (
        only_definitions(reach.tree).get(func.id)
        if isinstance(func, ast.Name)
        else None
    )
    if local is not None:
        # What a function made here gives back may be any part of what it sees
        # (`def items(): return store["items"]`): every name in it.
        for name in name_ids(local):
            yield name, ANY
    yield from reach.anything_in(node)


def _builtin_call(reach, node, name, args, path):
    for kw in node.keywords:
        if kw.arg == "default":  # min(xs, default=fallback)
            yield from reach.places(kw.value, path)
    if len(args) == 1 and name in _NEW_OF_ITEMS:
        if path:
            yield from reach.places(args[0], path)
    elif len(args) == 1 and name == "dict":
        if path:
            yield from _values_of(reach, args[0], path)
    elif len(args) == 1 and name in _ONE_OF_ITEMS:
        yield from reach.places(args[0], _deeper(path))
    elif name in _SCALAR_OF:
        return
    elif name in _NEW_OF_PAIRS:
        if path == ANY or len(path) > 1:
            for arg in args:
                yield from reach.places(arg, _pair_item(path))
    else:
        yield from reach.anything_in(node)


def _part(reach, receiver, args, path):
    """`d.get("k")`, `d.pop(k, default)`, `d.setdefault(k, [])`: an item, or the
    default."""
    yield from reach.places(receiver, _deeper(path, _key(args[0]) if args else None))
    if len(args) == 2:
        yield from reach.places(args[1], path)


def _view(reach, receiver, args, path):
    if path:  # `d.values()`: its items are the dict's, under any key
        yield from reach.places(receiver, _deeper(_inner(path)))


def _copy(reach, receiver, args, path):
    if path:  # a new container of the same items under the same keys
        yield from reach.places(receiver, path)


def _items(reach, receiver, args, path):
    if path == ANY or len(path) > 1:
        yield from reach.places(receiver, _pair_item(path))


def _str_result(reach, receiver, args, path):
    return  # strs, or a new list of strs
    yield


_METHOD_RULES = {
    **{m: (lambda n: n <= 2, _part) for m in _PART_METHODS},
    **{m: (lambda n: n == 0, _view) for m in _VIEW_METHODS},
    "copy": (lambda n: n == 0, _copy),
    "items": (lambda n: n == 0, _items),
    **{m: (lambda n: True, _str_result) for m in _STR_METHODS},
}


_RULES = {
    ast.Name: _name,
    ast.Subscript: _subscript,
    ast.Attribute: _attribute,
    ast.List: _display,
    ast.Tuple: _display,
    ast.Set: _nothing,
    ast.Dict: _dict_display,
    ast.ListComp: _comprehension,
    ast.SetComp: _nothing,
    ast.GeneratorExp: _comprehension,
    ast.DictComp: _comprehension,
    ast.IfExp: _either,
    ast.BoolOp: _either,
    ast.NamedExpr: _named,
    ast.BinOp: _binop,
    ast.Call: _call,
}


# --- statements: what they bind and store ---------------------------------------------


def _assign(reach, node):
    for target in node.targets:
        reach.bind(target, lambda p, v=node.value: reach.places(v, p), node.value)


def _ann_assign(reach, node):
    if node.value is not None:
        reach.bind(node.target, lambda p: reach.places(node.value, p), node.value)


def _aug_assign(reach, node):
    # `x += y` leaves x's object in place (a list extended, a dict merged) or binds a
    # new one made of both's items: never y's object itself (`g["n"] += r["n"]` does
    # not put r["n"] into g). `d |= pairs` takes the pairs' second items as values.
    merged = isinstance(node.op, ast.BitOr)

    def items_of_value(p):
        return (
            _values_of(reach, node.value, p) if merged else reach.places(node.value, p)
        )

    def made(p):
        if p:
            yield from reach.places(node.target, p)
            yield from items_of_value(p)

    if isinstance(node.target, ast.Name):
        reach.store(node.target, lambda p: items_of_value(_deeper(p)))
    reach.bind(node.target, made)


def _named_expr(reach, node):
    reach.bind(node.target, lambda p: reach.places(node.value, p), node.value)


def _loop(reach, node):
    reach.bind(node.target, lambda p: reach.places(node.iter, _deeper(p)))


def _method_store(reach, node):
    func = node.func
    if not isinstance(func, ast.Attribute):
        return
    if func.attr == "update":
        for kw in node.keywords:  # `d.update(k=v)`, `d.update(**other)`
            if kw.arg is not None:
                reach.store(
                    func.value, lambda p, v=kw.value: reach.places(v, p), kw.arg
                )
            else:
                reach.store(
                    func.value, lambda p, v=kw.value: reach.places(v, _deeper(p))
                )
    if not node.args:
        return
    value = node.args[-1]
    if func.attr == "setdefault":
        key = _key(node.args[0]) if len(node.args) == 2 else None
        reach.store(func.value, lambda p: reach.places(value, p), key)
    elif func.attr == "update":  # a mapping's values, or the second items of pairs
        reach.store(func.value, lambda p: _values_of(reach, value, _deeper(p)))
    elif func.attr in _STORE_ONE:
        reach.store(func.value, lambda p: reach.places(value, p))
    elif func.attr in _STORE_ITEMS:
        reach.store(func.value, lambda p: reach.places(value, _deeper(p)))


_BINDERS = {
    ast.Assign: _assign,
    ast.AnnAssign: _ann_assign,
    ast.AugAssign: _aug_assign,
    ast.NamedExpr: _named_expr,
    ast.For: _loop,
    ast.AsyncFor: _loop,
    ast.comprehension: _loop,
    ast.Call: _method_store,
}
