"""Which names a Python function binds locally (its scope), following Python's rules."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field


@dataclass
class ScopeInfo:
    params: list[str] = field(default_factory=list)
    locals: set[str] = field(default_factory=set)  # bound here, params included
    nonlocals: set[str] = field(default_factory=set)
    globals: set[str] = field(default_factory=set)


class TreeFact:
    """The name of a fact about a tree that `kept_for_tree` keeps (one per analysis)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"TreeFact({self.name!r})"


# The comprehensions, each a scope of its own for its targets.
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
# The statements that make a function, and with lambdas every node that does.
DEFS = (ast.FunctionDef, ast.AsyncFunctionDef)
FUNCTIONS = (*DEFS, ast.Lambda)


def function_scope(
    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
) -> ScopeInfo:
    """The function's parameters, locals, nonlocals and globals (kept per tree: do not
    change what it gives)."""
    return kept_for_tree(_SCOPES, node, lambda: _function_scope(node))


def _function_scope(node) -> ScopeInfo:
    info = ScopeInfo()
    args = node.args
    for arg in [*args.posonlyargs, *args.args]:
        info.params.append(arg.arg)
    if args.vararg:
        info.params.append(args.vararg.arg)
    for arg in args.kwonlyargs:
        info.params.append(arg.arg)
    if args.kwarg:
        info.params.append(args.kwarg.arg)
    info.locals.update(info.params)
    body = [node.body] if isinstance(node, ast.Lambda) else node.body
    for stmt in body:
        _collect(stmt, info)
    info.locals -= info.nonlocals | info.globals
    return info


def comprehension_targets(node) -> set[str]:
    names: set[str] = set()
    for gen in node.generators:
        names |= target_names(gen.target)
    return names


def target_names(target) -> set[str]:
    if isinstance(target, ast.Name):
        return {target.id}
    if isinstance(target, (ast.Tuple, ast.List)):
        out: set[str] = set()
        for elt in target.elts:
            out |= target_names(elt)
        return out
    if isinstance(target, ast.Starred):
        return target_names(target.value)
    return set()


def _collect(node, info: ScopeInfo) -> None:
    """Names bound in this scope; nested function/lambda/comprehension bodies are not entered."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        info.locals.add(node.name)
        for default in (
            [*node.args.defaults, *node.args.kw_defaults]
            if not isinstance(node, ast.ClassDef)
            else []
        ):
            if default is not None:
                _collect(default, info)
        return
    if isinstance(node, ast.Lambda):
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            if default is not None:
                _collect(default, info)
        return
    if isinstance(node, COMPREHENSIONS):
        # The first iterable is evaluated in the enclosing scope; walrus targets
        # inside a comprehension bind in the enclosing function (PEP 572).
        _collect(node.generators[0].iter, info)
        for sub in walk(node):
            if isinstance(sub, ast.NamedExpr) and isinstance(sub.target, ast.Name):
                info.locals.add(sub.target.id)
        return
    if isinstance(node, ast.Nonlocal):
        info.nonlocals.update(node.names)
    elif isinstance(node, ast.Global):
        info.globals.update(node.names)
    elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
        info.locals.add(node.id)
    elif isinstance(node, ast.ExceptHandler) and node.name:
        info.locals.add(node.name)
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        for alias in node.names:
            info.locals.add((alias.asname or alias.name).split(".")[0])
    for child in children(node):
        _collect(child, info)


# Trees are parsed once per file and never changed, and the analyses walk them again and
# again (each function's tree dozens of times per translation): the walks are kept.
_WALKS = TreeFact("walks")
_OWN = TreeFact("own")
_PARENTS = TreeFact("parents")


def children(node) -> tuple[ast.AST, ...]:
    """`ast.iter_child_nodes(node)`, as a tuple kept on the node itself.

    Every walk of the analyses goes through here, and finding a node's children (a
    getattr per field, a generator) was most of what a walk cost, each node's a dozen
    times per translation. The tuple lives and dies with its tree, which is never
    changed once parsed."""
    found = getattr(node, _CHILDREN, None)
    if found is None:
        found = []
        for name in node._fields:
            value = getattr(node, name, None)
            if value.__class__ is list:
                found.extend(item for item in value if isinstance(item, ast.AST))
            elif isinstance(value, ast.AST):
                found.append(value)
        found = tuple(found)
        setattr(node, _CHILDREN, found)
    return found


_CHILDREN = "_clientpy_children"


def named_parameters(args: ast.arguments) -> list[str]:
    """A function's parameters that have one argument each, in order: positional,
    then keyword-only (not `*args` or `**kwargs`). Summaries number them so."""
    return [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]]


def nested_parameters(node) -> frozenset[str]:
    """The parameters of the functions and lambdas made inside `node` (kept, as
    `nodes_of`)."""

    def make():
        out: set[str] = set()
        scopes = nodes_of(node, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
        for scope in scopes:
            if scope is not node:
                a = scope.args
                every = [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]
                out |= {p.arg for p in every if p is not None}
        return frozenset(out)

    return _kept(node, "nested parameters", make)


def nonlocal_names(node) -> frozenset[str]:
    """The names functions made inside `node` declare `nonlocal` (kept, as
    `nodes_of`): any call may rebind them."""
    subs = lambda: frozenset(n for s in nodes_of(node, ast.Nonlocal) for n in s.names)
    return _kept(node, "nonlocal", subs)


def def_only_names(node) -> frozenset[str]:
    """Names of the functions defined inside `node` that nothing else under it binds
    (no assignment, parameter, import, `except ... as`): the name is that function,
    whose body is part of the tree. Kept, as `nodes_of`."""

    def make():
        defs = nodes_of(node, ast.FunctionDef, ast.AsyncFunctionDef)
        return frozenset({d.name for d in defs if d is not node} - bound_names(node))

    return _kept(node, "def only", make)


def bound_names(node) -> frozenset[str]:
    """The names bound anywhere under `node` other than by a `def` (an assignment or
    other store, a parameter, an import, `except ... as`), in any scope. Kept, as
    `nodes_of`."""

    def make():
        out = {
            n.id for n in nodes_of(node, ast.Name) if not isinstance(n.ctx, ast.Load)
        }
        out |= {a.arg for a in nodes_of(node, ast.arg)}
        for sub in nodes_of(node, ast.Import, ast.ImportFrom, ast.ExceptHandler):
            if isinstance(sub, ast.ExceptHandler):
                out.add(sub.name)
            else:
                out |= {(a.asname or a.name).split(".")[0] for a in sub.names}
        return frozenset(out)

    return _kept(node, "bound", make)


def walk_nodes(node) -> list[ast.AST]:
    """`ast.walk(node)` (breadth first), as a new list."""
    order = [node]
    for sub in order:
        order.extend(children(sub))
    return order


def walk(node) -> tuple[ast.AST, ...]:
    """`ast.walk(node)`, as a tuple, kept for the tree's lifetime."""
    return kept_for_tree(_WALKS, node, lambda: tuple(walk_nodes(node)))


def parents(root) -> dict[int, ast.AST]:
    """id(node) -> its parent, for every node below `root` (do not change it)."""

    def make():
        # The walk is made in the same pass (each node's children found once).
        out: dict[int, ast.AST] = {}
        order = [root]
        for parent in order:  # breadth first, as ast.walk
            for child in children(parent):
                out[id(child)] = parent
                order.append(child)
        kept_for_tree(_WALKS, root, lambda: tuple(order))
        return out

    return kept_for_tree(_PARENTS, root, make)


def loads_of(root, name: str) -> list[ast.Name]:
    """The reads of `name` under `root` (nested scopes included)."""
    return [
        sub
        for sub in nodes_of(root, ast.Name)
        if sub.id == name and isinstance(sub.ctx, ast.Load)
    ]


def stores_of(root, name: str) -> list[ast.Name]:
    """The bindings and deletions of `name` under `root` (nested scopes included)."""
    return [
        sub
        for sub in nodes_of(root, ast.Name)
        if sub.id == name and not isinstance(sub.ctx, ast.Load)
    ]


def root_name(node) -> str | None:
    """`d` of `d`, `d[k]["a"]`, `d.x[0]`: the name a store target or receiver starts
    from (None where it starts from a call or a display)."""
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def assigned_name(stmt) -> str | None:
    """`name` of `name = value`; None for any other statement or target."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        target = stmt.targets[0]
        if isinstance(target, ast.Name):
            return target.id
    return None


def method_call(attribute: ast.Attribute, parents: dict) -> ast.Call | None:
    """The call `x.m(...)` whose callee is `attribute` (`x.m`), or None where the
    attribute is read as a value."""
    call = parents.get(id(attribute))
    return call if isinstance(call, ast.Call) and call.func is attribute else None


def nodes_of(root, *types) -> tuple[ast.AST, ...]:
    """The nodes of `walk(root)` that are instances of `types`, in that order.

    The analyses ask each tree for its names, calls, stores... many times per
    translation: each question is answered by one filter of the walk, kept with the
    tree (on its root node, as `children` keeps a node's children)."""
    index = _index(root)
    found = index.get(types)
    if found is None:
        found = index[types] = _of_classes(root, index, types)
    return found


def body_nodes_of(node, *types) -> tuple[ast.AST, ...]:
    """The nodes of `types` in the body of a function, lambda or comprehension
    (nested scopes included): not the function itself, its decorators, or its
    parameters' defaults and annotations. One filter of the function's kept walk,
    where a walk of each statement would group every statement's nodes anew."""
    if isinstance(node, COMPREHENSIONS):
        return nodes_of(node, *types)
    return _kept(node, ("body", types), lambda: _body_nodes(node, types))


def _body_nodes(node, types) -> tuple[ast.AST, ...]:
    header = [
        node.args,
        *getattr(node, "decorator_list", ()),
        getattr(node, "returns", None),
    ]
    outside = {
        id(sub) for part in header if part is not None for sub in walk_nodes(part)
    }
    outside.add(id(node))
    return tuple(sub for sub in nodes_of(node, *types) if id(sub) not in outside)


def _of_classes(root, index: dict, types) -> tuple[ast.AST, ...]:
    """The nodes of `types` under `root`, from its nodes grouped by class (grouped once:
    a function's tree is asked for a score of different kinds)."""
    by_class = index.get(_BY_CLASS)
    if by_class is None:
        by_class = index[_BY_CLASS] = _grouped(walk(root))
    return _selected(by_class, types, walk, root)


_BY_CLASS = "by class"


def _grouped(nodes) -> dict[type, list[ast.AST]]:
    by_class: dict[type, list[ast.AST]] = {}
    for node in nodes:
        by_class.setdefault(node.__class__, []).append(node)
    return by_class


def _selected(by_class: dict, types, nodes, root) -> tuple[ast.AST, ...]:
    """The nodes of `nodes(root)` whose classes are subclasses of `types`, in that
    order, from those nodes grouped by class (`_grouped`)."""
    kinds = [kind for kind in _classes(types) if kind in by_class]
    if len(kinds) <= 1:
        return tuple(by_class[kinds[0]]) if kinds else ()
    wanted = set(kinds)  # several classes: in the order of `nodes`
    return tuple(node for node in nodes(root) if node.__class__ in wanted)


def _classes(types) -> tuple[type, ...]:
    """`types` and every class derived from them (`ast.expr`: each kind of
    expression), found once per `types`: a question names one or a few classes, a
    tree holds a few dozen."""
    found = _SUBCLASSES.get(types)
    if found is None:
        found = []
        todo = list(types)
        while todo:
            kind = todo.pop()
            if kind not in found:
                found.append(kind)
                todo.extend(kind.__subclasses__())
        found = _SUBCLASSES[types] = tuple(found)
    return found


_SUBCLASSES: dict[tuple, tuple[type, ...]] = {}


def own_nodes_of(node, *types) -> tuple[ast.AST, ...]:
    """The nodes of `own_nodes(node)` that are instances of `types`, in that order
    (kept, as `nodes_of`; from those nodes grouped by class, as `nodes_of` has them:
    a function is asked for its own returns, calls, names, assignments...)."""
    key = ("own", types)
    index = _index(node)
    found = index.get(key)
    if found is not None:
        return found
    if not all(type(kind) is type for kind in types):
        # A class whose instances are not found by class (ast.Num's isinstance
        # looks at the value): filtered one by one.
        return _filtered(node, types, own_nodes, key)
    by_class = index.get(_OWN_BY_CLASS)
    if by_class is None:
        by_class = index[_OWN_BY_CLASS] = _grouped(own_nodes(node))
    found = index[key] = _selected(by_class, types, own_nodes, node)
    return found


_OWN_BY_CLASS = "own nodes by class"


def name_ids(node) -> frozenset[str]:
    """The identifiers of every `ast.Name` under `node` (kept, as `nodes_of`)."""
    # Mostly asked of small parts of a tree (a target, a value), once: a filter of
    # their walk, not the grouping `nodes_of` keeps for a function's whole tree.
    names = lambda: frozenset(n.id for n in walk_nodes(node) if isinstance(n, ast.Name))
    return _kept(node, "names", names)


def _kept(node, key: str, make):
    """`make()`, a fact about the tree `node`, computed once and kept on the node (as
    `nodes_of` keeps its answers)."""
    index = _index(node)
    found = index.get(key)
    if found is None:
        found = index[key] = make()
    return found


def _index(node) -> dict:
    index = getattr(node, _INDEX, None)
    if index is None:
        index = {}
        setattr(node, _INDEX, index)
    return index


def _filtered(node, types, nodes, key) -> tuple[ast.AST, ...]:
    found = tuple(sub for sub in nodes(node) if isinstance(sub, types))
    _index(node)[key] = found
    return found


_INDEX = "_clientpy_index"


def own_nodes(node) -> tuple[ast.AST, ...]:
    """The nodes of a function (or comprehension), not of functions or lambdas nested in
    it."""
    return kept_for_tree(_OWN, node, lambda: tuple(_own_nodes(node)))


_SCOPES = TreeFact("scopes")


def kept_for_tree(fact: TreeFact, node, make):
    """`make()`, computed once per tree `node` and kept on the node under `fact`: it
    lives and dies with its tree, as `nodes_of`'s answers do, so that a process which
    has built its bundle, or re-parses edited files, does not hold on to every tree it
    ever analysed."""
    index = _index(node)
    found = index.get(fact, _MISSING)
    if found is _MISSING:
        found = index[fact] = make()
    return found


_MISSING = object()


def _own_nodes(node):
    if not hasattr(node, "body"):  # a comprehension
        body = [node]
    else:
        body = node.body if isinstance(node.body, list) else [node.body]
    todo = list(body)
    while todo:
        sub = todo.pop()
        yield sub
        for child in children(sub):
            if not isinstance(
                child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
            ):
                todo.append(child)
