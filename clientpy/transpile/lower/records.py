"""Dict displays whose every use is known: plain JS objects with a type per key.

`groups[k] = {"orders": 0, "revenue": 0.0}` then `g = groups[k]; g["orders"] += 1` as
a Map goes through `get`/`set` and, the Map's values being of mixed types, a generic
`+=`. When every place the display's value can reach is in view, it can be an object
literal instead: it is read and written as properties, and each key has a type of its
own, the join of the display's value and of every store of that key through any name
that may hold it, so `g["orders"] += 1` is a plain `+=`.

A display qualifies (a "record") when its keys are safe constant strs (plain_dicts.py)
and its value only flows, in the function compiled for the entry point, through:
locals (never parameters, globals, or names nested functions see), dicts and lists made
right there and kept to the function, `d.values()` and `d.items()`, `sorted()`/`list()`
of those and `max()`/`min()` with a `key=` (the `key=` lambda's parameter counted as
one more local), `for` loops, comprehensions and `return`. Each
name that may hold it is only subscripted with safe constant keys (read, assigned,
augmented; never deleted), tested with `"k" in`, read with `.get("k")`, taken `len()`
of, or returned. Anything else (a call it is passed to, `update`, `setdefault`, `pop`,
`del`, a dynamic key, an alias stored in another container) keeps it a Map: with only
those operations an object behaves as the dict would, and no key of it is ever missing
or stored other than by name.
"""

from __future__ import annotations

import ast

from ..scope import (
    COMPREHENSIONS,
    FUNCTIONS,
    function_scope,
    name_ids,
    nodes_of,
    own_nodes_of,
)
from ..scope import parents as parents_of
from .plain_dicts import constant_get, safe_key, stored_item
from .uses import only_returned


class Escape(Exception):
    """A use of the display's value the analysis does not follow."""


def find_records(fx) -> dict[int, list]:
    """{id(display): [(key, value node or AugAssign, receiver), ...]} for the displays
    of the entry function that are records, with every store of each key (`receiver`
    the expression subscripted, None for the display's own items)."""
    if fx is not fx.unit.entry:
        return {}
    displays = [d for d in own_nodes_of(fx.node, ast.Dict) if d.keys and _display_ok(d)]
    flow = _Flow(fx) if displays else None
    out = {}
    for node in displays:
        try:
            out[id(node)] = flow.follow(node)
        except Escape:
            continue
    return out


def _display_ok(node: ast.Dict) -> bool:
    if not all(k is not None and safe_key(k) for k in node.keys):
        return False
    keys = [k.value for k in node.keys]
    return len(set(keys)) == len(keys)


class _Flow:
    def __init__(self, fx):
        self.fx = fx
        self.root = fx.node
        self.parents = parents_of(fx.node)
        self.params = set(fx.scope.params)
        self.locals = fx.scope.locals
        self.declared = set(fx.scope.globals) | set(fx.scope.nonlocals)
        # A comprehension's own names (its targets) are other names than the
        # function's of the same identifier.
        generators = own_nodes_of(fx.node, ast.comprehension)
        self.comprehension_names = {n for g in generators for n in name_ids(g.target)}
        self.nested = [s for s in nodes_of(fx.node, *FUNCTIONS) if s is not fx.node]

    # ------------------------------------------------------------- one display
    def follow(self, display: ast.Dict) -> list:
        self.stores: list = [
            (k.value, v, None) for k, v in zip(display.keys, display.values)
        ]
        self.seen: set = set()
        self.names: dict[tuple[int, str], str] = {}  # (scope id, name) -> kind
        self.todo = [(display, "rec")]
        while self.todo:
            node, kind = self.todo.pop()
            if (id(node), kind) in self.seen:
                continue
            self.seen.add((id(node), kind))
            getattr(self, "use_" + kind)(node)
        return self.stores

    def hold(self, scope, name: str, kind: str) -> None:
        """`name` (a local of `scope`) may hold the display (rec) or a container of it."""
        key = (id(scope), name)
        if self.names.setdefault(key, kind) != kind:
            raise Escape
        if scope is self.root:
            if (
                name in self.params
                or name in self.declared
                or name not in self.locals
                or name in self.comprehension_names
                or self._seen_by_nested(name)
            ):
                raise Escape
            nodes = own_nodes_of(self.root, ast.Name)
        elif isinstance(scope, ast.Lambda):
            nodes = nodes_of(scope.body, ast.Name)  # a key= lambda's parameter
        elif isinstance(scope, ast.comprehension):
            nodes = _comprehension_reads(self._parent(scope), scope, name)
        else:
            raise Escape  # a local of a nested def: not followed
        for sub in nodes:
            if sub.id == name:
                if isinstance(sub.ctx, ast.Load):
                    self.todo.append((sub, kind))
                elif isinstance(self._parent(sub), ast.AugAssign):
                    raise Escape  # `d |= other` changes it in place
                elif kind == "box" and not self._fresh_binding(sub):
                    raise Escape  # a container others may also hold

    def _seen_by_nested(self, name: str) -> bool:
        for scope in self.nested:
            if name in function_scope(scope).locals:
                continue
            if name in name_ids(scope):
                return True
        return False

    def _fresh_binding(self, name: ast.Name) -> bool:
        parent = self.parents.get(id(name))
        if not (isinstance(parent, ast.Assign) and parent.targets == [name]):
            return False
        value = parent.value
        if isinstance(value, (ast.Dict, ast.List)):
            return not getattr(value, "keys", None) and not getattr(value, "elts", None)
        return self._builtin_call(value, ("sorted", "list"))

    def _builtin_call(self, node, names) -> bool:
        return (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in names
            and self.fx.known_name(node.func) is not None
        )

    def _parent(self, node):
        return self.parents.get(id(node))

    def _scope_of(self, node):
        while node is not None and not isinstance(node, FUNCTIONS):
            node = self.parents.get(id(node))
        return node if node is not None else self.root

    # ------------------------------------------------------------- contexts
    def _common(self, node, parent) -> bool:
        """Uses every kind allows: returned, a statement of its own, len(), truth."""
        if isinstance(parent, (ast.Expr, ast.Return)):
            return True
        if isinstance(parent, (ast.If, ast.While)) and parent.test is node:
            return True
        if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
            return True  # `if not groups:`
        if only_returned(node, self.parents):
            return True
        return (
            self._builtin_call(parent, ("len",))
            and parent.args == [node]
            and not parent.keywords
        )

    def _assigned_to(self, node, parent, kind) -> bool:
        if (
            isinstance(parent, ast.Assign)
            and parent.value is node
            and len(parent.targets) == 1
            and isinstance(parent.targets[0], ast.Name)
        ):
            self.hold(self._scope_of(parent), parent.targets[0].id, kind)
            return True
        return False

    def use_rec(self, node) -> None:
        parent = self._parent(node)
        if self._common(node, parent) or self._assigned_to(node, parent, "rec"):
            return
        if isinstance(parent, ast.IfExp) and parent.test is not node:
            self.todo.append((parent, "rec"))
            return
        if isinstance(parent, ast.Subscript) and parent.value is node:
            self._field(parent)
            return
        if _tested_for(node, parent) and safe_key(parent.left):
            return
        if isinstance(parent, ast.Compare) and all(
            isinstance(op, (ast.Is, ast.IsNot)) for op in parent.ops
        ):
            return
        is_get = isinstance(parent, ast.Attribute) and parent.attr == "get"
        if is_get and constant_get(parent, self._parent(parent)):
            return
        # Stored into a container of the function's own: `groups[k] = {...}`.
        item = stored_item(node, parent)
        if (
            item is not None
            and not isinstance(item.slice, ast.Slice)
            and self._scope_of(parent) is self.root
        ):
            self.hold(self.root, item.value.id, "box")
            return
        if self._appended(node, parent):
            return
        raise Escape

    def _appended(self, node, parent) -> bool:
        """`rows.append({...})` into a list of the function's own."""
        if (
            isinstance(parent, ast.Call)
            and isinstance(parent.func, ast.Attribute)
            and parent.func.attr == "append"
            and parent.args == [node]
            and not parent.keywords
            and isinstance(parent.func.value, ast.Name)
            and self._scope_of(parent) is self.root
        ):
            self.hold(self.root, parent.func.value.id, "box")
            return True
        return False

    def _field(self, sub: ast.Subscript) -> None:
        """`rec["k"]`: read, assigned or augmented, with a safe constant key."""
        if not safe_key(sub.slice):
            raise Escape
        if isinstance(sub.ctx, ast.Load):
            return
        holder = self._parent(sub)
        if isinstance(holder, ast.Assign) and holder.targets == [sub]:
            self.stores.append((sub.slice.value, holder.value, sub.value))
            return
        if isinstance(holder, ast.AugAssign) and holder.target is sub:
            self.stores.append((sub.slice.value, holder, sub.value))
            return
        raise Escape  # del, unpacking, several targets

    def use_box(self, node) -> None:
        """A dict or list made in the function, whose items may be the display."""
        parent = self._parent(node)
        if self._common(node, parent):
            return
        if isinstance(parent, ast.Subscript) and parent.value is node:
            if isinstance(parent.slice, ast.Slice):
                if isinstance(parent.ctx, ast.Load):
                    self.todo.append((parent, "many"))
                    return
                raise Escape
            if isinstance(parent.ctx, ast.Load):
                self.todo.append((parent, "rec"))
                return
            holder = self._parent(parent)
            if isinstance(holder, ast.Assign) and holder.targets == [parent]:
                return  # what is stored is followed on its own
            if isinstance(holder, ast.Delete):
                return
            raise Escape
        if _tested_for(node, parent):
            return
        if _iterates(parent, node):
            # A list's items or a dict's keys: taken as the display either way.
            self._loop(parent)
            return
        if isinstance(parent, ast.Attribute):
            self._box_method(node, parent)
            return
        self._iterated(node, parent)

    def _box_method(self, node, attr: ast.Attribute) -> None:
        call = self._parent(attr)
        if not (isinstance(call, ast.Call) and call.func is attr):
            raise Escape
        if attr.attr in ("keys", "clear", "reverse") and not call.args:
            return
        if attr.attr == "values" and not call.args:
            self.todo.append((call, "many"))
            return
        if attr.attr == "items" and not call.args:
            self.todo.append((call, "pairs"))
            return
        if attr.attr == "get" and 1 <= len(call.args) <= 2 and not call.keywords:
            self.todo.append((call, "rec"))
            return
        if attr.attr == "append" and len(call.args) == 1:
            return  # the appended value is followed on its own
        if attr.attr == "sort":
            self._sort_key(call)
            return
        raise Escape

    def use_many(self, node) -> None:
        """An iterable of the display's values (a view, or a list made from one)."""
        parent = self._parent(node)
        if self._common(node, parent):
            return
        self._iterated(node, parent)

    def use_pairs(self, node) -> None:
        """`d.items()` of a dict made in the function: `for k, v in ...` (a loop or a
        comprehension), `v` the display, `k` a key."""
        parent = self._parent(node)
        if self._common(node, parent):
            return
        target = getattr(parent, "target", None)
        if (
            _iterates(parent, node)
            and isinstance(target, ast.Tuple)
            and len(target.elts) == 2
            and all(isinstance(elt, ast.Name) for elt in target.elts)
            and target.elts[0].id != target.elts[1].id
        ):
            self._loop(parent, target.elts[1])
            return
        raise Escape

    def _iterated(self, node, parent) -> None:
        if _iterates(parent, node):
            self._loop(parent)
            return
        if (
            self._builtin_call(parent, ("sorted", "list"))
            and parent.args == [node]
            and (parent.func.id == "sorted" or not parent.keywords)
        ):
            self._sort_key(parent)
            if not self._assigned_to(parent, self._parent(parent), "box"):
                self.todo.append((parent, "many"))
            return
        if self._builtin_call(parent, ("max", "min")) and parent.args == [node]:
            # `max(groups.values(), key=lambda g: g["n"])`: one of them (a `default=`
            # could be anything: _sort_key lets only `key=` through)
            self._sort_key(parent)
            self.todo.append((parent, "rec"))
            return
        raise Escape

    def _loop(self, loop, target=None) -> None:
        """`for target in ...` (a statement or a comprehension's generator): the
        target holds the display."""
        target = loop.target if target is None else target
        if not isinstance(target, ast.Name) or self._scope_of(loop) is not self.root:
            raise Escape
        if isinstance(loop, ast.comprehension):
            self.hold(loop, target.id, "rec")
        else:
            self.hold(self.root, target.id, "rec")

    def _sort_key(self, call: ast.Call) -> None:
        """sorted(...)/list.sort(...): `key=` a lambda whose parameter holds the display."""
        for kw in call.keywords:
            if kw.arg == "reverse":
                continue
            if kw.arg != "key" or not isinstance(kw.value, ast.Lambda):
                raise Escape
            args = kw.value.args
            if (
                len(args.args) != 1
                or args.posonlyargs
                or args.kwonlyargs
                or args.vararg
                or args.kwarg
                or args.defaults
            ):
                raise Escape
            self.hold(kw.value, args.args[0].arg, "rec")
        if len(call.args) > (1 if isinstance(call.func, ast.Name) else 0):
            raise Escape


def _iterates(parent, node) -> bool:
    """`node` is what a `for` statement or a comprehension's generator walks."""
    return isinstance(parent, (ast.For, ast.comprehension)) and parent.iter is node


def _comprehension_reads(comp, gen: ast.comprehension, name: str) -> list:
    """The reads of `name`, the target of `gen`, in the comprehension `comp`: what
    comes after `gen` (its conditions, later generators, the element). A later
    generator or a scope nested there binding the name again is not followed."""
    after = comp.generators[comp.generators.index(gen) + 1 :]
    if any(name in name_ids(later.target) for later in after):
        raise Escape
    parts = [*gen.ifs, *after]
    parts += [comp.key, comp.value] if isinstance(comp, ast.DictComp) else [comp.elt]
    reads = []
    for part in parts:
        if any(
            _binds(scope, name) for scope in nodes_of(part, *FUNCTIONS, *COMPREHENSIONS)
        ):
            raise Escape
        reads += [n for n in nodes_of(part, ast.Name) if n.id == name]
    return reads


def _binds(scope, name: str) -> bool:
    if isinstance(scope, FUNCTIONS):
        return name in function_scope(scope).locals
    return any(name in name_ids(gen.target) for gen in scope.generators)


def _tested_for(node, parent) -> bool:
    """`k in node` / `k not in node`."""
    return (
        isinstance(parent, ast.Compare)
        and parent.comparators == [node]
        and len(parent.ops) == 1
        and isinstance(parent.ops[0], (ast.In, ast.NotIn))
    )


# ----------------------------------------------------------------- per-key types
def record_stores(found: dict[int, list]) -> dict[int, list[tuple[str, ast.expr]]]:
    """Each record's stores as (key, expression whose type is stored): `d["k"] op= v`
    stores the type of `d["k"] op v` (synthetic nodes, kept here for the type cache)."""
    out = {}
    for site, stores in found.items():
        typed = []
        for key, value, _ in stores:
            if isinstance(value, ast.AugAssign):
                value = ast.BinOp(left=value.target, op=value.op, right=value.value)
            typed.append((key, value))
        out[site] = typed
    return out


def widen_fields(fx) -> bool:
    """One round of inference: join what each store gives into its key's type."""
    from .. import types as t
    from .core import type_of

    changed = False
    for site, stores in fx.record_stores.items():
        fields = fx.record_fields.setdefault(site, {})
        for key, value in stores:
            new = t.join(fields.get(key, t.NEVER), type_of(fx, value))
            if new != fields.get(key):
                fields[key] = new
                changed = True
    return changed


def field_type(fx, site: int, key: str):
    """The type of `d[key]` for the record made at `site` (NEVER while not known)."""
    from .. import types as t
    from .aliasing import shared_contents, written_contents

    # A field's type joins the stores of that key only: `rec["xs"][0] = 0.5` stores
    # into the list the field holds, so where a function stores floats (or ints where
    # floats were) through such other ways in, a list it reads out may hold either.
    opened = shared_contents(fx)
    while fx.parent is not None:
        fx = fx.parent
    fields = fx.record_fields.get(site)
    if fields is None:
        return t.ANY
    typ = fields.get(key, t.ANY if fx.fields_final else t.NEVER)
    return typ if opened is None else written_contents(typ, opened)


def display_keys(fx, site: int) -> frozenset:
    """The keys the record's display makes: present in it for good (none is deleted)."""
    while fx.parent is not None:
        fx = fx.parent
    return fx.record_keys.get(site, frozenset())
