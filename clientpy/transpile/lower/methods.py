"""Methods of str, list, tuple, dict and set as tables: receiver type -> name -> entry.

A receiver whose type is known calls its helper directly (or a plain JS method where the
meaning is the same); an open receiver goes through `py_callm`, which dispatches on the
run-time type through a table holding only the methods the bundle uses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import jstree as js
from .. import types as t
from ..types import ANY, BOOL, INT, NONE, STR, T
from .binding import Signature


@dataclass(frozen=True)
class Method:
    sig: Signature
    result: T | Callable[[T], T] = ANY
    # (unit, receiver, args) -> js.Expr where the meaning is JS's, or None; a runtime
    # helper the form calls is named through unit.helper, which ships it
    inline: Callable | None = None


def _m(
    *params: str, required=0, result=ANY, inline=None, kwonly=(), keywords=False
) -> Method:
    """A method of Python's own types. Their parameters are positional-only, as in
    CPython (`s.replace(old="a", new="b")` is a TypeError there), except where
    `keywords` says they take keywords too (`s.split(maxsplit=1)`)."""
    posonly = 0 if keywords else len(params)
    sig = Signature(params, posonly=posonly, required=required, kwonly=kwonly)
    return Method(sig, result, inline)


def _elem(recv: T) -> T:
    return recv.elem


def _same(recv: T) -> T:
    return T("list", (recv.elem,)) if recv.is_sequence else recv


def _js_method(name: str, arity: int):
    def inline(unit, recv: js.Expr, args: list[js.Expr]):
        if len(args) != arity:
            return None
        return js.Call(js.Member(recv, name), tuple(args))

    return inline


SURROGATE = re.compile("[\ud800-\udfff]")


def _with_literals(name: str, arity: int, fits=lambda texts: True):
    """The JS method where every argument is a str literal that gives it Python's
    meaning (`fits` checks their texts); None (the helper) otherwise."""

    def inline(unit, recv: js.Expr, args: list[js.Expr]):
        if len(args) != arity or not all(isinstance(a, js.Str) for a in args):
            return None
        texts = [a.value for a in args]
        if not fits(texts) or any(SURROGATE.search(text) for text in texts):
            return None  # a lone surrogate would match half of a JS pair
        return js.Call(js.Member(recv, name), tuple(args))

    return inline


def _split_by_literal(unit, recv: js.Expr, args: list[js.Expr]):
    """`s.split(sep)` by a literal fit for indexOf: py_str_split_sep (see there why not
    JS's split)."""
    if len(args) != 1 or not isinstance(args[0], js.Str):
        return None
    if args[0].value == "" or SURROGATE.search(args[0].value):
        return None  # "" is a ValueError; a lone surrogate would match half of a pair
    return unit.call("py_str_split_sep", recv, args[0])


def inline_form(unit, method: Method, recv: js.Expr, args: list[js.Expr]):
    """The method's inline form for these arguments, or None."""
    if method.inline is None:
        return None
    return method.inline(unit, recv, args)


def _push(unit, recv: js.Expr, args: list[js.Expr]):
    return js.Sequence(
        (js.Call(js.Member(recv, "push"), tuple(args)), js.Literal("null"))
    )


LIST_OF_STR = t.list_of(STR)

STR_METHODS: dict[str, Method] = {
    "split": _m(
        "sep", "maxsplit", keywords=True, result=LIST_OF_STR, inline=_split_by_literal
    ),
    "rsplit": _m("sep", "maxsplit", keywords=True, result=LIST_OF_STR),
    "splitlines": _m("keepends", keywords=True, result=LIST_OF_STR),
    "join": _m("iterable", required=1, result=STR),
    "strip": _m("chars", result=STR),
    "lstrip": _m("chars", result=STR),
    "rstrip": _m("chars", result=STR),
    # "" is matched between code points in Python, between UTF-16 units in JS, and `$`
    # in the replacement is a pattern to JS.
    "replace": _m(
        "old",
        "new",
        "count",
        required=2,
        result=STR,
        inline=_with_literals(
            "replaceAll", 2, lambda texts: texts[0] != "" and "$" not in texts[1]
        ),
    ),
    "startswith": _m(
        "prefix",
        "start",
        "end",
        required=1,
        result=BOOL,
        inline=_with_literals("startsWith", 1),
    ),
    "endswith": _m(
        "suffix",
        "start",
        "end",
        required=1,
        result=BOOL,
        inline=_with_literals("endsWith", 1),
    ),
    "find": _m("sub", "start", "end", required=1, result=INT),
    "rfind": _m("sub", "start", "end", required=1, result=INT),
    "index": _m("sub", "start", "end", required=1, result=INT),
    "rindex": _m("sub", "start", "end", required=1, result=INT),
    "count": _m("sub", "start", "end", required=1, result=INT),
    "upper": _m(result=STR, inline=_js_method("toUpperCase", 0)),
    "lower": _m(result=STR),  # py_str_lower: the final sigma by CPython's Unicode
    "title": _m(result=STR),
    "capitalize": _m(result=STR),
    "swapcase": _m(result=STR),
    "casefold": _m(result=STR),
    "zfill": _m("width", required=1, result=STR),
    "ljust": _m("width", "fillchar", required=1, result=STR),
    "rjust": _m("width", "fillchar", required=1, result=STR),
    "center": _m("width", "fillchar", required=1, result=STR),
    "partition": _m("sep", required=1, result=t.fixed_tuple(STR, STR, STR)),
    "rpartition": _m("sep", required=1, result=t.fixed_tuple(STR, STR, STR)),
    "removeprefix": _m("prefix", required=1, result=STR),
    "removesuffix": _m("suffix", required=1, result=STR),
    "expandtabs": _m("tabsize", keywords=True, result=STR),
    "translate": _m("table", required=1, result=STR),
    # Static: `str.maketrans(...)` only (calls.py); a dict of ordinals.
    "maketrans": _m("x", "y", "z", required=1, result=t.dict_of(INT, ANY)),
    **{
        name: _m(result=BOOL)
        for name in [
            "isdigit",
            "isalpha",
            "isalnum",
            "isspace",
            "isupper",
            "islower",
            "isnumeric",
            "isdecimal",
            "istitle",
            "isascii",
            "isidentifier",
            "isprintable",
        ]
    },
}
# str.format and str.format_map take any arguments: bound specially in calls.py.
STR_SPECIAL = frozenset(["format", "format_map"])

LIST_METHODS: dict[str, Method] = {
    "append": _m("object", required=1, result=NONE, inline=_push),
    "extend": _m("iterable", required=1, result=NONE),
    "insert": _m("index", "object", required=2, result=NONE),
    "pop": _m("index", result=_elem),
    "remove": _m("value", required=1, result=NONE),
    "index": _m("value", "start", "stop", required=1, result=INT),
    "count": _m("value", required=1, result=INT),
    "sort": _m(kwonly=("key", "reverse"), result=NONE),
    "reverse": _m(result=NONE),
    "copy": _m(result=_same),
    "clear": _m(result=NONE),
}

# Methods of float alone (CPython 3.11's int has no is_integer): only for a receiver
# known to be a float; an open number could be either (calls.py).
FLOAT_METHODS: dict[str, Method] = {
    "is_integer": _m(
        result=BOOL,
        inline=lambda unit, recv, args: js.Call(
            js.Member(js.Name("Number"), "isInteger"), (recv,)
        ),
    ),
}


def _helper_of_receiver(helper: str):
    # The arguments as bound: none, or the binding that raises CPython's TypeError for
    # arguments the method does not take (`n.bit_length(1)`).
    return lambda unit, recv, args: unit.call(helper, recv, *args)


# A bool is an int here as in Python: `True.bit_length()` is 1.
INT_METHODS: dict[str, Method] = {
    "bit_length": _m(result=INT, inline=_helper_of_receiver("py_int_bit_length")),
    "bit_count": _m(result=INT, inline=_helper_of_receiver("py_int_bit_count")),
}

# Methods only ints and floats have. A JS number has none of them, and on a value of
# open type the compiler cannot tell an int from a float (nor 2 from 2.0).
NUMBER_ONLY_METHODS = frozenset(
    {
        "bit_length",
        "bit_count",
        "as_integer_ratio",
        "conjugate",
        "hex",
        "to_bytes",
        "is_integer",
    }
)

TUPLE_METHODS: dict[str, Method] = {
    "index": LIST_METHODS["index"],
    "count": LIST_METHODS["count"],
}


def _dict_value(recv: T) -> T:
    return recv.value if recv.kind == "dict" else ANY


# Views are live, not lists: their static type only tells what iterating them gives.
def _dict_items(recv: T) -> T:
    if recv.kind == "dict":
        return t.view_of(t.fixed_tuple(recv.args[0], recv.value))
    return t.view_of(t.fixed_tuple(ANY, ANY))


def _dict_keys(recv: T) -> T:
    return t.view_of(recv.args[0] if recv.kind == "dict" else ANY)


def _dict_values(recv: T) -> T:
    return t.view_of(_dict_value(recv))


def _looked_up(recv: T, default: T | None) -> T:
    """A value of the dict, or the default: `{"a": 2.0}.get("a")` prints as a float."""
    value = _dict_value(recv)
    return value if default is None else t.join(value, default)


DICT_METHODS: dict[str, Method] = {
    "get": _m("key", "default", required=1),
    "items": _m(result=_dict_items),
    "keys": _m(result=_dict_keys),
    "values": _m(result=_dict_values),
    # `d.update(other=1)` stores the key "other": the mapping is positional-only
    "update": Method(Signature(("other",), posonly=1, kwarg="kwargs"), NONE),
    "pop": _m("key", "default", required=1),
    "setdefault": _m("key", "default", required=1),
    "copy": _m(result=lambda recv: recv if recv.kind == "dict" else t.dict_of()),
    "clear": _m(result=NONE),
    "popitem": _m(
        result=lambda recv: t.fixed_tuple(
            recv.args[0] if recv.kind == "dict" else ANY, _dict_value(recv)
        )
    ),
}
# Results that also depend on the default argument's type (None when not given).
DEFAULTED = {
    "get": lambda recv, default: _looked_up(recv, default or NONE),
    "setdefault": lambda recv, default: _looked_up(recv, default or NONE),
    "pop": _looked_up,
}

SET_METHODS: dict[str, Method] = {
    "add": _m("elem", required=1, result=NONE),
    "discard": _m("elem", required=1, result=NONE),
    "remove": _m("elem", required=1, result=NONE),
    "pop": _m(result=_elem),
    "update": Method(Signature((), vararg="others"), NONE),
    "union": Method(Signature((), vararg="others"), _same),
    "intersection": Method(Signature((), vararg="others"), _same),
    "difference": Method(Signature((), vararg="others"), _same),
    "symmetric_difference": _m("other", required=1, result=_same),
    "difference_update": Method(Signature((), vararg="others"), NONE),
    "intersection_update": Method(Signature((), vararg="others"), NONE),
    "issubset": _m("other", required=1, result=BOOL),
    "issuperset": _m("other", required=1, result=BOOL),
    "isdisjoint": _m("other", required=1, result=BOOL),
    "copy": _m(result=_same),
    "clear": _m(result=NONE),
}

# receiver kind -> (table, helper prefix)
# dict.keys() and dict.items(): the set-like views' own method (a values view has none)
VIEW_METHODS: dict[str, Method] = {
    "isdisjoint": _m("other", required=1, result=BOOL),
}

TABLES: dict[str, tuple[dict[str, Method], str]] = {
    "str": (STR_METHODS, "py_str_"),
    "list": (LIST_METHODS, "py_list_"),
    "tuple": (TUPLE_METHODS, "py_list_"),
    "dict": (DICT_METHODS, "py_dict_"),
    "mapping": (DICT_METHODS, "py_dict_"),
    "set": (SET_METHODS, "py_set_"),
    "view": (VIEW_METHODS, "py_view_"),
}


def table_for(kind: str):
    return TABLES.get("tuple" if kind == "tuplen" else kind)


def owners_of(name: str) -> list[str]:
    """Python types that have a method called `name` (for open receivers)."""
    return [
        kind
        for kind, (table, _) in TABLES.items()
        if name in table and kind != "mapping"
    ] + (["str"] if name in STR_SPECIAL else [])


# Set methods whose result may hold the items of their arguments.
_JOINING = frozenset({"union", "intersection", "symmetric_difference"})


def method_result(recv: T, name: str, args: tuple[T, ...] = ()) -> T:
    """Result type of `recv.name(*args)` (args: the types of the arguments given)."""
    if recv.kind == "dict" and name in DEFAULTED:
        return DEFAULTED[name](recv, args[1] if len(args) > 1 else None)
    if recv.kind == "anyf":  # an open container a float was stored into
        result = method_result(ANY, name, args)
        return t.ANYF if result.kind == "any" else result
    if recv.kind == "set" and name in _JOINING:
        # `{1}.union([2.0])` holds the float; `{1}.intersection([1.0])` keeps 1.0
        elem = recv.elem
        for arg in args:
            elem = t.join(elem, t.element_type(arg))
        return T("set", (elem,))
    if recv.kind == "float" and name in FLOAT_METHODS:
        return FLOAT_METHODS[name].result
    if recv.kind in ("int", "bool") and name in INT_METHODS:
        return INT_METHODS[name].result
    entry = table_for(recv.kind)
    if entry is None:
        if recv.kind == "foreign":
            return t.FOREIGN
        if name in DEFAULTED and len(args) > 1 and t.is_open(recv):
            # `x.pop("k", 1.0)` on a dict of open type may give the default back.
            return t.join(ANY, args[1])
        owners = owners_of(name)
        results = set()
        for kind in owners:
            method = TABLES[kind][0].get(name)
            if method is not None and not callable(method.result):
                results.add(method.result)
        return results.pop() if len(results) == 1 else ANY
    method = entry[0].get(name)
    if method is None:
        return STR if (recv.kind == "str" and name in STR_SPECIAL) else ANY
    return method.result(recv) if callable(method.result) else method.result
