"""A dict or set that changes size while a `for` loop or a comprehension walks it:
RuntimeError.

CPython's dict and set iterators check the size on every step; a JS Map or Set goes on
(visiting keys added, for ever if each step adds one; skipping keys removed), and
`Object.keys` of a plain object is a snapshot. Only a walk (of the container, its
views, or `enumerate`/`zip`/... of it) during which the container may change (a store,
a `del`, a method that adds or removes, the container handed to a call, a function of
the callback's that changes it), by its name or by another that may hold the same
object, gets the check: the size before the walk, compared at each step and once more
when the walk runs out, and a count of the steps (a dict that gives more keys than it
had had one removed and added back).
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from ..scope import TreeFact, kept_for_tree, name_ids, nodes_of, root_name, walk
from .binding import defaults_by_name
from .core import type_of

SIZE_CHANGERS = frozenset(
    [
        "pop",
        "popitem",
        "clear",
        "update",
        "setdefault",
        "add",
        "discard",
        "remove",
        "difference_update",
        "intersection_update",
        "symmetric_difference_update",
    ]
)


# Augmented assignments that change a set (or a dict, `|=`) in place.
IN_PLACE = (ast.BitOr, ast.BitAnd, ast.BitXor, ast.Sub)


def walked_container(fx, node: ast.For) -> ast.Name | None:
    """The dict or set (by name) the loop walks, when its body may change its size."""
    walked = _walked_name(fx, node.iter)
    if walked is None:
        return None
    # A dict from Dash tested with isinstance (a JSON walk): not through another
    # parameter. Its size is counted key by key, and the walk's helpers take the
    # output dict beside it (README, Known gaps).
    params = type_of(fx, walked).kind != "mapping"
    # the target's stores run between steps too (`for k, d[k + "x"] in d.items()`)
    runs = [node.target, *node.body]
    return walked if changes_walked(fx, runs, walked, params) else None


def comprehension_walked(fx, node) -> dict[int, ast.Name]:
    """The dicts or sets (by name, per generator clause) a comprehension or generator
    expression walks, where its own parts may change one's size
    (`[d.pop(k) for k in d]`), or, for a generator expression, the call it is given to
    may (`d.update((k.upper(), v) for k, v in d.items())`: the update runs between the
    generator's steps)."""
    from ..scope import comprehension_targets, parents

    targets = comprehension_targets(node)
    parts = [n for gen in node.generators for n in (gen.target, *gen.ifs)]
    parts += [gen.iter for gen in node.generators[1:]]
    parts += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
    changer = None
    if isinstance(node, ast.GeneratorExp):
        call = parents(fx.node).get(id(node))
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr in SIZE_CHANGERS
        ):
            changer = _name(call.func.value)
    out = {}
    for i, gen in enumerate(node.generators):
        walked = _walked_name(fx, gen.iter)
        if walked is None or walked.id in targets:
            continue
        if changes_walked(fx, parts, walked) or (
            changer is not None and _may_share(fx, walked.id, changer)
        ):
            out[i] = walked
    return out


_DEFS = TreeFact("defs")


def _local_bodies(root) -> dict[str, list[list]]:
    """name -> the nodes of each function of that name defined inside `root` (its
    body's, walked once per tree), a lambda bound to a name (`f = lambda t=d: ...`)
    among them; and a method that changes size taken as a value (`put = d.setdefault`)
    as a body calling it on its receiver."""
    bodies: dict[str, list[list]] = {}
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef)
    for node in walk(root):
        if isinstance(node, kinds) and node is not root:
            nodes = [n for stmt in node.body for n in walk(stmt)]
            bodies.setdefault(node.name, []).append(nodes)
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            value, name = node.value, node.targets[0].id
            if isinstance(value, ast.Lambda):
                bodies.setdefault(name, []).append(list(walk(value.body)))
            elif isinstance(value, ast.Attribute) and value.attr in SIZE_CHANGERS:
                call = ast.Call(func=value, args=[], keywords=[])
                bodies.setdefault(name, []).append([call])
    return bodies


# Builtins whose iterator walks its argument as it goes (the argument positions).
_WALKING = {
    "enumerate": (0,),
    "reversed": (0,),
    "zip": None,
    "map": (1,),
    "filter": (1,),
}


def _walked_name(fx, walked: ast.expr) -> ast.Name | None:
    """`d` of `d`, `d.keys()`, `d.values()`, `d.items()`, and of `enumerate(d)`,
    `zip(d, ...)`, `reversed(d)`, `map(f, d)`, `filter(f, d)`: a dict or set (or a value
    of open type) a loop walks by name."""
    if isinstance(walked, ast.Call) and isinstance(walked.func, ast.Name):
        k = fx.known_name(walked.func)
        if k is not None and k.kind == "builtin" and k.name in _WALKING:
            positions = _WALKING[k.name] or range(len(walked.args))
            for i in positions:
                if i < len(walked.args):
                    found = _walked_name(fx, walked.args[i])
                    if found is not None:
                        return found
            return None
    if (
        isinstance(walked, ast.Call)
        and isinstance(walked.func, ast.Attribute)
        and walked.func.attr in ("keys", "values", "items")
        and not walked.args
    ):
        walked = walked.func.value
    if not isinstance(walked, ast.Name):
        return None
    kind = type_of(fx, walked)
    if kind.kind not in ("dict", "set", "mapping") and not t.is_open(kind):
        return None
    return walked


def changes_walked(fx, body, walked: ast.Name, params=True) -> bool:
    """The statements or expressions `body` may change the container `walked` names
    (`params`: also through another parameter, which a caller may make the same)."""
    if _global_changed_by_a_call(fx, body, walked):
        return True
    if _lambda_changes(fx, walked.id):
        return True
    changed = _changed_in(fx, body, walked.id)
    return any(_may_share(fx, walked.id, other, params) for other in changed)


def _lambda_changes(fx, walked: str) -> bool:
    """A lambda or generator expression of the function changes the container by
    name (`map(lambda k: d.pop(k), ks)`, `(d.pop(k) for k in ks)`): it runs wherever
    what holds it is consumed, which no call in the loop's body shows."""
    return walked in kept_for_tree(
        _LAZILY_CHANGED, fx.node, lambda: _lazily_changed(fx)
    )


_LAZILY_CHANGED = TreeFact("changed by lambdas and generators")


def _lazily_changed(fx) -> frozenset[str]:
    """The names the function's lambdas and generator expressions may change (one walk
    per tree: every guarded loop asks): stored into, changed by a method, or handed to
    a call (`_changes` of each node, any name it is handed)."""
    names: set[str] = set()
    for lazy in nodes_of(fx.node, ast.Lambda, ast.GeneratorExp):
        for sub in walk(lazy):
            if isinstance(sub, ast.Call):
                values = [
                    a.value if isinstance(a, ast.Starred) else a for a in sub.args
                ]
                values += [k.value for k in sub.keywords]
                names.update(v.id for v in values if isinstance(v, ast.Name))
            names.update(n for n in _changes(sub, "") if n)
    return frozenset(names)


def _global_changed_by_a_call(fx, body, walked: ast.Name) -> bool:
    """A module-level dict or set that code of its module changes, walked by a body
    that may run a function of the callback's (called by name, through a value, as a
    key function, or by consuming a lazy iterator the function made): the function
    may change it by name (`def _grow(): CACHE["k"] =
    1`), which no argument shows."""
    from .changed_globals import changed_global
    from .walked_views import makes_lazy_code, runs_no_code

    if fx.lookup_local(walked.id) is not None:
        return False
    runs_code = makes_lazy_code(fx) or any(
        isinstance(sub, ast.Call) and not runs_no_code(fx, sub)
        for stmt in body
        for sub in walk(stmt)
    )
    return runs_code and changed_global(fx, walked.id)


def _changed_in(fx, body, walked: str) -> set[str | None]:
    """The names of the containers the body may change (None: one reached through an
    item, `rows[0]["k"] = v`): by a store, `del`, a method that adds or removes, or
    handed to a function that may change it. The walked container counts as changed
    when it is handed to any call."""
    from .aliasing import given_to_writers

    subs = [sub for stmt in body for sub in walk(stmt)]
    subs += _called_local_bodies(fx, subs)
    inside = {id(sub) for sub in subs}
    out: set[str | None] = {
        _name(arg) for arg in given_to_writers(fx) if id(arg) in inside
    }
    for sub in subs:
        out.update(_changes(sub, walked))
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name):
            out.update(_module_defaults_changed(fx, sub))
    return out


def _module_defaults_changed(fx, call: ast.Call) -> set[str]:
    """`_add_key(k)` of a module-level `def _add_key(k, d=STATE): d[k] = 1`: the global
    its default names is changed by the call (the callback walking STATE by name)."""
    from .aliasing import _changed_positions, _written_defaults, callee_node

    if fx.lookup_local(call.func.id) is not None:
        return set()  # a function of the callback's: its body is looked into
    callee = callee_node(fx, call.func)
    if not callee:
        return set()
    defaults = _written_defaults(callee, _changed_positions(fx, call, callee))
    return {
        d.id
        for d in defaults
        if isinstance(d, ast.Name)
        and fx.lookup_local(d.id) is None
        and fx.lookup_global(d.id)[0]
    }


def _called_local_bodies(fx, subs) -> list:
    """The nodes of the functions defined in this one that `subs` call by name, and of
    those they call: a closure may change the walked container by its name
    (`def drop(k): return d.pop(k)`)."""
    bodies = kept_for_tree(_DEFS, fx.node, lambda: _local_bodies(fx.node))
    found: list = []
    seen: set[int] = set()
    todo = list(subs)
    while todo:
        sub = todo.pop()
        if not (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name)):
            continue
        for inner in bodies.get(sub.func.id, ()):
            if id(inner) not in seen:
                seen.add(id(inner))
                found += inner
                todo += inner
    return found


def _changes(sub, walked: str) -> list[str | None]:
    if isinstance(sub, ast.Subscript) and not isinstance(sub.ctx, ast.Load):
        return [_name(sub.value)]
    if isinstance(sub, ast.AugAssign):
        target = sub.target
        if isinstance(target, ast.Subscript):
            return [_name(target.value)]
        if isinstance(sub.op, IN_PLACE):  # `s |= other` changes a set or dict in place
            return [_name(target)]
        return []
    if isinstance(sub, ast.Call):
        func = sub.func
        if isinstance(func, ast.Attribute) and func.attr in SIZE_CHANGERS:
            return [_name(func.value)]
        values = [a.value if isinstance(a, ast.Starred) else a for a in sub.args]
        values += [k.value for k in sub.keywords]
        return [walked for v in values if _name(v) == walked]
    return []


def _name(node) -> str | None:
    return node.id if isinstance(node, ast.Name) else None


# Kinds of what can be no dict or set, the containers whose size a walk checks (a
# list walked while it grows goes on in JS as in CPython).
_NEVER_WALKED_KINDS = frozenset(
    {"list", "tuple", "tuplen", "str", "int", "float", "bool", "none"}
)


def _may_share(fx, walked: str, other: str | None, params=True) -> bool:
    """Whether a change made through `other` is one of `walked`'s object: the same
    name, names bound one from the other (`alias = d`), or two parameters (a caller
    may pass one dict twice). A change through an item (`rows[0]["k"] = v`) is not
    followed: README, Known gaps."""
    if other is None:
        return False
    if other == walked:
        return True
    if fx.local_type(other).kind in _NEVER_WALKED_KINDS:
        return False  # `acc` of `_walk(v, acc)` typed a list: no dict or set it walks
    names = set(fx.scope.params)
    if walked in names and other in names:
        return params
    if other in _aliases(fx, walked):
        return True
    return not _distinct(fx, walked, other)


def _distinct(fx, walked: str, other: str) -> bool:
    """Whether the two names hold different objects for certain: one of them is only
    ever bound to a container made right there (`out = {}`) and never leaves this
    function's own code (stored, passed on, captured), from a value that does not name
    the other. Any other pair may share (`e = d or {}`, `a, b = pair(d)`, a default
    `t=d`, `holder = [d]; e = holder[0]`): a Map walked while it grows would never end.
    """
    from .aliasing import _fresh_locals

    fresh = _fresh_locals(fx)
    edges = kept_for_tree(_MENTIONED, fx.node, lambda: _bound_from(fx.node))
    return (other in fresh and other not in _reached(edges, walked)) or (
        walked in fresh and walked not in _reached(edges, other)
    )


def _reached(edges: dict[str, set[str]], name: str) -> set[str]:
    """The names `edges` lead to from `name`, through any number of them (name not
    included unless a cycle comes back to it)."""
    seen, todo = set(), [name]
    while todo:
        for other in edges.get(todo.pop(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


_MENTIONED = TreeFact("mentioned")


def _bound_from(root) -> dict[str, set[str]]:
    """name -> the names in the values it is bound from, anywhere in the tree (an
    unpacking's target from the whole value, a loop's target from its iterable, a
    function's parameter from its default)."""
    out: dict[str, set[str]] = {}

    def bind(target, value) -> None:
        names = name_ids(value) if value else frozenset()
        for leaf in walk(target):
            if isinstance(leaf, ast.Name) and not isinstance(leaf.ctx, ast.Load):
                out.setdefault(leaf.id, set()).update(names)
            elif isinstance(leaf, (ast.Subscript, ast.Attribute)) and isinstance(
                leaf.ctx, ast.Store
            ):
                holder = root_name(leaf.value)  # `holder[k] = d`: d is in holder
                if holder is not None:
                    out.setdefault(holder, set()).update(names)

    for node in walk(root):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                bind(target, node.value)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign, ast.NamedExpr)):
            bind(node.target, node.value)
        elif isinstance(node, (ast.For, ast.comprehension)):
            bind(node.target, node.iter)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            holder = root_name(node.func.value)  # `holder.append(d)`
            if holder is not None and node.func.attr in _STORING:
                for arg in [*node.args, *(kw.value for kw in node.keywords)]:
                    out.setdefault(holder, set()).update(name_ids(arg))
        elif isinstance(node, ast.arguments):
            for param, default in defaults_by_name(node).items():
                out.setdefault(param, set()).update(name_ids(default))
    return out


# Methods that put their arguments into the object they are called on.
_STORING = frozenset({"append", "extend", "insert", "add", "update", "setdefault"})


def _aliases(fx, name: str) -> set[str]:
    """Names joined to `name` by plain assignments of one name to another."""
    edges = kept_for_tree(_EDGES, fx.node, lambda: _name_edges(fx.node))
    return {name} | _reached(edges, name)


_EDGES = TreeFact("edges")


def _name_edges(root) -> dict[str, set[str]]:
    """name -> the names assigned to it or from it (`alias = d`), for the whole tree."""
    edges: dict[str, set[str]] = {}
    for node in walk(root):
        pairs = []
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
            pairs = [(tg, node.value) for tg in node.targets]
        elif isinstance(node, (ast.AnnAssign, ast.NamedExpr)) and isinstance(
            node.value, ast.Name
        ):
            pairs = [(node.target, node.value)]
        for target, value in pairs:
            if isinstance(target, ast.Name):
                edges.setdefault(target.id, set()).add(value.id)
                edges.setdefault(value.id, set()).add(target.id)
    return edges


def size_guard(fx, container: ast.Name) -> tuple[list, list, list]:
    """(the size and a step count taken before the loop, the check made at each step,
    the check made when the loop runs out)."""
    from .core import expr

    size, step = js.Name(fx.temp()), js.Name(fx.temp())
    walked = expr(fx, container)
    before = [
        js.ExprStmt(js.Assign(size, fx.unit.call("py_size", walked))),
        js.ExprStmt(js.Assign(step, js.Num(0))),
    ]
    counted = js.Update("++", step, prefix=True)
    each = js.ExprStmt(fx.unit.call("py_same_size", walked, size, counted))
    end = js.ExprStmt(fx.unit.call("py_same_size", walked, size))
    return before, [each], [end]
