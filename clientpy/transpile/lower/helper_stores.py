"""What a function of the user's puts into a list or dict it is given: `_walk(node, out)`.

A local container handed to a function that may store into it could hold anything
after the call, floats included (aliasing.written_contents), so its items were refused
where printed: `out = []; _walk(config, out)` then `str(x) for x in out`. The version
of the function the call selects has types, and where its parameter is a plain
collector the types it ends with there are the caller's container's after the call.

A collector parameter is seen by no nested function or comprehension, rebound only to
a container made there (`if out is None: out = {}`), and only appended to (`append`,
`add`, `insert`, `extend`), stored into by key (`out[path] = value`), tested with `in`
or `is None`, returned, or handed whole to another function of the user's where it is
a collector too. A call reaching the version being analysed (recursion) adds nothing
beyond what that version stores itself. It adds or replaces items and changes none
of the values in the container: a float it stores shows in the container's own type,
never inside a value the caller reaches through another name (aliasing.py).
"""

from __future__ import annotations

import ast
import types as pytypes

from .. import types as t
from ..parse import SourceNotFound, parse_function
from ..scope import (
    TreeFact,
    function_scope,
    kept_for_tree,
    method_call,
    name_ids,
    nodes_of,
    own_nodes_of,
)
from ..scope import parents as parents_of
from ..types import NEVER, T

_APPENDING = frozenset({"append", "add", "insert", "extend"})
_NESTED = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Lambda,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)


def stored_by_helpers(fx, name: str, written: list) -> T | None:
    """The type the local `name` has after the calls that may store into it, as their
    versions say; None where one of those is not a call of such a version."""
    parents = parents_of(fx.node)
    out = NEVER
    for use in written:
        if not (isinstance(use, ast.Name) and use.id == name):
            continue
        call = parents.get(id(use))
        if not isinstance(call, ast.Call) or not any(a is use for a in call.args):
            return None
        index = next(i for i, a in enumerate(call.args) if a is use)
        found = _after_call(fx, call, index)
        if found is None:
            return None
        out = t.join(out, found)
    return out


def handed_to_collector(fx, use: ast.expr) -> bool:
    """`use` is a whole positional argument of a call of a module-level function of
    the user's whose parameter there is a collector: the call only appends to it."""
    call = parents_of(fx.node).get(id(use))
    if not isinstance(call, ast.Call) or call.keywords:
        return False
    index = next((i for i, a in enumerate(call.args) if a is use), None)
    value = fx.function_called(call)
    if index is None or value is None:
        return False
    return _collector_at(value, index) is not None


def _collector_at(func, index: int) -> str | None:
    """The name of `func`'s parameter at position `index` where it is a collector."""
    try:
        args = parse_function(func).node.args
    except (SourceNotFound, SyntaxError):
        return None
    if args.posonlyargs or index >= len(args.args):
        return None
    name = args.args[index].arg
    return name if name in collector_parameters(func) else None


def _after_call(fx, call: ast.Call, index: int) -> T | None:
    from .specialize import UNTYPED, analyse, call_types, version_key

    value = fx.function_called(call)
    param = _collector_at(value, index) if value is not None else None
    if param is None:
        return None
    parsed = parse_function(value)
    types = call_types(fx, call, parsed.node.args)
    if types is None:
        return None
    if types is UNTYPED:
        return NEVER  # not typed yet: a later round of inference asks again
    unit = fx.unit
    key = version_key(unit, value, types)
    analyses = unit.analyses
    if any(frame.key == key for frame in analyses.stack):
        return NEVER  # being analysed: what it stores, it finds itself
    analyse(unit, parsed, value, key)
    if key not in analyses.results:
        return None  # a result resting on a guess of an analysis still open
    return analyses.params_after[key].get(param)


def collector_parameters(func) -> frozenset[str]:
    """The positional parameters of the function `func` that are plain collectors
    (see the module docstring)."""
    try:
        node = parse_function(func).node
    except (SourceNotFound, SyntaxError):
        return frozenset()
    if id(node) in _BEING_FOUND:
        return frozenset()  # another function reaching it back takes it to have none
    _BEING_FOUND.add(id(node))
    try:
        return kept_for_tree(_COLLECTORS, node, lambda: _collectors(func, node))
    finally:
        _BEING_FOUND.discard(id(node))


_COLLECTORS = TreeFact("collector parameters")
_BEING_FOUND: set[int] = set()


def _collectors(func, node) -> frozenset[str]:
    """From every parameter, drop those used otherwise, until none more drops: a call
    of `func` itself hands on a collector where its parameter there is one too."""
    params = [a.arg for a in node.args.args]
    found = set(params)
    parents = parents_of(node)
    found -= {
        n.id
        for n in nodes_of(node, ast.Name)
        if not isinstance(n.ctx, ast.Load) and not _made_fresh(n, parents)
    }
    for sub in nodes_of(node, *_NESTED):
        if sub is not node:
            found -= name_ids(sub)
    local = function_scope(node).locals
    uses = [n for n in own_nodes_of(node, ast.Name) if n.id in found]
    while True:
        dropped = {
            n.id
            for n in uses
            if n.id in found
            and not _collecting_use(func, params, found, n, parents, local)
        }
        if not dropped:
            return frozenset(found)
        found -= dropped


def _made_fresh(name: ast.Name, parents) -> bool:
    """`p = {}` (or another display, `[]`, `{k: v}`): the parameter rebound to a container
    made there, which no one else holds (`if out is None: out = {}`). What is then
    stored into it reaches no caller's value; what a caller gave is not changed."""
    store = parents.get(id(name))
    return (
        isinstance(store, ast.Assign)
        and store.targets == [name]
        and isinstance(store.value, (ast.Dict, ast.List, ast.Set))
    )


def _collecting_use(func, params, found, name: ast.Name, parents, local) -> bool:
    """`p.append(v)` (add, insert, extend), `p[k] = v`, `return p`, `p is None`, `p = {}`
    (_made_fresh), or `f(..., p, ...)` as a statement, f a function of the user's
    whose parameter there is a collector too."""
    if not isinstance(name.ctx, ast.Load):
        return _made_fresh(name, parents)
    parent = parents.get(id(name))
    if isinstance(parent, ast.Attribute):
        return parent.attr in _APPENDING and method_call(parent, parents) is not None
    if isinstance(parent, ast.Subscript) and parent.value is name:
        # `p[k] = v`, one target: a dict filled (a list's item replaced)
        store = parents.get(id(parent))
        return (
            isinstance(parent.ctx, ast.Store)
            and isinstance(store, ast.Assign)
            and store.targets == [parent]
        )
    if isinstance(parent, ast.Return):
        return True
    if isinstance(parent, ast.Compare) and name is parent.left:
        # `p is None`: a bool (`if p is None: p = {}`, see _made_fresh)
        return (
            len(parent.ops) == 1
            and isinstance(parent.ops[0], (ast.Is, ast.IsNot))
            and isinstance(parent.comparators[0], ast.Constant)
            and parent.comparators[0].value is None
        )
    if isinstance(parent, ast.Compare):
        # `v not in seen`: a bool, holding nothing of what p holds
        i = next(i for i, c in enumerate(parent.comparators) if c is name)
        return isinstance(parent.ops[i], (ast.In, ast.NotIn))
    if not (
        isinstance(parent, ast.Call)
        and isinstance(parents.get(id(parent)), ast.Expr)
        and isinstance(parent.func, ast.Name)
        and parent.func.id not in local
        and not parent.keywords
        and not any(isinstance(a, ast.Starred) for a in parent.args)
    ):
        return False
    index = next((i for i, a in enumerate(parent.args) if a is name), None)
    callee = func.__globals__.get(parent.func.id)
    if index is None or not isinstance(callee, pytypes.FunctionType):
        return False
    if callee is func:
        return index < len(params) and params[index] in found
    return _collector_at(callee, index) is not None
