"""print(): one console line, its arguments printed as CPython prints them.

CPython evaluates every argument, then `sep` and `end`, and only then makes the
texts: `print(xs, xs.pop())` shows xs popped. Arguments are printed in place where
nothing evaluated after them can change them (the common case, no temporaries); else
each is held, a list or dict by reference and anything else as its text, and the line
is made once all are evaluated."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .. import jstree as js
from .. import types as t
from .core import expr, type_of
from .formatting import changes_nothing, may_change
from .registry import loc_of


@dataclass
class _Argument:
    node: ast.expr  # the argument (the iterable of a `*iterable`)
    value: js.Expr  # as lowered
    starred: bool = False
    is_text: bool = False  # the value is its text already
    waits: bool = False  # held already, read where the line is made


def lower_print(fx, node, args) -> js.Expr:
    arguments = [_argument(fx, arg) for arg in node.args]
    keywords = _keywords(fx, node)
    held: list[js.Expr] = []
    if _texts_wait(fx, arguments, keywords):
        if len(arguments) == 1 and arguments[0].starred:
            # `print(*xs, sep=...)`: CPython unpacks a lone `*xs` after the keywords
            arguments = [_lone_star(fx, node.args[0], held)]
        arguments = [_held(fx, a, held) for a in arguments]
        keywords = {k: _hold_keyword(fx, k, v, held) for k, v in keywords.items()}
    parts = [_text(fx, a) for a in arguments]
    line = _line(fx, node, parts, keywords)
    return js.Sequence((*held, line)) if held else line


def _argument(fx, arg: ast.expr) -> _Argument:
    if isinstance(arg, ast.Starred):
        items = fx.unit.call("py_iter", expr(fx, arg.value))
        return _Argument(arg.value, items, starred=True)
    return _Argument(arg, expr(fx, arg))


def _keywords(fx, node) -> dict[str, js.Expr]:
    """`sep`, `end` and `flush` as lowered, in the order they are written (and
    evaluated); None for `sep` or `end` is its default, a constant `flush` does
    nothing. `file=` other than None, and keywords print() does not take, are
    refused."""
    out = {}
    for kw in node.keywords:
        if kw.arg in ("sep", "end"):
            if not _is_none(kw.value):
                out[kw.arg] = expr(fx, kw.value)
        elif kw.arg == "flush":
            value = expr(fx, kw.value)
            if not isinstance(value, (js.Str, js.Num, js.Literal)):
                out["flush"] = value  # evaluated for what it does, in its place
        elif kw.arg is not None and (kw.arg != "file" or not _is_none(kw.value)):
            _refuse_keyword(fx, kw)  # (`**mapping` is refused with every call's)
    _check_end(fx, node)
    return out


def _refuse_keyword(fx, kw: ast.keyword) -> None:
    if kw.arg == "file":
        construct = "print(file=...)"
        hint = "the browser has one console: leave `file` out"
    else:
        construct = f"print({kw.arg}=...)"
        hint = "print() takes sep, end, file and flush (CPython raises TypeError)"
    fx.report("CP100", kw.value, construct=construct, hint=hint)


def _texts_wait(fx, arguments: list[_Argument], keywords: dict) -> bool:
    """Whether a value printed in place could show before a later argument (or `sep`)
    changes it. (`end` is a written-out str, _check_end.)"""
    if "flush" in keywords:
        return True  # evaluated after every argument: all are held, in order
    later = [a.value for a in arguments] + list(keywords.values())
    for i, a in enumerate(arguments):
        changeable = a.starred or may_change(fx, a.node)
        if changeable and not all(map(changes_nothing, later[i + 1 :])):
            return True
    return False


def _lone_star(fx, arg: ast.Starred, held: list) -> _Argument:
    """The iterable itself held, iterated where the line is made."""
    iterable = _hold(fx, expr(fx, arg.value), held)
    items = fx.unit.call("py_iter", iterable)
    return _Argument(arg.value, items, starred=True, is_text=False, waits=True)


def _held(fx, a: _Argument, held: list) -> _Argument:
    """The argument evaluated into a temporary: the items of a `*iterable`, a value
    that may change by reference, any other value as its text (made in place)."""
    if isinstance(a.value, (js.Str, js.Num, js.Literal)):
        return a  # a constant: nothing evaluated later changes it
    if a.waits:
        return a
    if a.starred:
        items = js.Call(js.Member(js.Name("Array"), "from"), (a.value,))
        return _Argument(a.node, _hold(fx, items, held), starred=True)
    if may_change(fx, a.node):
        value = _hold(fx, a.value, held)
        flag = _float_flag(fx, a.node)
        if flag is None:
            return _Argument(a.node, value)
        # `xs[0] * 2` of Dash's values, maybe a list: its operands tell a float now
        text = fx.unit.call("py_str", value, _hold(fx, flag, held))
        return _Argument(a.node, text, is_text=True)
    return _Argument(a.node, _hold(fx, _text(fx, a), held), is_text=True)


def _hold_keyword(fx, keyword: str, value: js.Expr, held: list) -> js.Expr:
    if keyword == "end" or isinstance(value, js.Str):
        return value  # a written-out str (_check_end)
    return _hold(fx, value, held)


def _float_flag(fx, node) -> js.Expr | None:
    """Where `node` is arithmetic of Dash's values whose text asks its operands again
    (dash_number_text.py): whether it is a float, as asked where it stands."""
    from .dash_number_text import dash_operands, float_flag

    operands = dash_operands(fx, node)
    if operands is None or not t.contains_num(type_of(fx, node)):
        return None
    return float_flag(fx, operands)


def _hold(fx, value: js.Expr, held: list) -> js.Name:
    name = js.Name(fx.temp())
    held.append(js.Assign(name, value))
    return name


def _text(fx, a: _Argument) -> js.Expr:
    from .builtins import _starred_floats
    from .formatting import to_str

    if a.is_text:
        return a.value
    if not a.starred:
        return to_str(fx, a.node, a.value)
    floats = [js.Literal("true")] if _starred_floats(fx, [ast.Starred(a.node)]) else []
    one = js.Function(
        None,
        (js.Param("$x"),),
        (js.Return(fx.unit.call("py_str", js.Name("$x"), *floats)),),
        is_arrow=True,
    )
    return js.Spread(js.Call(js.Member(js.Name("Array"), "from"), (a.value, one)))


def _line(fx, node, parts: list, keywords: dict) -> js.Expr:
    """`py_print(...parts)`, or with `sep`/`end` the line joined first (the final
    newline of `end` is the line break console.log makes)."""
    if not keywords:
        return fx.unit.call("py_print", *parts, loc=loc_of(node))
    sep = _sep(fx, node, keywords.get("sep"))
    line = js.Call(js.Member(js.Array(tuple(parts)), "join"), (sep,))
    end = keywords.get("end")
    if end is not None:
        trimmed = js.Call(js.Member(end, "replace"), (js.Name("/\\n$/"), js.Str("")))
        line = js.Binary("+", line, trimmed)
    return fx.unit.call("py_print", line, loc=loc_of(node))


def _sep(fx, node, sep: js.Expr | None) -> js.Expr:
    """print()'s `sep`: " " where not given; a value that may be something else than
    a str is checked at run time (CPython's TypeError)."""
    if sep is None:
        return js.Str(" ")
    sep_node = next(kw.value for kw in node.keywords if kw.arg == "sep")
    if type_of(fx, sep_node).kind == "str":
        return sep
    return fx.unit.call("py_print_sep", sep, loc=loc_of(sep_node))


def _check_end(fx, node) -> None:
    end = next((kw.value for kw in node.keywords if kw.arg == "end"), None)
    if end is None or _is_none(end):
        return
    if not (
        isinstance(end, ast.Constant)
        and isinstance(end.value, str)
        and end.value.endswith("\n")
    ):
        fx.report(
            "CP100",
            end,
            construct="print(end=...) without a final newline",
            hint="the browser console prints whole lines; build the line and print it once",
        )


def _is_none(node) -> bool:
    return isinstance(node, ast.Constant) and node.value is None
