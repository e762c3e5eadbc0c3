"""What leaves a module-level constant: the containers of it that code of its module
hands to another name.

changed_globals.py follows a constant's own name, and names bound to it as a whole, to
the stores made through them. A store through a name bound to a part of it (`row =
GRID[0]`), a display holding it (`{"a": DEFAULTS}`), `CFG.get("a")`, a loop over its
values, an argument, a default, a helper's return, or another constant sharing its
objects (`FIRST = GRID[0]`) changes it all the same: such a constant counts as changed
throughout its module (its items are open where typed). Reads that give scalars
(`COLORS[i]` of strs), and those that only measure or print, hand nothing out; a
callback's return goes to Dash as JSON.
"""

from __future__ import annotations

import ast
import types

from ..scope import DEFS, nodes_of, walk
from ..scope import parents as parents_of
from .effects import CHANGING_METHODS


def changed_constants(
    tree: ast.Module, namespace: dict, stored: frozenset
) -> frozenset:
    """The module's global containers that may not hold what they were made with:
    `stored` (those its code stores into by name, changed_globals.py), those it hands
    out (`_find_handed_out`), and those sharing a list, dict or set with one of these
    (`FIRST = GRID[0]`, `ALL = {"g": GRID}`). Found once per module: typing asks at
    every read of a global."""
    key = (id(tree), id(namespace))
    entry = _CHANGED.get(key)
    # The entry holds the tree and namespace: an id is only theirs while they live.
    if entry is None or entry[0] is not tree or entry[1] is not namespace:
        changed = stored | frozenset(_find_handed_out(tree, namespace))
        entry = (tree, namespace, changed | _sharing(changed, namespace))
        if len(_CHANGED) > 64:
            _CHANGED.clear()
        _CHANGED[key] = entry
    return entry[2]


_CHANGED: dict[tuple[int, int], tuple] = {}


def _sharing(changed: frozenset, namespace: dict) -> frozenset:
    """The global containers holding (or being) a list, dict or set that one of the
    `changed` globals holds."""
    containers = {
        name: value
        for name, value in namespace.items()
        if isinstance(value, _CONTAINERS) and not name.startswith("__")
    }
    theirs: set[int] = set()
    for name in changed & containers.keys():
        theirs |= _reached(containers[name])
    return frozenset(
        name
        for name, value in containers.items()
        if name not in changed and not theirs.isdisjoint(_reached(value))
    )


def _reached(value, limit: int = 20000) -> set[int]:
    """The ids of the lists, dicts and sets in `value` (itself included), up to
    `limit` of them (a larger constant is taken as sharing nothing more)."""
    out: set[int] = set()
    todo = [value]
    while todo and len(out) < limit:
        item = todo.pop()
        if not isinstance(item, _CONTAINERS) or id(item) in out:
            continue
        if not isinstance(item, tuple):
            out.add(id(item))
        todo.extend(item.values() if isinstance(item, dict) else item)
    return out


_CONTAINERS = (list, dict, set, tuple)
# Calls that read their argument and give back no part of it.
_READING_CALLS = frozenset({"len", "str", "repr", "print", "bool", "isinstance"})
# Builtins that give back (at most) the items of what they are given, not itself.
_ITEM_CALLS = frozenset(
    {"list", "tuple", "set", "frozenset", "sorted", "reversed", "iter", "enumerate"}
    | {"zip", "map", "filter", "min", "max", "sum", "any", "all", "next", "dict"}
)
# Methods that give no part of the container back (`get` is one more level down).
_READING_METHODS = frozenset({"keys", "count", "index"})


def _find_handed_out(tree, namespace):
    parents = parents_of(tree)
    defs = {node.name: node for node in tree.body if isinstance(node, DEFS)}
    loads: dict[tuple, list] = {}  # (scope, name) -> its reads
    for node in nodes_of(tree, ast.Name):
        if isinstance(node.ctx, ast.Load):
            loads.setdefault((_scope_of(node, parents), node.id), []).append(node)
    read = {name for _, name in loads}
    augmented = {  # `items += [v]`: changes what the name holds, in place
        (_scope_of(node, parents), node.target.id)
        for node in nodes_of(tree, ast.AugAssign)
        if isinstance(node.target, ast.Name)
    }
    # (a read, the global it reaches, how many levels down it already is)
    todo = [
        (node, node.id, 0)
        for (_, name), nodes in loads.items()
        if isinstance(namespace.get(name), _CONTAINERS)
        for node in nodes
    ]
    followed: set[tuple] = set()
    while todo:
        node, name, levels = todo.pop()
        if _returned_to_dash(node, parents, read):
            continue
        own = levels == 0 and node.id == name  # the global's own name (not an alias)
        given = _given_depth(
            node, parents, defs if own else {}, namespace if own else {}
        )
        if isinstance(given, tuple):  # `row` of `for row in G`, `x` of `x = G`
            alias, more = given
            key = (_scope_of(node, parents), alias, name, levels + more)
            if key[:2] in augmented:
                yield name
                continue
            if key not in followed:
                followed.add(key)
                for use in _reads_of(loads, key[0], alias):
                    todo.append((use, name, levels + more))
            continue
        if given is _STORE or (
            given is not None and _holds_containers_at(namespace[name], levels + given)
        ):
            yield name


_STORE = "store"  # _given_depth: the read is stored into or changed in place


def _reads_of(loads, scope, name):
    """The reads of `name` bound in `scope`: a module-level name (scope None) is a
    global, read in every function of the module."""
    if scope is not None:
        return loads.get((scope, name), ())
    return [
        node for (_, read), nodes in loads.items() if read == name for node in nodes
    ]


def _scope_of(node, parents):
    """The top-level def a node is in (its id), or None at module level: a name's
    reads are those of its scope (nested defs are counted with their top-level one)."""
    scope = None
    while node is not None:
        if isinstance(node, DEFS) and isinstance(parents.get(id(node)), ast.Module):
            scope = id(node)
        node = parents.get(id(node))
    return scope


def _returned_to_dash(node, parents, read) -> bool:
    """Returned (through displays) by a function of the module that no code of it
    names: a callback, whose result goes to Dash as JSON, not to code that could
    change it."""
    parent = parents.get(id(node))
    while isinstance(parent, (ast.List, ast.Tuple, ast.Dict, ast.Set)):
        if isinstance(parent, ast.Dict) and node in parent.keys:
            return False
        node, parent = parent, parents.get(id(parent))
    if not isinstance(parent, ast.Return):
        return False
    while parent is not None and not isinstance(parent, DEFS):
        parent = parents.get(id(parent))
    return (
        parent is not None and parent.name not in read and _top_level(parent, parents)
    )


def _top_level(node, parents) -> bool:
    return isinstance(parents.get(id(node)), ast.Module)


def _given_depth(node, parents, defs, namespace):
    """How many levels down the read starting at `node` gives a part of the global to
    other code (0: the global itself); None where it gives none; (name, levels) where
    it binds a name to that part (`row = G[0]`: levels 1; `for row in G`: 1)."""
    depth = 0
    while True:
        parent = parents.get(id(node))
        if isinstance(parent, ast.Subscript) and parent.value is node:
            if not isinstance(parent.ctx, ast.Load):
                return _STORE  # `G[k] = v`, or through a name bound to a part of G
            node, depth = parent, depth + 1
            continue
        if isinstance(parent, ast.Attribute) and parent.value is node:
            if parent.attr in _READING_METHODS:
                return None
            if parent.attr in CHANGING_METHODS:
                return _STORE
            call = parents.get(id(parent))
            if parent.attr == "get" and isinstance(call, ast.Call):
                node, depth = call, depth + 1
                continue
            return depth + 1  # items(), values(), copy(), pop()...: its items
        break
    if isinstance(parent, (ast.Compare, ast.FormattedValue)):
        return None
    if depth == 0 and _passed_to_module_function(node, parent, defs):
        return None  # its parameter is followed by _changed_names
    if depth == 0 and _only_read_by_imported_function(node, parent, namespace):
        return None
    alias = _bound_name(node, parent)
    if alias is not None:
        return alias[0], depth + alias[1]  # what the name is given: its reads tell
    if isinstance(parent, ast.BinOp):
        return depth + 1  # `G + [x]`, `G | {x}`: a new container of its items
    if isinstance(parent, ast.Call) and node in parent.args:
        func = parent.func
        if isinstance(func, ast.Name) and func.id in _READING_CALLS:
            return None
        if isinstance(func, ast.Name) and func.id in _ITEM_CALLS:
            return depth + 1  # `list(G)`, `max(G)`: its items, not itself
    if isinstance(parent, (ast.For, ast.comprehension)) and parent.iter is node:
        return depth + 1  # the loop's names get its items
    return depth


def _passed_to_module_function(node, parent, defs) -> bool:
    """Passed to a function of the module by a parameter of its own name (not into
    `*args` or `**kwargs`): the parameters `_changed_names` follows."""
    if not (isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name)):
        return False
    callee = defs.get(parent.func.id)
    if callee is None or callee.args.vararg or callee.args.kwarg:
        return False
    return node in parent.args or any(kw.value is node for kw in parent.keywords)


def _only_read_by_imported_function(node, parent, namespace) -> bool:
    """`summary(rows, REGIONS)` of a function of the user's imported from another
    module, given a constant of scalars (`["North", "East"]`) that it only reads:
    every use of that parameter compares, walks or measures it (its items, scalars,
    can be changed by nothing), and its summary (callee_changes.py) agrees."""
    from .callee_changes import callee_summary

    if not (isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name)):
        return False
    if not isinstance(node, ast.Name):
        return False
    func = namespace.get(parent.func.id)
    if not isinstance(func, types.FunctionType) or node not in parent.args:
        return False
    value = namespace.get(node.id)
    if not isinstance(value, _CONTAINERS) or _holds_containers_at(value, 1):
        return False
    i = parent.args.index(node)
    if any(isinstance(a, ast.Starred) for a in parent.args[:i]):
        return False
    summary = callee_summary(func)
    if summary is None or summary.extras or i in summary.escapes:
        return False
    if i in summary.changed or any(i in pair for pair in summary.stored):
        return False
    return _parameter_only_read(func, i)


# Builtins that read what they are given and give back no part of it that could change
# (of a container of scalars: new containers, scalars, or iterators of them).
_READ_THROUGH = frozenset(
    {"len", "set", "frozenset", "list", "tuple", "sorted", "sum", "min", "max"}
    | {"any", "all", "str", "repr", "bool", "enumerate", "zip", "reversed"}
)


def _parameter_only_read(func, i: int) -> bool:
    """Whether every read of `func`'s i-th positional parameter compares it (`x in
    names`), walks it (`for x in names`) or hands it to a builtin that only reads it,
    and no function or lambda inside names it."""
    from ..parse import SourceNotFound, parse_function

    try:
        node = parse_function(func).node
    except (SourceNotFound, SyntaxError):
        return False
    params = [*node.args.posonlyargs, *node.args.args]
    if i >= len(params):
        return False
    name = params[i].arg
    parents = parents_of(node)
    for sub in ast.walk(node):
        inner = isinstance(sub, (*DEFS, ast.Lambda)) and sub is not node
        if inner and any(isinstance(n, ast.Name) and n.id == name for n in walk(sub)):
            return False
        if not (isinstance(sub, ast.Name) and sub.id == name):
            continue
        if not isinstance(sub.ctx, ast.Load):
            return False  # rebound: its reads are of other values, not followed
        up = parents.get(id(sub))
        if isinstance(up, ast.Compare):
            continue
        if isinstance(up, (ast.For, ast.comprehension)) and up.iter is sub:
            continue
        if (
            isinstance(up, ast.Call)
            and sub in up.args
            and isinstance(up.func, ast.Name)
            and up.func.id in _READ_THROUGH
            and up.func.id not in func.__globals__  # (not rebound by its module)
        ):
            continue
        return False
    return True


def _bound_name(node, parent) -> tuple[str, int] | None:
    """(name, levels) where `node` is bound to a name as a whole (`x = node`, levels 0)
    or walked by a loop with a name target (`for x in node`, levels 1)."""
    if isinstance(parent, (ast.Assign, ast.AnnAssign, ast.NamedExpr)):
        targets = getattr(parent, "targets", None) or [parent.target]
        whole = parent.value is node and len(targets) == 1
        if whole and isinstance(targets[0], ast.Name):
            return targets[0].id, 0
    walked = isinstance(parent, (ast.For, ast.AsyncFor, ast.comprehension))
    if walked and parent.iter is node and isinstance(parent.target, ast.Name):
        return parent.target.id, 1
    return None


def _holds_containers_at(value, depth: int) -> bool:
    """Whether a part `depth` levels down in `value` is, or holds, a container that can
    be changed (a tuple of strs cannot)."""
    if not isinstance(value, _CONTAINERS):
        return False
    if depth == 0:
        if isinstance(value, tuple):
            return any(_holds_containers_at(item, 0) for item in value)
        return True
    items = value.values() if isinstance(value, dict) else value
    return any(_holds_containers_at(item, depth - 1) for item in list(items)[:10000])
