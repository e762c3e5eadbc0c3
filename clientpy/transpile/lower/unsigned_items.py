"""Lists of numbers whose items are never -0, so that a zero added to one needs no sign.

`res = [0] * m`, then `res[j] += x * brow[j]`: a zero product of two ints is -0 in JS
(0 * -3) where CPython has the int 0, which whole_product turns back on every step.
Added to an item it makes no difference: by IEEE's rules a sum is -0 only where both
terms are -0 (a difference: -0 minus +0), and an item that starts as a literal (never
-0: `-0.0` is written with a unary minus) and changes only by `+=` and `-=` is never -0,
in JS as in CPython. So `item += zero` gives the same whichever the zero's sign
(bounded.zero_sign_unseen asks here for a target `res[j]`).

That holds while nothing else can store into the list: its name is only read by item,
walked, measured by a builtin, returned, changed by `res[k] += ...` / `-=`, or appended
to a holder list (`out.append(res)`) that is itself only appended to, read two levels
deep (`out[i][j]`), measured or returned. Any other use (another name bound to it, a
call of the callback's own code, a nested function naming it) leaves the list out.

Such a list filled with small ints whose items move only by small int steps
(`counts[b] += 1`) holds counts, far inside 2**53 (bounded.py): `+` needs no check.
"""

from __future__ import annotations

import ast

from ..scope import TreeFact, kept_for_tree, nodes_of, parents, walk
from .effects import LIST_READING_BUILTINS, gives_back
from .known import builtin_call
from .uses import only_returned

_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_UNSIGNED = TreeFact("lists of unsigned items")


def unsigned_items(fx, target: ast.expr) -> bool:
    """`target` is `name[key]` of a local list whose items are never -0."""
    return _in(fx, target, 0)


def counted_item(fx, item: ast.expr) -> bool:
    """`item` is `name[key]` of a local list of counts: filled with small int literals,
    each item moved only by small int steps (`counts[b] += 1`), so that it stays far
    inside 2**53 (bounded.py), as a counting dict's values do (counter_dicts.py)."""
    return _in(fx, item, 1)


def _in(fx, item: ast.expr, which: int) -> bool:
    if not (isinstance(item, ast.Subscript) and isinstance(item.value, ast.Name)):
        return False
    name = item.value.id
    owner = fx.lookup_local(name)
    if owner is None or owner.function_root() is not owner:
        return False
    found = kept_for_tree(_UNSIGNED, owner.node, lambda: _item_lists(owner))
    return name in found[which]


def _item_lists(fx) -> tuple[frozenset[str], frozenset[str]]:
    """(lists of unsigned items, lists of counts)."""
    uses = _uses_by_name(fx)
    candidates = {
        name
        for name, nodes in uses.items()
        if name not in fx.scope.params
        and name not in fx.scope.nonlocals
        and all(_fill_binding(node, fx) for node in nodes if _bound(node))
        and any(_bound(node) for node in nodes)
    }
    holders = {name for name in uses if _holder(fx, name, uses[name])}
    unsigned = frozenset(
        name
        for name in candidates
        if all(_item_use(fx, node, holders) for node in uses[name] if not _bound(node))
    )
    counting = frozenset(name for name in unsigned if _counts(fx, uses[name]))
    return unsigned, counting


def _counts(fx, nodes: list[ast.Name]) -> bool:
    """Filled with small ints, every item store a small int step."""
    from .bounded import SMALL, STEP

    up = parents(fx.node)
    for node in nodes:
        parent = up.get(id(node))
        if _bound(node):
            display = _fill_display(parent.value)
            if not all(_small_int(item, SMALL) for item in display.elts):
                return False
        elif isinstance(parent, ast.Subscript) and not isinstance(parent.ctx, ast.Load):
            step = up.get(id(parent)).value  # of `name[k] += step` (_item_use)
            if not _small_int(step, STEP):
                return False
    return True


def _small_int(node: ast.expr, limit: int) -> bool:
    return (
        isinstance(node, ast.Constant)
        and type(node.value) is int
        and abs(node.value) <= limit
    )


def _uses_by_name(fx) -> dict[str, list[ast.Name]]:
    """Every Name of the function by identifier; a name that a nested function or a
    comprehension's own targets also use is left out (another scope may hold it)."""
    out: dict[str, list[ast.Name]] = {}
    for node in nodes_of(fx.node, ast.Name):
        out.setdefault(node.id, []).append(node)
    for inner in nodes_of(fx.node, *_NESTED, *_COMPREHENSIONS):
        if inner is fx.node:
            continue
        if isinstance(inner, _COMPREHENSIONS):
            hidden = {
                sub.id
                for gen in inner.generators
                for sub in walk(gen.target)
                if isinstance(sub, ast.Name)
            }
        else:
            hidden = {sub.id for sub in walk(inner) if isinstance(sub, ast.Name)}
        for name in hidden:
            out.pop(name, None)
    return out


def _bound(node: ast.Name) -> bool:
    return not isinstance(node.ctx, ast.Load)


def _fill_binding(node: ast.Name, fx) -> bool:
    """`name = [0] * m`, `name = [0.0, 1]`: a new list of number literals."""
    parent = parents(fx.node).get(id(node))
    if not (isinstance(parent, ast.Assign) and parent.targets == [node]):
        return False
    display = _fill_display(parent.value)
    return display is not None and all(
        isinstance(item, ast.Constant) and type(item.value) in (int, float)
        for item in display.elts
    )


def _fill_display(value: ast.expr) -> ast.List | None:
    """The list display of `[...]`, `[...] * n` or `n * [...]`."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult):
        value = value.left if isinstance(value.left, ast.List) else value.right
    return value if isinstance(value, ast.List) else None


def _item_use(fx, node: ast.Name, holders: set[str]) -> bool:
    up = parents(fx.node)
    parent = up.get(id(node))
    if isinstance(parent, ast.Subscript) and parent.value is node:
        if isinstance(parent.ctx, ast.Load):
            return True
        grand = up.get(id(parent))
        return (
            isinstance(grand, ast.AugAssign)
            and grand.target is parent
            and isinstance(grand.op, (ast.Add, ast.Sub))
            and not isinstance(parent.slice, ast.Slice)  # `xs[:1] += ys` inserts
        )
    if _appended_to(parent, node, up, holders):
        return True
    return _only_read(fx, node, parent, up)


def _holder(fx, name: str, nodes: list[ast.Name]) -> bool:
    """A list only appended to, read two levels deep, measured or returned (not
    walked, nor given to a builtin that may give back the lists it holds)."""
    up = parents(fx.node)
    for node in nodes:
        parent = up.get(id(node))
        if _bound(node):
            ok = (
                isinstance(parent, ast.Assign)
                and parent.targets == [node]
                and isinstance(parent.value, ast.List)
                and not parent.value.elts
            )
        elif isinstance(parent, ast.Subscript) and parent.value is node:
            grand = up.get(id(parent))
            ok = (
                isinstance(parent.ctx, ast.Load)
                and isinstance(grand, ast.Subscript)
                and grand.value is parent
                and isinstance(grand.ctx, ast.Load)
            )
        elif isinstance(parent, ast.Attribute):
            call = up.get(id(parent))
            ok = (
                parent.attr == "append"
                and isinstance(call, ast.Call)
                and call.func is parent
            )
        else:  # measured or returned: walked, it would give the lists it holds
            ok = only_returned(node, up) or builtin_call(fx, parent, "len")
        if not ok:
            return False
    return True


def _appended_to(parent, node, up, holders: set[str]) -> bool:
    """`holder.append(node)`."""
    if not (isinstance(parent, ast.Call) and parent.args == [node]):
        return False
    func = parent.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "append"
        and isinstance(func.value, ast.Name)
        and func.value.id in holders
        and not parent.keywords
    )


def _only_read(fx, node, parent, up) -> bool:
    """Walked, measured by a builtin that keeps nothing of it, or returned."""
    if isinstance(parent, (ast.For, ast.comprehension)) and parent.iter is node:
        return True
    if isinstance(parent, ast.Call) and node in parent.args:
        for name in LIST_READING_BUILTINS:
            if builtin_call(fx, parent, name):
                return not gives_back(name, parent, node)
        return False
    return only_returned(node, up)
