"""Types of a function given to a builtin that calls it with items.

`map(lambda v: f"{v}", prices)` calls the lambda with the items of `prices`; were its
parameter open, a float item `2.0` would print as `2`. The items' types are known where
the iterable's are, so a lambda written there takes them, a nested def named there
takes them with its other calls' (local_functions.py), and a function of the user's
named there (`map(fmt, prices)`) is compiled in the version for them
(`sorted(..., key=...)`, filter, min, max and `list.sort` the same way). What map gives
is what that function returns for those items. A lambda called where it is written,
`(lambda v: v * 2)(s)`, takes its call's types.

Any other function given to them is called through a value (function_values.py).
"""

from __future__ import annotations

import ast
import types

from .. import types as t
from ..scope import parents as parents_of
from ..types import T, element_type
from .core import type_of

KEYED = frozenset(["sorted", "min", "max"])


def lambda_argument_types(fx, node: ast.Lambda) -> dict[str, T] | None:
    """The lambda's parameter types when it is a builtin's function argument, or is
    called where it is written (`(lambda v: v * 2)(s)`); None when its callers are
    not known."""
    parent = parent_of(fx, node)
    if isinstance(parent, ast.Call) and parent.func is node:
        from .local_functions import call_arguments, plain_call_of

        return (
            call_arguments(fx, parent, node.args)
            if plain_call_of(node, parent)
            else None
        )
    items = item_types(fx, node)
    return None if items is None else positional_items(node.args, items)


def positional_items(args: ast.arguments, items: list[T]) -> dict[str, T] | None:
    """Each positional parameter's type when called with `items`; None where that call
    does not fill them one for one (a wrong count raises TypeError when called, and
    types then do not matter)."""
    names = [a.arg for a in [*args.posonlyargs, *args.args]]
    if args.vararg or len(names) != len(items):
        return None
    return dict(zip(names, items))


def called_with_its_arity(fx, node: ast.Lambda) -> bool:
    """The lambda is map's or filter's function or a `key=`, which the builtin calls
    with one positional argument per positional parameter: no call can give it a wrong
    count, so it needs no check of one (arity.py)."""
    args = node.args
    if args.vararg or args.kwonlyargs or args.kwarg:
        return False
    items = item_types(fx, node)
    return items is not None and positional_items(args, items) is not None


def item_types(fx, node) -> list[T] | None:
    """The types of the arguments a builtin calls the function at `node` with, when
    `node` is the function argument of map, filter or a `key=` (None otherwise)."""
    parent = parent_of(fx, node)
    items = _item_types(fx, node, parent)
    if items is None or any(item.kind == "never" for item in items):
        return None
    return items


def parent_of(fx, node):
    """The node `node` is a part of, in the tree of the function `fx` is part of."""
    return parents_of(_root(fx).node).get(id(node))


def _root(fx):
    while fx.parent is not None:
        fx = fx.parent
    return fx


def key_items_source(fx, node) -> ast.expr | None:
    """The iterable whose items the `key=` function at `node` is called with: the one
    positional argument of sorted, min or max, or the list `.sort()` is called on."""
    parent = parent_of(fx, node)
    if not (isinstance(parent, ast.keyword) and parent.arg == "key"):
        return None
    call = parent_of(fx, parent)
    if _builtin(fx, call, KEYED) and len(call.args) == 1:
        return call.args[0]
    if (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "sort"
    ):
        return call.func.value
    return None


def _item_types(fx, node, parent) -> list[T] | None:
    if isinstance(parent, ast.keyword) and parent.arg == "key":
        call = parent_of(fx, parent)
        if _builtin(fx, call, KEYED) and len(call.args) == 1:
            return [element_type(type_of(fx, call.args[0]))]
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "sort"
            and type_of(fx, call.func.value).kind == "list"
        ):
            return [element_type(type_of(fx, call.func.value))]
        return None
    if not (isinstance(parent, ast.Call) and parent.args and parent.args[0] is node):
        return None
    if _builtin(fx, parent, {"map"}) and len(parent.args) > 1:
        return [element_type(type_of(fx, a)) for a in parent.args[1:]]
    if _builtin(fx, parent, {"filter"}) and len(parent.args) == 2:
        return [element_type(type_of(fx, parent.args[1]))]
    return None


def _builtin(fx, call, names) -> bool:
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        return False
    if any(isinstance(a, ast.Starred) for a in call.args):
        return False
    k = fx.known_name(call.func)
    return k is not None and k.kind == "builtin" and k.name in names


def result_for_items(fx, func_node) -> T:
    """What the function at `func_node` gives when the builtin calls it with items
    (`map(lambda v: v / 2, xs)` gives floats): from its returns, analysed with the
    items' types, where the function is written there or named; else open, and a float
    if a function value may return one (function_values.py)."""
    from .function_values import call_of_value_result

    items = item_types(fx, func_node)
    if items is not None:
        found = _typed_result(fx, func_node, items)
        if found is not None:
            return found
    if isinstance(func_node, ast.Attribute):  # `map(math.sqrt, xs)`
        k = fx.known_name(func_node.value)
        if k is not None and k.kind == "module" and k.name in ("math", "json"):
            from .modules import module_function_result

            return module_function_result(k.name, func_node.attr)
    k = fx.known_name(func_node)
    if k is not None and k.kind == "builtin":
        from .builtins import BUILTINS

        entry = BUILTINS.get(k.name)
        if entry is not None and not callable(entry.result):
            return entry.result
        return t.ANYF
    return call_of_value_result(fx.unit)


def _typed_result(fx, func_node, items: list[T]) -> T | None:
    from .local_functions import definition, result_with

    if isinstance(func_node, ast.Lambda):
        params = lambda_argument_types(fx, func_node)
        return None if params is None else result_with(fx, func_node, params)
    if not isinstance(func_node, ast.Name):
        return None
    owner = fx.lookup_local(func_node.id)
    if owner is not None:
        node = definition(owner, func_node.id)
        if node is None:
            return None
        params = positional_items(node.args, items)
        return None if params is None else result_with(owner, node, params)
    found, value = fx.lookup_global(func_node.id)
    if found and isinstance(value, types.FunctionType):
        from .specialize import result_for_items as global_result

        return global_result(fx, value, items)
    return None


def note_untyped_callback(fx, call: ast.Call) -> None:
    """map, filter, a `key=`: the builtin calls its function argument with the items.
    Where that function did not take the items' types (it is a value made elsewhere, or
    the items are not known here), the builtin is a call through a value
    (function_values.py)."""
    from .function_values import argument_types, note_call_of_value

    func_node = _function_argument(call)
    if func_node is None or fx.known_name(func_node) is not None:
        return  # none, or a builtin: that behaves as CPython's on any item
    items = item_types(fx, func_node)
    if items is None or not _takes_items(fx, func_node, items):
        note_call_of_value(fx, argument_types(fx, call))


def _function_argument(call: ast.Call):
    for kw in call.keywords:
        if kw.arg == "key":
            return kw.value
    if isinstance(call.func, ast.Name) and call.func.id in ("map", "filter"):
        return call.args[0] if call.args else None
    return None


def _takes_items(fx, func_node, items: list[T]) -> bool:
    """Whether the function at `func_node` is compiled for these items."""
    from .local_functions import definition, parameter_types

    if isinstance(func_node, ast.Lambda):
        return lambda_argument_types(fx, func_node) is not None
    if not isinstance(func_node, ast.Name):
        return False
    owner = fx.lookup_local(func_node.id)
    if owner is not None:
        node = definition(owner, func_node.id)
        return (
            node is not None and parameter_types(owner, func_node.id, node) is not None
        )
    found, value = fx.lookup_global(func_node.id)
    if found and isinstance(value, types.FunctionType):
        from .specialize import filled_for_items

        return filled_for_items(value, items) is not None
    return False
