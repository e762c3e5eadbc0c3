"""Whose values a changed object may be part of, followed level by level.

`g["n"] += 1` changes the object `g` holds. Whether that object is a callback
argument, or part of one, is followed back through what the function binds, keeping
the level: `g = groups[k]` makes g's object one level inside groups' object, and
`groups[k] = {...}` puts a dict made right there at level one, whose own items sit at
level two. Keeping levels is what tells a dict the callback made (free to change) from
a row of its argument (to be copied), where following names alone would join them.

Names are followed without regard to order or scope (a superset of what may happen);
a relation the rules below do not know is taken as "anything inside" (`ANY`).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator

from ..scope import nodes_of
from .boundary import _changed_chains
from .core import type_of

ANY = 64  # a level this deep stands for every level

# (name, level): the object at that level inside the value the name holds (0: itself)
Place = tuple[str, int]
Source = Callable[[int], Iterator[Place]]

_SCALARS = frozenset({"int", "float", "str", "bool", "none", "num", "dnum"})
# Builtins whose result is a new container of the items of their first argument.
_NEW_OF_ITEMS = frozenset({"sorted", "list", "tuple", "set", "frozenset", "reversed"})
_NEW_OF_ITEMS |= {"filter", "iter", "dict"}
_ONE_OF_ITEMS = frozenset({"min", "max", "next"})  # an item of their argument
_NEW_OF_PAIRS = frozenset({"enumerate", "zip"})  # new tuples holding items
# Keywords of builtins whose values never end up in the result (but `default`'s may).
_ORDERING = frozenset({"key", "reverse", "default"})
_PART_METHODS = frozenset({"get", "pop", "setdefault"})  # an item, or the default
_VIEW_METHODS = frozenset({"values", "keys", "copy"})  # new (or read-only) of items
_STR_METHODS = frozenset({"strip", "lstrip", "rstrip", "lower", "upper", "title"})
_STR_METHODS |= {"capitalize", "replace", "split", "rsplit", "splitlines", "join"}
_STR_METHODS |= {"format", "zfill", "ljust", "rjust", "center", "casefold"}
_STORE_ONE = frozenset({"append", "add", "insert", "setdefault"})  # its last argument
_STORE_ITEMS = frozenset({"extend", "update"})  # the items of its argument


def _deeper(level: int, by: int) -> int:
    return min(level + by, ANY)


def _shallower(level: int, by: int) -> int:
    return level if level >= ANY else level - by


class Reach:
    """The bindings and stores of one function tree, and the walk back from a change."""

    def __init__(self, tree, known_name, fx=None) -> None:
        self.known_name = known_name  # what a name stands for, when clientpy knows it
        self.fx = fx  # the function being compiled, whose types are known; or None
        self.sources: dict[str, list[Source]] = {}
        self.stores: list[tuple[ast.expr, Source, int]] = []
        self._store_places: dict[str, list[tuple[int, Source]]] | None = None
        for node in nodes_of(tree, *_BINDERS):
            _BINDERS[type(node)](self, node)

    # --- what an expression's value is made of -----------------------------------

    def places(self, node, level: int) -> Iterator[Place]:
        """Where the object at `level` inside `node`'s value may come from."""
        if level < 0 or self._scalar(node):
            return
        rule = _RULES.get(type(node))
        if rule is None:
            yield from self.anything_in(node)
        else:
            yield from rule(self, node, level)

    def anything_in(self, node) -> Iterator[Place]:
        for name in nodes_of(node, ast.Name):
            yield name.id, ANY

    def _scalar(self, node) -> bool:
        if isinstance(node, (ast.Constant, ast.JoinedStr, ast.Compare, ast.Lambda)):
            return True
        if self.fx is None:
            return False
        try:
            return type_of(self.fx, node).kind in _SCALARS
        except Exception:  # noqa: BLE001 - a node the typer does not know: open
            return False

    def changes(self, tree) -> Iterator[Place]:
        """Where the objects `tree` changes in place may be: what its stores and
        mutating method calls change, and the lists its `xs += ys` extend."""
        for chain in _changed_chains(tree):
            yield from self.places(chain, 0)
        for aug in nodes_of(tree, ast.AugAssign):
            yield from self.places(aug.target, 0)

    # --- bindings ------------------------------------------------------------------

    def bind(self, target, source: Source, value=None) -> None:
        if isinstance(target, ast.Name):
            self.sources.setdefault(target.id, []).append(source)
        elif isinstance(target, ast.Starred):
            self.bind(target.value, lambda d: () if d == 0 else source(d))
        elif isinstance(target, (ast.Tuple, ast.List)):
            paired = (
                isinstance(value, (ast.Tuple, ast.List))
                and len(value.elts) == len(target.elts)
                and not any(isinstance(e, ast.Starred) for e in value.elts)
            )
            for i, elt in enumerate(target.elts):
                if paired:
                    item = value.elts[i]
                    self.bind(elt, lambda d, item=item: self.places(item, d))
                elif isinstance(elt, ast.Starred):
                    self.bind(elt, source)
                else:
                    self.bind(elt, lambda d: source(_deeper(d, 1)))
        elif isinstance(target, (ast.Subscript, ast.Attribute)):
            self.store(target.value, source)

    def store(self, container, source: Source, into: int = 1) -> None:
        """`source`'s object is put `into` levels inside `container`'s object."""
        self.stores.append((container, source, into))
        self._store_places = None

    def _stores(self) -> dict[str, list[tuple[int, Source]]]:
        """Each store by the names its container object may belong to, with the level
        it is at (followed back through bindings, so that a store through
        `g = groups[k]` is one into groups)."""
        if self._store_places is None:
            found: dict[str, list[tuple[int, Source]]] = {}
            for container, source, into in self.stores:
                for name, level in self.closure(self.places(container, 0)):
                    found.setdefault(name, []).append(
                        (_deeper(level, into - 1), source)
                    )
            self._store_places = found
        return self._store_places

    def stored_into(self, name: str) -> Iterator[Place]:
        """What the stores into the object `name` holds, or into objects inside it,
        may put there (every level of it)."""
        seen = set()
        for _, source in self._stores().get(name, ()):
            if id(source) not in seen:  # one store may be at several levels of `name`
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
            name, level = place
            for source in self.sources.get(name, ()):
                todo.extend(source(level))
            for k, source in stores.get(name, ()):
                if level > k:
                    todo.extend(source(_shallower(level, k + 1)))
        return seen


# --- expressions: where the object at a level inside their value comes from ----------


def _name(reach, node, level):
    yield node.id, level


def _subscript(reach, node, level):
    if isinstance(node.slice, ast.Slice):  # a new list of the same items
        if level:
            yield from reach.places(node.value, level)
    else:
        yield from reach.places(node.value, _deeper(level, 1))


def _attribute(reach, node, level):
    yield from reach.places(node.value, _deeper(level, 1))


def _display(reach, node, level):
    if level == 0:
        return  # made right here
    for elt in node.elts:
        if isinstance(elt, ast.Starred):
            yield from reach.places(elt.value, level)
        else:
            yield from reach.places(elt, level - 1)


def _dict_display(reach, node, level):
    # Keys (and set items) are hashable: nothing in them can be changed.
    if level == 0:
        return
    for key, value in zip(node.keys, node.values):
        if key is None:  # `**other`
            yield from reach.places(value, level)
        else:
            yield from reach.places(value, level - 1)


def _nothing(reach, node, level):
    return
    yield


def _comprehension(reach, node, level):
    if level == 0:
        return
    if isinstance(node, ast.DictComp):
        yield from reach.places(node.value, level - 1)
    else:
        yield from reach.places(node.elt, level - 1)


def _either(reach, node, level):
    parts = [node.body, node.orelse] if isinstance(node, ast.IfExp) else node.values
    for part in parts:
        yield from reach.places(part, level)


def _named(reach, node, level):
    yield from reach.places(node.value, level)


def _binop(reach, node, level):
    if level:  # `xs + ys`, `xs * 2`: a new list of their items
        yield from reach.places(node.left, level)
        yield from reach.places(node.right, level)


def _call(reach, node, level):
    func = node.func
    args = [a.value if isinstance(a, ast.Starred) else a for a in node.args]
    k = reach.known_name(func) if isinstance(func, ast.Name) else None
    keywords = {kw.arg for kw in node.keywords}
    if k is not None and k.kind == "builtin" and args and keywords <= _ORDERING:
        for kw in node.keywords:
            if kw.arg == "default":  # min(xs, default=fallback)
                yield from reach.places(kw.value, level)
        if k.name in _NEW_OF_ITEMS and len(args) == 1:
            if level:
                yield from reach.places(args[0], level)
            return
        if k.name in _ONE_OF_ITEMS and len(args) == 1:
            yield from reach.places(args[0], _deeper(level, 1))
            return
        if k.name in _NEW_OF_PAIRS:
            if level > 1:
                for arg in args:
                    yield from reach.places(arg, level - 1)
            return
    if isinstance(func, ast.Attribute) and not node.keywords:
        receiver, method = func.value, func.attr
        if method in _PART_METHODS and len(args) <= 2:
            yield from reach.places(receiver, _deeper(level, 1))
            if len(args) == 2:
                yield from reach.places(args[1], level)
            return
        if method in _VIEW_METHODS and not args:
            if level:
                yield from reach.places(receiver, level)
            return
        if method in _STR_METHODS:
            return  # strs, or a new list of strs
        if method == "items" and not args:
            if level > 1:
                yield from reach.places(receiver, level - 1)
            return
    yield from reach.anything_in(node)


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
        reach.bind(target, lambda d, v=node.value: reach.places(v, d), node.value)


def _ann_assign(reach, node):
    if node.value is not None:
        reach.bind(node.target, lambda d: reach.places(node.value, d), node.value)


def _aug_assign(reach, node):
    both = (node.target, node.value)
    if isinstance(node.target, ast.Name):
        # `xs += ys` extends the list in place; a tuple's `+=` makes a new one of both
        reach.store(node.target, lambda d: reach.places(node.value, _deeper(d, 1)))
        reach.bind(
            node.target, lambda d: (p for n in both for p in _binop_of(reach, n, d))
        )
    else:
        reach.bind(node.target, lambda d: (p for n in both for p in reach.places(n, d)))


def _binop_of(reach, node, level):
    if level:
        yield from reach.places(node, level)


def _named_expr(reach, node):
    reach.bind(node.target, lambda d: reach.places(node.value, d), node.value)


def _loop(reach, node):
    reach.bind(node.target, lambda d: reach.places(node.iter, _deeper(d, 1)))


def _method_store(reach, node):
    func = node.func
    if not isinstance(func, ast.Attribute):
        return
    if func.attr == "update":
        for kw in node.keywords:  # `d.update(k=v)`, `d.update(**other)`
            at = 0 if kw.arg is not None else 1
            reach.store(
                func.value, lambda d, v=kw.value, at=at: reach.places(v, _deeper(d, at))
            )
    if not node.args:
        return
    value = node.args[-1]
    if func.attr in _STORE_ONE:
        reach.store(func.value, lambda d: reach.places(value, d))
    elif func.attr in _STORE_ITEMS:
        reach.store(func.value, lambda d: reach.places(value, _deeper(d, 1)))


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
