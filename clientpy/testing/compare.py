"""Whether a JavaScript result stands for a CPython one, and a readable account when not."""

from __future__ import annotations

import difflib
import math
import pprint
from typing import Any

__all__ = ["dash_json", "describe", "differs", "show_both", "side_by_side"]


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _exception_text(e: BaseException) -> str:
    text = str(e)
    return f"{type(e).__name__}({text!r})" if text else type(e).__name__


def dash_json(x: Any) -> Any:
    """``x`` as Dash sends it to the browser: tuples and sets are lists, dict keys are
    strings as ``json.dumps`` writes them, a ``Patch`` is its operations."""
    to_plotly_json = getattr(type(x), "to_plotly_json", None)
    if to_plotly_json is not None and type(x).__name__ == "Patch":
        return dash_json(x.to_plotly_json())
    if isinstance(x, (list, tuple, set, frozenset)):
        return [dash_json(v) for v in x]
    if isinstance(x, dict):
        return {_json_key(k): dash_json(v) for k, v in x.items()}
    return x


def _json_key(k: Any) -> Any:
    if isinstance(k, str):
        return k
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, float):
        if math.isnan(k):
            return "NaN"
        if math.isinf(k):
            return "Infinity" if k > 0 else "-Infinity"
        return repr(k)
    if isinstance(k, int):
        return str(k)
    return k


def differs(py: Any, js: Any, path: str = "result") -> str | None:
    """None when the JS value stands for the CPython one, else where and how they differ.

    Numbers compare by value (JavaScript has one number type, so 2 and 2.0 agree), except
    that a float zero keeps its sign and NaN equals NaN; a bool only equals a bool; a tuple
    is not a list; dict keys (with their types) compare in order; a set compares as a set;
    ``undefined`` is not ``None``; exceptions compare by type and arguments; a ``Patch``
    by the operations Dash receives.
    """
    from dash import no_update

    from clientpy.testing.engine import JSForeign, JSFunction

    if isinstance(js, JSForeign):
        return f"{path}: {py!r} != a JavaScript {js.description}"
    if isinstance(py, bool) or isinstance(js, bool):
        if type(py) is bool and type(js) is bool and py == js:
            return None
        return f"{path}: {py!r} != {js!r}"
    if _is_number(py):
        if not _is_number(js):
            return (
                f"{path}: {py!r} ({type(py).__name__}) != {js!r} ({type(js).__name__})"
            )
        if isinstance(py, float) and math.isnan(py):
            if isinstance(js, float) and math.isnan(js):
                return None
            return f"{path}: nan != {js!r}"
        if py != js:
            return f"{path}: {py!r} != {js!r}"
        if (
            isinstance(py, float)
            and py == 0
            and math.copysign(1, py) != math.copysign(1, js)
        ):
            return f"{path}: {py!r} != {js!r} (sign of zero)"
        return None
    if py is None:
        return None if js is None else f"{path}: None != {js!r}"
    if isinstance(py, str):
        if isinstance(js, str) and py == js:
            return None
        return f"{path}: {py!r} != {js!r}"
    if isinstance(py, (list, tuple)):
        if isinstance(js, (list, tuple)) and (type(js) is tuple) != (type(py) is tuple):
            return f"{path}: {_kind(py)} {py!r} != {_kind(js)} {js!r}"
        if not isinstance(js, (list, tuple)):
            return f"{path}: {_kind(py)} {py!r} != {_kind(js)} {js!r}"
        if len(py) != len(js):
            return f"{path}: length {len(py)} != {len(js)}: {py!r} != {js!r}"
        for i, (a, b) in enumerate(zip(py, js)):
            d = differs(a, b, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(py, dict):
        if not isinstance(js, dict):
            return f"{path}: dict {py!r} != {_kind(js)} {js!r}"
        pk, jk = list(py), list(js)
        if len(pk) != len(jk) or any(differs(a, b) for a, b in zip(pk, jk)):
            if len(pk) == len(jk) and all(
                any(differs(a, b) is None for b in jk) for a in pk
            ):
                return f"{path}: same keys in another order: {pk!r} != {jk!r}"
            return f"{path}: keys {pk!r} != {jk!r}"
        for a, b in zip(pk, jk):
            d = differs(py[a], js[b], f"{path}[{a!r}]")
            if d:
                return d
        return None
    if isinstance(py, (set, frozenset)):
        if not isinstance(js, (set, frozenset)) or set(py) != set(js):
            return f"{path}: {py!r} != {js!r}"
        return None
    if py is no_update:
        return None if js is no_update else f"{path}: no_update != {js!r}"
    if isinstance(py, BaseException):
        if not isinstance(js, BaseException):
            return f"{path}: {_exception_text(py)} != {js!r}"
        if type(py).__name__ != type(js).__name__:
            return f"{path}: {_exception_text(py)} != {_exception_text(js)}"
        d = differs(tuple(py.args), tuple(js.args), f"{path}.args")
        return d and f"{path}: {_exception_text(py)} != {_exception_text(js)}"
    if isinstance(py, type):
        return None if py is js else f"{path}: {py!r} != {js!r}"
    if type(py).__name__ == "Patch" and hasattr(py, "to_plotly_json"):
        if type(js).__name__ != "Patch":
            return f"{path}: Patch != {js!r}"
        return differs(dash_json(py), dash_json(js), f"{path}<Patch>")
    if callable(py):
        return None if isinstance(js, JSFunction) else f"{path}: function != {js!r}"
    if py == js:
        return None
    return f"{path}: {py!r} != {js!r}"


def _kind(x: Any) -> str:
    return type(x).__name__


def describe(value: Any) -> str:
    return pprint.pformat(value, width=88, sort_dicts=False)


def show_both(py: Any, js: Any) -> str:
    """The two values, side by side or as a line diff."""
    py_text, js_text = describe(py), describe(js)
    if py_text == js_text:  # pprint hides some differences (a falsy list shows as [])
        py_text, js_text = repr(py), repr(js)
    return side_by_side(py_text, js_text)


def side_by_side(py_text: str, js_text: str) -> str:
    """Both texts, and a line diff when either spans several lines."""
    if (
        "\n" not in py_text
        and "\n" not in js_text
        and len(py_text) + len(js_text) < 160
    ):
        return f"  CPython: {py_text}\n  JS:      {js_text}"
    diff = difflib.unified_diff(
        py_text.splitlines(),
        js_text.splitlines(),
        fromfile="CPython",
        tofile="JS",
        lineterm="",
    )
    return "\n".join("  " + line for line in diff)
