"""Locals of a callback that only ever hold parts of Dash's JSON.

The callback returns them as they are, with no conversion walk (boundary.py): a
100k-point list read from a store and handed back costs nothing. A local qualifies when
every value it is given is such a part: a clean name (an untouched parameter, another
such local), an item or slice of one, a list display or comprehension of parts, and
when a list it holds is only grown by `.append(part)`. Passing the list to another
such local (`xs = kept`, `xs, ys = kept_x, kept_y`) is allowed; any other use that could
change it or keep it elsewhere (a call that is not a reader, a store, another method,
a nested function seeing it) disqualifies the name.
"""

from __future__ import annotations

import ast

from ..scope import (
    FUNCTIONS,
    TreeFact,
    kept_for_tree,
    name_ids,
    nested_parameters,
    nodes_of,
    own_nodes_of,
)
from ..scope import parents as parents_of
from .aliasing import MUTATORS
from .effects import CHANGING_METHODS
from .uses import only_printed, only_returned, stays_local


def json_locals(fx, clean_params: set[str], touched: set[str]) -> set[str]:
    """The largest set of locals that only ever hold parts of Dash's JSON (`touched`:
    what `touched_through_aliases` gives)."""
    names = set(fx.scope.locals) - set(fx.scope.params)
    facts = _Facts(fx, names)
    candidates = names - facts.out - touched
    changed = True
    while changed:
        changed = False
        for name in sorted(candidates):
            clean = clean_params | candidates
            values = facts.values.get(name) or [None]
            ok = (
                all(v is not None and _part(fx, v, clean) for v in values)
                and all(_part(fx, v, clean) for v in facts.grown.get(name, []))
                and facts.aliases.get(name, set()) <= candidates
            )
            if not ok:
                candidates.discard(name)
                changed = True
    return candidates


# Static types whose values are JS numbers, strings, booleans or null: nothing to convert.
SCALARS = frozenset({"int", "float", "num", "dnum", "str", "bool", "none", "optint"})


def _part(fx, value, clean: set[str]) -> bool:
    """A piece of Dash's data, or a value no container can be (`total / 9` grown into
    a row of a grid the callback makes)."""
    from .core import type_of

    return json_part(value, clean) or type_of(fx, value).kind in SCALARS


def _seen_by_nested(node) -> frozenset[str]:
    """Every name a function or lambda nested in `node` mentions (kept per tree)."""

    def make():
        nested = (sub for sub in nodes_of(node, *FUNCTIONS) if sub is not node)
        return frozenset().union(*(name_ids(sub) for sub in nested))

    return kept_for_tree(_NESTED_NAMES, node, make)


_NESTED_NAMES = TreeFact("nested names")
# The nodes `_Facts._binding` learns from.
BINDINGS = (
    ast.Assign,
    ast.For,
    ast.AugAssign,
    ast.AnnAssign,
    ast.NamedExpr,
    ast.Subscript,
    ast.Attribute,
    ast.Call,
)


class _Facts:
    """What the function does with each local: values given, parts appended, names it
    is passed to; `out`: locals used in any other way that could matter."""

    def __init__(self, fx, names: set[str]):
        self.values: dict[str, list] = {}
        self.grown: dict[str, list] = {}
        self.aliases: dict[str, set[str]] = {}
        self.out: set[str] = set()
        self.fx = fx
        self.parents = parents_of(fx.node)
        self.out |= _seen_by_nested(fx.node)
        for sub in nodes_of(fx.node, ast.Nonlocal, ast.Global):
            self.out |= set(sub.names)
        for sub in own_nodes_of(fx.node, *BINDINGS):
            self._binding(sub)
        for sub in own_nodes_of(fx.node, ast.Name):
            is_read = isinstance(sub.ctx, ast.Load)
            if is_read and sub.id in names and not self._harmless(sub):
                self.out.add(sub.id)

    def _binding(self, sub) -> None:
        if isinstance(sub, ast.Assign):
            for target in sub.targets:
                self._assign(target, sub.value)
        elif isinstance(sub, ast.For) and _item_target(sub) is not None:
            # An item of a list is a part of it: `for y in ys`, `for i, y in enumerate(ys)`.
            name, walked = _item_target(sub)
            self.values.setdefault(name.id, []).append(walked)
            self.out |= name_ids(sub.target) - {name.id}
        elif isinstance(sub, (ast.AugAssign, ast.AnnAssign, ast.For, ast.NamedExpr)):
            self.out |= name_ids(sub.target)
        elif isinstance(sub, (ast.Subscript, ast.Attribute)) and not isinstance(
            sub.ctx, ast.Load
        ):
            self.out |= name_ids(sub.value)
        elif (
            isinstance(sub, ast.Call)
            and isinstance(sub.func, ast.Attribute)
            and sub.func.attr in CHANGING_METHODS
            and not isinstance(sub.func.value, ast.Name)
        ):
            # `xs[0].append(v)` changes what xs holds.
            self.out |= name_ids(sub.func.value)

    def _assign(self, target, value) -> None:
        if isinstance(target, ast.Name):
            pairs = [(target, value)]
        elif _parallel(target, value):
            pairs = list(zip(target.elts, value.elts))
        else:
            self.out |= name_ids(target)
            return
        for name, given in pairs:
            self.values.setdefault(name.id, []).append(given)
            if isinstance(given, ast.Name):
                self.aliases.setdefault(given.id, set()).add(name.id)

    def _harmless(self, name: ast.Name) -> bool:
        return harmless_read(self.fx, self.parents, name, self.grown)


def harmless_read(fx, parents, name: ast.Name, grown=None) -> bool:
    """A read that neither changes the value nor keeps it anywhere but in locals it is
    assigned to (`.append(part)` grows the list: the part is noted in `grown`)."""
    parent = parents.get(id(name))
    if isinstance(parent, ast.Call) and parent.func is name:
        return True  # called, not kept
    if isinstance(parent, ast.Subscript) and parent.slice is name:
        return True  # a key or an index
    if (
        isinstance(parent, ast.Call)
        and isinstance(parent.func, ast.Attribute)
        and parent.func.attr in MUTATORS
        and isinstance(parent.func.value, ast.Name)
    ):
        return True  # kept in a local container: an alias `_sources` follows
    if isinstance(parent, ast.Attribute) and parent.attr == "append":
        call = parents.get(id(parent))
        if (
            isinstance(call, ast.Call)
            and call.func is parent
            and len(call.args) == 1
            and not call.keywords
        ):
            if grown is not None:
                grown.setdefault(name.id, []).append(call.args[0])
            return True
        return False
    if isinstance(parent, ast.Attribute) and parent.attr in CHANGING_METHODS:
        return False
    if stays_local(name, parent) or only_returned(name, parents):
        return True
    if only_printed(name, parents):
        return True
    if isinstance(parent, ast.Call) and name in parent.args:
        from .changed_arguments import _callee_reads_only

        return _callee_reads_only(fx, parent, name)
    if isinstance(parent, ast.Assign) and parent.value is name:
        return all(isinstance(t, ast.Name) for t in parent.targets)
    holder = parents.get(id(parent))
    return (
        isinstance(parent, (ast.Tuple, ast.List))
        and isinstance(holder, ast.Assign)
        and holder.value is parent
        and all(_parallel(t, parent) for t in holder.targets)
    )


def _item_target(loop: ast.For):
    """(the name given each item, the list walked) of `for y in ys` or
    `for i, y in enumerate(ys)`, else None."""
    target, walked = loop.target, loop.iter
    if isinstance(target, ast.Name):
        return target, walked
    if (
        isinstance(target, ast.Tuple)
        and len(target.elts) == 2
        and isinstance(target.elts[1], ast.Name)
        and isinstance(walked, ast.Call)
        and isinstance(walked.func, ast.Name)
        and walked.func.id == "enumerate"
        and len(walked.args) == 1
        and not walked.keywords
    ):
        return target.elts[1], walked.args[0]
    return None


def _parallel(target, value) -> bool:
    """`a, b = x, y`: names given the items of a display of the same length."""
    return (
        isinstance(target, (ast.Tuple, ast.List))
        and isinstance(value, (ast.Tuple, ast.List))
        and len(target.elts) == len(value.elts)
        and all(isinstance(t, ast.Name) for t in target.elts)
        and not any(isinstance(v, ast.Starred) for v in value.elts)
    )


def json_part(value, clean_names: set[str]) -> bool:
    """A read-only piece of Dash data: a clean name, an item or slice of one, or a list
    built from such pieces."""
    if isinstance(value, ast.Name):
        return value.id in clean_names
    if isinstance(value, ast.Subscript):
        return json_part(value.value, clean_names)
    if isinstance(value, ast.List):
        return all(json_part(v, clean_names) for v in value.elts)
    if isinstance(value, ast.ListComp):
        return json_part(value.elt, set(clean_names))
    return False


# ------------------------------------------------------------ changes through aliases
def touched_through_aliases(fx) -> set[str]:
    """Names whose contents may change through another name: `for r in rows:
    r["m"] = {1}` changes what `rows` holds though `rows` is never written to. A name
    given a value that mentions another (assigned, iterated, appended, stored) may share
    its parts; a change made through it, beyond growing a list of its own making, or
    handing it to a call that may keep or change it, reaches every name it came from."""
    from .boundary import _changed_chains

    sources = _sources(fx.node)
    fresh = _fresh_names(fx.node)
    reached: set[str] = set()
    for chain in _changed_chains(fx.node):
        if isinstance(chain, ast.Name) and chain.id in fresh:
            continue  # growing a container made here changes no one else's value
        reached |= name_ids(chain)
    reached |= _seen_by_nested(fx.node)
    parents = parents_of(fx.node)
    for sub in nodes_of(fx.node, ast.Name):
        if isinstance(sub.ctx, ast.Load) and not harmless_read(fx, parents, sub):
            reached.add(sub.id)  # kept or changed where this function cannot see
    if reached & nested_parameters(fx.node):
        # `sorted(rows, key=lambda r: fill(r))`: a lambda's or nested function's
        # parameter holds values from calls not followed, any of the function's own.
        reached |= set(fx.scope.params)
    touched: set[str] = set()
    todo = list(reached)
    while todo:
        name = todo.pop()
        if name in touched:
            continue
        touched.add(name)
        todo.extend(sources.get(name, ()))
    return touched


def _sources(node) -> dict[str, set[str]]:
    """name -> the names its value may share parts with (kept per tree: do not change
    it)."""
    return kept_for_tree(_SOURCES, node, lambda: _find_sources(node))


_SOURCES = TreeFact("sources")
SOURCES = (
    ast.Assign,
    ast.AugAssign,
    ast.AnnAssign,
    ast.NamedExpr,
    ast.For,
    ast.comprehension,
    ast.Call,
)  # the nodes `_find_sources` learns from


def _find_sources(node) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}

    def given(targets, mentioned) -> None:
        for target in targets:
            for name in nodes_of(target, ast.Name):
                out.setdefault(name.id, set()).update(mentioned)

    for sub in nodes_of(node, *SOURCES):
        if isinstance(sub, ast.Assign):
            given(sub.targets, name_ids(sub.value))
        elif isinstance(sub, (ast.AugAssign, ast.AnnAssign, ast.NamedExpr)):
            if sub.value is not None:
                given([sub.target], name_ids(sub.value))
        elif isinstance(sub, (ast.For, ast.comprehension)):
            given([sub.target], name_ids(sub.iter))
        elif isinstance(sub.func, ast.Attribute) and sub.func.attr in MUTATORS:
            receiver = sub.func.value
            while isinstance(receiver, (ast.Subscript, ast.Attribute)):
                receiver = receiver.value
            if isinstance(receiver, ast.Name):
                given([receiver], frozenset().union(*map(name_ids, sub.args)))
    return out


def _copy(value) -> bool:
    """`dict(x)`, `list(x)`, `sorted(x)`, `x.copy()`: a new container (a shallow copy)."""
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    if isinstance(func, ast.Name):
        return func.id in ("dict", "list", "set", "sorted")
    return isinstance(func, ast.Attribute) and func.attr == "copy" and not value.args


def _fresh_names(node) -> frozenset[str]:
    """Locals only ever bound to containers made right there: displays, comprehensions,
    shallow copies (changing the copy itself changes nothing else). Kept per tree."""
    return kept_for_tree(_FRESH, node, lambda: _find_fresh_names(node))


_FRESH = TreeFact("fresh")


def _find_fresh_names(node) -> frozenset[str]:
    made = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)
    binders = (ast.AugAssign, ast.AnnAssign, ast.NamedExpr, ast.For, ast.comprehension)
    bound: dict[str, bool] = {}
    for sub in nodes_of(node, ast.Assign, *binders):
        pairs = []
        if isinstance(sub, ast.Assign):
            for target in sub.targets:
                if _parallel(target, sub.value):
                    pairs += list(zip(target.elts, sub.value.elts))
                else:
                    pairs.append((target, sub.value))
        else:
            pairs.append((sub.target, None))
        for target, value in pairs:
            if isinstance(target, (ast.Subscript, ast.Attribute)):
                continue  # a store into a container, not a binding of its name
            own = isinstance(target, ast.Name) and (
                isinstance(value, made) or _copy(value)
            )
            for name in nodes_of(target, ast.Name):
                bound[name.id] = bound.get(name.id, True) and own
    return frozenset(name for name, own in bound.items() if own)
