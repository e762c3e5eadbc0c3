"""`if isinstance(x, T):` — inside the branch, x is known to be a T.

Types are otherwise flow-insensitive; this one narrowing is what JSON-walking callbacks
need (`if isinstance(node, dict): for k, v in node.items(): ...`) to get direct code
instead of run-time dispatch. Only when the branch never rebinds x.
"""

from __future__ import annotations

import ast
import contextlib

from .. import types as t
from ..scope import nonlocal_names, walk

# isinstance(x, <builtin>) -> what x is inside the branch. A dict from Dash is a plain
# object and one built in Python a Map: "mapping" covers both.
NARROWED = {
    "dict": t.T("mapping"),
    "list": t.list_of(),
    "tuple": t.tuple_of(),
    "set": t.set_of(),
    "str": t.STR,
    "bool": t.BOOL,
}


def _narrowing(fx, test) -> tuple[str, t.T] | None:
    if not (
        isinstance(test, ast.Call)
        and isinstance(test.func, ast.Name)
        and len(test.args) == 2
        and not test.keywords
        and isinstance(test.args[0], ast.Name)
        and isinstance(test.args[1], ast.Name)
    ):
        return None
    k = fx.known_name(test.func)
    if k is None or k.name != "isinstance":
        return None
    k = fx.known_name(test.args[1])
    if k is None or k.kind != "builtin" or k.name not in NARROWED:
        return None
    return test.args[0].id, NARROWED[k.name]


def rebinds(body, name: str) -> bool:
    """A statement of `body` binds `name` again (`global` is refused on its own)."""
    for stmt in body:
        for sub in walk(stmt):
            if (
                isinstance(sub, ast.Name)
                and sub.id == name
                and not isinstance(sub.ctx, ast.Load)
            ):
                return True
            if isinstance(sub, ast.Nonlocal) and name in sub.names:
                return True
    return False


@contextlib.contextmanager
def narrowed_body(fx, node: ast.If):
    found = _narrowing(fx, node.test)
    owner = fx.lookup_local(found[0]) if found else None
    if (
        found is None
        or owner is None
        or rebinds(node.body, found[0])
        # a function made inside may rebind it (`reset()` doing `x = 5`)
        or found[0] in nonlocal_names(owner.node)
    ):
        yield
        return
    name, typ = found
    current = owner.env.get(name, t.ANY)
    if current.kind not in ("any", "anyf", "optint"):
        yield  # already known: nothing to gain
        return
    previous = owner.narrowed.get(name)
    owner.narrowed[name] = typ
    try:
        yield
    finally:
        if previous is None:
            owner.narrowed.pop(name, None)
        else:
            owner.narrowed[name] = previous
