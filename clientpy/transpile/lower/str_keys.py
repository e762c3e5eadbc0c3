"""Dicts and sets the code made (JS Maps and Sets) used with a key of open type.

A str key is the common case (tags, names, ids from Dash's data), and a str only equals
a str: the JS method is Python's there. Only another key needs the helper's search for
an equal key of another type (1, 1.0 and True are one key) or its unhashable TypeError.
So each site tests `typeof key === "string"` and calls the Map or Set method inline,
with the helper as the other branch: the counting loop `counts[t] = counts.get(t, 0) + 1`
makes no helper call for str keys.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import jstree as js
from ..types import T, is_open
from .core import once, typeof_is


def open_key(container_t: T, key_t: T, kind: str) -> bool:
    return container_t.kind == kind and is_open(key_t)


def str_key_first(
    fx,
    key: js.Expr,
    fast: Callable[[js.Expr], js.Expr],
    slow: Callable[[js.Expr], js.Expr],
    loc,
) -> js.Expr:
    """`typeof key === "string" ? fast(key) : slow(key)`, the key evaluated once."""
    first, held = once(fx, key)
    is_str = typeof_is(first, "string")
    return js.Conditional(is_str, fast(held), slow(held), loc=loc)


def map_lookup(fx, recv: js.Name, key_first, key, default, loc=None) -> js.Expr:
    """`d.get(k, default)` on a Map whose key equality is JS's: one lookup on a hit, the
    (simple) default on a miss. `key_first` evaluates the key, `key` reads it again."""
    value = js.Name(fx.temp())
    got = js.Assign(value, js.Call(js.Member(recv, "get"), (key_first,)))
    stored = js.Binary(
        "||",
        js.Binary("!==", got, js.Literal("undefined")),
        js.Call(js.Member(recv, "has"), (key,)),
    )
    return js.Conditional(stored, value, default, loc=loc)


def map_get(fx, recv: js.Name, key: js.Expr, default: js.Expr, loc) -> js.Expr:
    """`d.get(k, default)` on a Map with a key of open type, `default` simple (evaluated
    on a miss only): Map's own lookup first, whatever the key. A key it finds is one
    Python finds too; a key equal by Python's rules only (1 for True, a tuple by
    value), a stored undefined, or an unhashable key's TypeError is py_dict_get's,
    on the miss."""
    first, held = once(fx, key)
    value = js.Name(fx.temp())
    got = js.Assign(value, js.Call(js.Member(recv, "get"), (first,)))
    hit = js.Binary("!==", got, js.Literal("undefined"))
    missed = fx.unit.call("py_dict_get", recv, held, default)
    return js.Conditional(hit, value, missed, loc=loc)


def set_add(fx, recv: js.Name, elem: js.Expr, loc) -> js.Expr:
    """`s.add(x)`: None, as Python's."""
    fast = lambda x: js.Sequence(
        (js.Call(js.Member(recv, "add"), (x,)), js.Literal("null"))
    )
    slow = lambda x: fx.unit.call("py_set_add", recv, x)
    return str_key_first(fx, elem, fast, slow, loc)


def map_store(fx, obj: js.Name, key: js.Name, value: js.Expr, loc) -> js.Expr:
    """`d[k] = v` with `v` never undefined: v is evaluated first, then d and k are read,
    in Python's order."""
    first, held = once(fx, value)
    fast = lambda k: js.Call(js.Member(obj, "set"), (k, held))
    slow = lambda k: fx.unit.call("py_setitem", obj, k, held)
    store = str_key_first(fx, key, fast, slow, loc)
    return store if first is held else js.Sequence((first, store))
