"""`for ch in text:` where every read of `ch` is `ord(ch)`: the loop binds the code
point itself (`text.codePointAt(i)`), not a one-character str that ord() reads back.

A djb2 hash of 20k labels (`h = ((h * 33) ^ ord(ch)) & 0xFFFFFFFF`) ran at 1.37x the
hand-written twin's time, 1.11x without the str made per character. Over a str each
item is one code point, so ord() of it cannot raise and may run where the item is
taken; over anything else the loop and ord() are left as they are. Both places ask
`walks_code_points`, of the same node in the same context, so they agree.

The name qualifies when nothing else could see the difference: the loop is its only
binding, every read is the argument of the builtin ord, directly in the scope that
runs the loop (a function's body, or the comprehension whose generator binds it), and
no nested function, lambda or comprehension there names it at all.
"""

from __future__ import annotations

import ast

from ..scope import TreeFact, children, kept_for_tree
from .core import type_of

SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)

_FOUND = TreeFact("code_points")


def walks_code_points(fx, target, iter_node) -> bool:
    """The loop binding `target` over `iter_node` binds code points."""
    return (
        _targets(fx).get(id(target)) is iter_node
        and _ord_is_builtin(fx)
        and type_of(fx, iter_node).kind == "str"
    )


def ord_of_code_point(fx, call: ast.Call) -> bool:
    """`ord(ch)` of such a loop's name: the name's value is the answer."""
    found = _reads(fx).get(id(call))
    return found is not None and walks_code_points(fx, *found)


def _targets(fx) -> dict[int, ast.expr]:
    """id(target) -> the iterable, for each qualifying loop of the scope."""
    return {id(target): it for target, it, _ in _found(fx.node)}


def _reads(fx) -> dict[int, tuple]:
    """id(ord call) -> (target, iterable) of its loop."""
    found = _found(fx.node)
    return {id(call): (target, it) for target, it, calls in found for call in calls}


def _found(scope) -> tuple:
    return kept_for_tree(_FOUND, scope, lambda: tuple(_qualifying(scope)))


def _ord_is_builtin(fx) -> bool:
    k = fx.known_name(ast.Name(id="ord", ctx=ast.Load()))
    return k is not None and k.kind == "builtin" and k.name == "ord"


def _qualifying(scope):
    """(target, iterable, ord calls) of the loops of `scope` whose name qualifies."""
    direct = list(_direct_nodes(scope))
    if isinstance(scope, COMPREHENSIONS):
        loops = [(gen.target, gen.iter) for gen in scope.generators]
        everything = [n for gen in scope.generators[1:] for n in ast.walk(gen)]
        everything += [
            n for gen in scope.generators[:1] for n in _walk_all(gen, skip=gen.iter)
        ]
        for part in _results(scope):
            everything += list(ast.walk(part))
    else:
        loops = [(n.target, n.iter) for n in direct if isinstance(n, ast.For)]
        everything = list(ast.walk(scope))
    if not any(isinstance(n, ast.Name) and n.id == "ord" for n in everything):
        return
    direct_ids = {id(n) for n in direct}
    parents = {id(c): n for n in everything for c in children(n)}
    for target, iterable in loops:
        if not isinstance(target, ast.Name):
            continue
        calls = _ord_reads(target, everything, direct_ids, parents)
        if calls is not None:
            yield target, iterable, calls


def _ord_reads(target: ast.Name, everything, direct_ids, parents) -> list | None:
    """The `ord(name)` calls reading the loop's name, or None where it is used, bound
    or named any other way."""
    calls = []
    for node in everything:
        if node is target:
            continue
        if _binds_otherwise(node, target.id):
            return None
        if not (isinstance(node, ast.Name) and node.id == target.id):
            continue
        call = parents.get(id(node))
        if not (
            isinstance(node.ctx, ast.Load)
            and id(node) in direct_ids
            and isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == "ord"
            and call.args == [node]
            and not call.keywords
        ):
            return None
        calls.append(call)
    return calls


def _binds_otherwise(node, name: str) -> bool:
    """A binding of `name` that is not an `ast.Name` (or a rebinding of `ord`)."""
    if (
        isinstance(node, ast.Name)
        and node.id == "ord"
        and not isinstance(node.ctx, ast.Load)
    ):
        return True
    if isinstance(node, ast.arg):
        return node.arg in (name, "ord")
    if isinstance(node, (*SCOPES, ast.ExceptHandler)):
        return getattr(node, "name", None) in (name, "ord")
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return name in node.names or "ord" in node.names
    if isinstance(node, ast.alias):
        return (node.asname or node.name) in (name, "ord")
    return False


def _direct_nodes(scope):
    """The nodes `scope` runs itself: not those of functions, lambdas or
    comprehensions nested in it (a comprehension's first iterable runs outside)."""
    if isinstance(scope, COMPREHENSIONS):
        roots = [*_results(scope)]
        for i, gen in enumerate(scope.generators):
            roots += [gen.target, *gen.ifs] + ([gen.iter] if i else [])
    else:
        roots = list(children(scope))
    todo = roots
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, (*SCOPES, *COMPREHENSIONS)):
            todo.extend(children(node))


def _results(comp) -> list:
    return [comp.key, comp.value] if isinstance(comp, ast.DictComp) else [comp.elt]


def _walk_all(node, skip):
    """ast.walk(node) without the subtree `skip`."""
    todo = [node]
    while todo:
        sub = todo.pop()
        if sub is skip:
            continue
        yield sub
        todo.extend(children(sub))
