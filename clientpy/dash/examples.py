"""Sample inputs declared next to a callback: ``@clientside(..., examples=[...])``.

They cost nothing at run time (the app only keeps them); ``clientpy.testing`` runs the
callback on each of them in CPython and, translated, in a JavaScript engine, and checks
that both agree (and give ``expect`` when one is declared).
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Sequence
from typing import Any

__all__ = ["MISSING", "Example", "normalize_examples"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Example:
    """One call of a callback: ``Example(*args, ctx=None, expect=MISSING, name=None)``.

    ``args`` are what Dash passes (every Input, then every State). ``ctx`` says what
    ``dash.ctx`` reports during the call (see ``clientpy.testing.run_js``): ``None`` is the
    initial call, ``"btn.n_clicks"`` or ``"btn"`` a click on that Input, or a dict.
    ``expect`` is the result both sides must give: a value, ``no_update``, or an exception
    class (``PreventUpdate``, ``KeyError``...) meaning the call raises it. ``name`` labels
    the example in test reports.

    A plain tuple (or list) in ``examples=`` is ``Example(*that)``.
    """

    __slots__ = ("args", "ctx", "expect", "name")

    def __init__(self, *args: Any, ctx: Any = None, expect: Any = MISSING, name=None):
        self.args = args
        self.ctx = ctx
        self.expect = expect
        self.name = name

    @property
    def has_expect(self) -> bool:
        return self.expect is not MISSING

    def __repr__(self) -> str:
        parts = [repr(a) for a in self.args]
        if self.ctx is not None:
            parts.append(f"ctx={self.ctx!r}")
        if self.has_expect:
            parts.append(f"expect={self.expect!r}")
        if self.name is not None:
            parts.append(f"name={self.name!r}")
        return f"Example({', '.join(parts)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Example):
            return NotImplemented
        return (self.args, self.ctx, self.expect, self.name) == (
            other.args,
            other.ctx,
            other.expect,
            other.name,
        )

    __hash__ = None  # type: ignore[assignment]  # args may be unhashable


def normalize_examples(
    examples, func, n_args: int, signature=None
) -> tuple[Example, ...]:
    """``examples=`` as a tuple of :class:`Example`, each checked against ``func``'s
    signature (``inspect.signature(func)``, when the caller has it already); a
    ``TypeError`` names the example that does not fit."""
    if examples is None:
        return ()
    if isinstance(examples, (Example, str, bytes, dict)) or not hasattr(
        examples, "__iter__"
    ):
        raise TypeError(
            "examples= takes a list of examples, each a tuple of arguments or an "
            f"Example(...): examples=[(1, 'a'), Example(2, 'b', ctx='btn')]; got {examples!r}"
        )
    out = []
    if signature is None:
        signature = inspect.signature(func)
    for i, example in enumerate(examples):
        if isinstance(example, Example):
            ex = example
        elif isinstance(example, (tuple, list)):
            ex = Example(*example)
        else:
            raise TypeError(
                f"{func.__qualname__}: examples[{i}] is {example!r}: give the arguments "
                f"as a tuple, ({example!r},) for a single one, or an Example(...)"
            )
        if len(ex.args) != n_args:
            raise TypeError(
                f"{func.__qualname__}: examples[{i}] has {len(ex.args)} argument(s); the "
                f"callback's dependencies pass {n_args} (every Input, then every State)"
            )
        try:
            signature.bind(*ex.args)
        except TypeError as exc:
            raise TypeError(f"{func.__qualname__}: examples[{i}]: {exc}") from None
        problem = not_as_dash_sends(ex.args)
        if problem is not None:
            raise TypeError(f"{func.__qualname__}: examples[{i}]: {problem}")
        out.append(ex)
    return tuple(out)


def not_as_dash_sends(args: Sequence) -> str | None:
    """Why a callback could never get `args` from Dash, or None. Dash's JSON has no
    integral floats below 1e21, NaN or infinities: a server callback gets `2` for `2.0`
    and None for NaN, and in the browser a number is one type, so `2.0` cannot reach
    the JavaScript as a float. Comparing CPython given `2.0` with JavaScript given `2`
    would report a difference no app can meet."""
    for i, arg in enumerate(args):
        found = _odd_float(arg, "")
        if found is not None:
            value, where = found
            if math.isfinite(value):
                sent = f"the int {int(value)}"
                fix = f"pass {int(value)}"
            else:
                sent, fix = "null", "pass None"
            at = f" at {where}" if where else ""
            return (
                f"argument {i + 1} holds {value!r}{at}, which Dash sends as {sent} "
                f"(JSON cannot say {value!r}): no callback gets it; {fix}"
            )
    return None


def _sent_as_int(x: float) -> bool:
    """An integral float JSON writes as an int (`2` for 2.0). From 1e21 on json.dumps
    writes it with an exponent (`1e+21`), which JSON readers take for a float: Dash
    sends that one as it is."""
    return x.is_integer() and abs(x) < 1e21


def _odd_float(x: Any, where: str) -> tuple[float, str] | None:
    if isinstance(x, float) and (not math.isfinite(x) or _sent_as_int(x)):
        return x, where
    if isinstance(x, (list, tuple)):
        items = enumerate(x)
    elif isinstance(x, dict):
        items = x.items()
    else:
        return None
    for k, v in items:
        found = _odd_float(v, f"{where}[{k!r}]")
        if found is not None:
            return found
    return None
