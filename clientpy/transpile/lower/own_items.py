"""Locals whose containers are all made right there.

`groups[k]["total"] += v` grows the type of `groups` (inference._nested_item_store) in
place of opening what every read gives (aliasing.py). That holds only where the dict
or list `groups[k]` is known to no other name: a module-level constant put into it
(`groups = {"a": DEFAULTS}`), a helper's result (which may be one), or Dash's data
would be changed behind its own name's type. So the local's items must all be new:
each value that goes in at its first level (its displays' items, `local[k] = v`,
`append`, `setdefault`...) is made where it goes in (a display, a comprehension, an
operator's result, `list(...)` and the like, a constant), and the local itself is
handed to no one who could put another there.
"""

from __future__ import annotations

import ast

from ..scope import COMPREHENSIONS, own_nodes_of

# Builtins whose result is a new container (its items may be shared; its own slots
# are not anyone else's).
_MAKERS = frozenset({"list", "dict", "set", "tuple", "sorted", "frozenset"})
_ONE_VALUE = {"append": 0, "insert": 1, "setdefault": 1}


def holds_only_own(fx, name: str) -> bool:
    """Kept per function context: inference asks at every round, for every store."""
    found = fx.own_items.get(name)
    if found is None:
        found = fx.own_items[name] = _holds_only_own(fx, name)
    return found


def _holds_only_own(fx, name: str) -> bool:
    from .inference import escaping_names  # (inference imports aliasing, which asks)

    if name in escaping_names(fx.node):
        return False
    for node in own_nodes_of(fx.node, ast.For, ast.comprehension):
        if _stores_into(node.target, name):
            return False  # `for local[k] in rows`: each row goes in
    found = False
    for node in own_nodes_of(fx.node, ast.Assign, ast.AnnAssign, ast.AugAssign):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            if isinstance(target, ast.Name) and target.id == name:
                if isinstance(node, ast.AugAssign) or not _own_container(
                    fx, node.value
                ):
                    return False
                found = True
            elif _stores_into(target, name) and not _own_store(fx, target, node):
                return False
    for call in own_nodes_of(fx.node, ast.Call):
        func = call.func
        if not (isinstance(func, ast.Attribute) and _is_name(func.value, name)):
            continue
        if not _own_call_values(fx, call):
            return False
    return found


def _is_name(node, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _stores_into(target, name: str) -> bool:
    """`name[k] = v` (or an unpacking or `for` that assigns one)."""
    if isinstance(target, ast.Subscript):
        return _is_name(target.value, name)
    if isinstance(target, (ast.Tuple, ast.List, ast.Starred)):
        inner = target.elts if not isinstance(target, ast.Starred) else [target.value]
        return any(_stores_into(t, name) for t in inner)
    return False


def _own_store(fx, target, statement) -> bool:
    """`local[k] = v` of a new v, `local[i:j] = [...]` of new items; an unpacking that
    assigns one is not followed."""
    if not isinstance(target, ast.Subscript):
        return False
    if isinstance(target.slice, ast.Slice):
        return isinstance(statement, ast.Assign) and _own_container(fx, statement.value)
    return _own_item(fx, statement.value, statement)


def _own_call_values(fx, call: ast.Call) -> bool:
    method = call.func.attr
    if method in _ONE_VALUE:
        at = _ONE_VALUE[method]
        return (
            len(call.args) == at + 1
            and not call.keywords
            and _own_item(fx, call.args[at], None)
        )
    if method in ("extend", "update"):
        return all(_own_container(fx, arg) for arg in call.args) and all(
            _own_item(fx, kw.value, None) for kw in call.keywords
        )
    return True  # reads (get, keys, items...) and removals put nothing in


def _own_container(fx, node) -> bool:
    """A new container whose first-level items are new too."""
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return all(_own_item(fx, e, None) for e in node.elts)
    if isinstance(node, ast.Dict):
        return None not in node.keys and all(
            _own_item(fx, v, None) for v in node.values
        )
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
        return _own_item(fx, node.elt, None)
    if isinstance(node, ast.DictComp):
        return _own_item(fx, node.value, None)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        lists = [s for s in (node.left, node.right) if isinstance(s, ast.List)]
        return bool(lists) and all(_own_container(fx, s) for s in lists)
    return _empty_maker(fx, node)


def _own_item(fx, node, statement) -> bool:
    """A value made where it is put in: no other name can reach it."""
    if isinstance(statement, ast.AugAssign):
        return True  # `local[k] += v`: the same item, or a new value
    if isinstance(
        node,
        (ast.Constant, ast.JoinedStr, ast.BinOp, ast.UnaryOp, ast.Compare)
        + (ast.List, ast.Tuple, ast.Set, ast.Dict)
        + COMPREHENSIONS,
    ):
        return True
    return _made_by_builtin(fx, node)


def _empty_maker(fx, node) -> bool:
    """`dict()`, `list()`: new and empty (`dict(src)` holds src's values)."""
    return _made_by_builtin(fx, node) and not node.args and not node.keywords


def _made_by_builtin(fx, node) -> bool:
    """A call of a builtin that makes a new container (`list(...)`, `sorted(...)`)."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
        return False
    k = fx.known_name(node.func)
    return k is not None and k.kind == "builtin" and k.name in _MAKERS
