"""Run a clientside function's JavaScript and its Python, and compare them.

One ``node`` engine serves the whole process (the test session): it starts on first use
and stops at exit. A function's JavaScript is the code its app's bundle holds (for a
``@clientside`` function, translated with what its dependencies tell); it is defined in
the engine once and kept under a key that changes with the code.
"""

from __future__ import annotations

import asyncio
import atexit
import builtins
import concurrent.futures
import contextlib
import contextvars
import copy
import hashlib
import inspect
import io
import re
import sys
import tempfile
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clientpy.dash.examples import not_as_dash_sends

from .compare import dash_json, describe, differs, show_both, side_by_side
from .context import CallContext, build_context
from .engine import (
    DEFAULT_TIMEOUT,
    CallResult,
    EngineTimeout,
    JSErrorValue,
    JSRaised,
    JSTimedOut,
    NodeEngine,
)

__all__ = [
    "JSError",
    "Outcome",
    "assert_same",
    "close_engine",
    "get_engine",
    "js_outcome",
    "js_outcomes",
    "py_outcome",
    "run_js",
    "set_timeout",
]

JS_DIR = Path(tempfile.gettempdir()) / "clientpy-testing-js"

_lock = threading.RLock()
_engine: NodeEngine | None = None
_timeout: float = DEFAULT_TIMEOUT


class JSError(Exception):
    """The JavaScript threw something that is not a Python exception: a ``ReferenceError``
    of a missing browser global (``window``, ``document``: node has none), or an error of
    the translation itself. ``type_name`` and ``message`` are the JavaScript ones."""

    def __init__(self, type_name: str, message: str):
        text = f"{type_name}: {message}" if message else type_name
        if type_name == "ReferenceError":
            text += (
                " (node is not a browser: window, document and the like do not exist "
                "there; check code that needs them in a browser test)"
            )
        super().__init__(text)
        self.type_name = type_name
        self.message = message


# Native JavaScript errors that the runtime treats as Python exceptions (py_exc_name);
# any other native error (ReferenceError, RangeError...) has no Python counterpart.
_NATIVE_AS_PYTHON = {"TypeError", "RecursionError"}


# ---- the engine of the session ------------------------------------------------------------


def get_engine() -> NodeEngine:
    """The process's engine, started on first use (and again if node died)."""
    global _engine
    with _lock:
        if _engine is None or _engine._proc is None:
            _engine = NodeEngine(timeout=_timeout)
        elif _engine._proc.poll() is not None:
            _engine.restart()
        return _engine


def close_engine() -> None:
    """Stop the process's engine (the next call starts another)."""
    global _engine
    with _lock:
        if _engine is not None:
            _engine.close()
            _engine = None


atexit.register(close_engine)


def set_timeout(seconds: float) -> None:
    """How long one JavaScript call may run before it is stopped (default 5 s)."""
    global _timeout
    if not seconds > 0:
        raise ValueError(f"a timeout is a positive number of seconds, not {seconds!r}")
    with _lock:
        _timeout = float(seconds)
        if _engine is not None:
            _engine.timeout = _timeout


# ---- the JavaScript of a function ---------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    name: str  # module.qualname
    key: str  # its key in the engine
    js_path: Path  # where its JavaScript was written, for reading when a check fails


def spec_of(func):
    """The ``@clientside`` record of ``func``, or None."""
    from clientpy.dash.registry import REGISTRY

    return REGISTRY.spec_of(func)


def prepare(func, engine: NodeEngine, spec=None) -> Prepared:
    """Translate ``func`` (raising ``TranspileError`` as ``clientpy build`` would) and
    define its JavaScript in ``engine``. ``spec`` is its ``@clientside`` record (looked
    up when not given): the app's bundle translates it with what its dependencies say.
    """
    from clientpy.dash.cache import compile_cached
    from clientpy.transpile.bundle import function_expression

    if not callable(func) or not hasattr(func, "__code__"):
        raise TypeError(f"run_js takes a Python function, not {func!r}")
    spec = spec if spec is not None else spec_of(func)
    # As the bundle translates it, except that results stay Python values (a tuple
    # stays a tuple) rather than being converted where they are returned for Dash.
    param_types = spec.param_types if spec is not None else None
    compiled = compile_cached(func, param_types, for_dash=False)
    code = function_expression(compiled)
    digest = hashlib.sha256(code.encode("utf-8")).hexdigest()[:16]
    name = compiled.python_name
    key = f"{name}@{digest}"
    js_path = JS_DIR / (re.sub(r"[^\w.-]", "_", name) + f"-{digest}.js")
    with _lock:
        if not engine.is_defined(key):
            JS_DIR.mkdir(parents=True, exist_ok=True)
            js_path.write_text(code, encoding="utf-8")
            engine.define(key, code)
    return Prepared(name, key, js_path)


# ---- outcomes -------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one call did: returned ``value`` or raised ``exception``, printed ``output``,
    and ``set_props``: ``{component id (as Dash spells it): props}`` merged as Dash merges
    them, in the form Dash receives (tuples are lists, dict keys strings)."""

    value: Any = None
    exception: BaseException | None = None
    output: str = ""
    set_props: dict = field(default_factory=dict)

    @property
    def raised(self) -> bool:
        return self.exception is not None

    def describe(self) -> str:
        if self.exception is not None:
            return f"raised {type(self.exception).__name__}: {self.exception}"
        return f"returned {describe(self.value)}"


def _call_text(name: str, args: Sequence, ctx: Any) -> str:
    parts = [repr(a) for a in args]
    if ctx is not None:
        parts.append(f"ctx={ctx!r}")
    text = f"{name}({', '.join(parts)})"
    return text if len(text) <= 300 else text[:297] + "..."


def _exception_class(name: str, func) -> type[BaseException] | None:
    from dash import exceptions as dash_exceptions

    found = []
    namespace = getattr(inspect.unwrap(func), "__globals__", {}) if func else {}
    found.append(namespace.get(name))
    found += [
        v
        for v in namespace.values()
        if isinstance(v, type) and getattr(v, "__name__", None) == name
    ]
    found += [getattr(builtins, name, None), getattr(dash_exceptions, name, None)]
    for candidate in found:
        if isinstance(candidate, type) and issubclass(candidate, BaseException):
            return candidate
    return None


def python_exception(
    type_name: str, message: str, args: tuple | None, func=None
) -> BaseException:
    """The Python exception a JavaScript one stands for. ``args`` are its arguments when
    it is a Python exception of the runtime (or of the user's code), None for a native
    JavaScript error."""
    from dash.exceptions import PreventUpdate

    if type_name == "PreventUpdate":
        return PreventUpdate()
    if args is None and type_name not in _NATIVE_AS_PYTHON:
        return JSError(type_name, message)
    cls = _exception_class(type_name, func)
    if cls is not None:
        with contextlib.suppress(Exception):
            return cls(*args) if args is not None else cls(message)
        with contextlib.suppress(Exception):
            return cls(message)
    return JSError(type_name, message)


def _from_js_value(x: Any, func) -> Any:
    if isinstance(x, JSErrorValue):
        return python_exception(x.type_name, x.message, x.args, func)
    if type(x) is list:
        return [_from_js_value(v, func) for v in x]
    if type(x) is tuple:
        return tuple(_from_js_value(v, func) for v in x)
    if type(x) is dict:
        return {k: _from_js_value(v, func) for k, v in x.items()}
    return x


def _merge_set_props(calls: Iterable[tuple[Any, Any]]) -> dict:
    from dash._utils import stringify_id

    merged: dict = {}
    for id_, props in calls:
        key = stringify_id(id_)
        props = dash_json(props)
        merged[key] = {**merged[key], **props} if key in merged else props
    return merged


def _outcome_of(res: CallResult, func, prepared: Prepared, call_text: str) -> Outcome:
    value = res.value
    if isinstance(value, JSTimedOut):
        raise EngineTimeout(
            f"the JavaScript of {call_text} did not finish within {value.seconds:g} s "
            "(node was restarted); a longer limit: run_js(..., timeout=SECONDS) or the "
            f"clientpy_timeout ini option. JS in {prepared.js_path}"
        )
    out = Outcome(output=res.output, set_props=_merge_set_props(res.set_props))
    if isinstance(value, JSRaised):
        out.exception = python_exception(
            value.type_name, value.message, value.args, func
        )
        if hasattr(out.exception, "add_note"):
            out.exception.add_note(
                f"raised by the JavaScript of {call_text}; JS in {prepared.js_path}"
            )
    else:
        out.value = _from_js_value(value, func)
    return out


def js_outcomes(
    calls: Sequence[tuple],
    timeout: float | None = None,
    engine: NodeEngine | None = None,
) -> list[Outcome | BaseException]:
    """Run every ``(func, args, ctx)`` (or ``(func, args, ctx, spec)``, ``spec`` being the
    function's ``@clientside`` record) in one round trip to the engine.

    Each slot holds the call's :class:`Outcome`, or the exception that kept it from
    running (a ``TranspileError``, an :class:`EngineTimeout` for a hung call).
    """
    engine = engine or get_engine()
    slots: list[Any] = [None] * len(calls)
    wire, where = [], []
    with _lock:
        for i, (func, args, ctx, *rest) in enumerate(calls):
            spec = rest[0] if rest else None
            try:
                prepared = prepare(func, engine, spec)
                context = build_context(func, tuple(args), ctx, spec)
            except Exception as exc:  # noqa: BLE001 - reported in the call's slot
                slots[i] = exc
                continue
            wire.append((prepared.key, list(args), context.for_js()))
            where.append((i, prepared))
        results = engine.run_many(wire, timeout) if wire else []
    for (i, prepared), res in zip(where, results):
        func, args, ctx, *_ = calls[i]
        try:
            slots[i] = _outcome_of(
                res, func, prepared, _call_text(prepared.name, args, ctx)
            )
        except EngineTimeout as exc:
            slots[i] = exc
    return slots


def js_outcome(func, *args, ctx: Any = None, timeout: float | None = None) -> Outcome:
    """The :class:`Outcome` of ``func(*args)`` run as JavaScript."""
    (slot,) = js_outcomes([(func, args, ctx)], timeout)
    if isinstance(slot, BaseException):
        raise slot
    return slot


def run_js(func, *args, ctx: Any = None, timeout: float | None = None) -> Any:
    """Run the JavaScript of ``func(*args)`` in node and return its value as Python.

    ``no_update`` comes back as ``dash.no_update``; a JavaScript exception is raised as the
    Python exception it stands for (``raise PreventUpdate`` as ``PreventUpdate``, a
    ``KeyError`` as ``KeyError``, the function's own exception classes as themselves), a
    JavaScript error with no Python counterpart as :class:`JSError`; an ``async def`` is
    awaited; what it printed is printed. ``ctx=`` sets what ``dash.ctx`` reports
    (:mod:`clientpy.testing.context`). A call running longer than ``timeout`` seconds
    (default 5) raises :class:`EngineTimeout`.
    """
    __tracebackhide__ = True
    outcome = js_outcome(func, *args, ctx=ctx, timeout=timeout)
    if outcome.output:
        sys.stdout.write(outcome.output)
    if outcome.exception is not None:
        raise outcome.exception
    return outcome.value


# ---- CPython ------------------------------------------------------------------------------


def _run_coroutine(coro):
    # In a thread of its own: the caller may already run an event loop (Playwright,
    # pytest-asyncio). The context (dash.ctx) goes along.
    context = contextvars.copy_context()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(context.run, asyncio.run, coro).result()


def py_outcome(func, *args, ctx: Any = None, spec=None) -> Outcome:
    """The :class:`Outcome` of ``func(*args)`` in CPython, with ``dash.ctx`` set as
    ``ctx=`` says (see :func:`run_js`) and ``set_props`` recorded."""
    from dash._callback_context import context_value

    context = build_context(func, tuple(args), ctx, spec)
    args = copy.deepcopy(args)
    state = context.for_python()
    buf = io.StringIO()
    out = Outcome()

    def call():
        context_value.set(state)
        with contextlib.redirect_stdout(buf):
            if inspect.iscoroutinefunction(func):
                return _run_coroutine(func(*args))
            return func(*args)

    try:
        out.value = contextvars.copy_context().run(call)
    except Exception as exc:  # noqa: BLE001 - every raised exception is an outcome
        out.exception = exc
    out.output = buf.getvalue()
    if out.exception is None:  # a callback that raised sends no side updates
        out.set_props = {k: dash_json(v) for k, v in state.updated_props.items()}
    return out


# ---- both -----------------------------------------------------------------------------------


def compare_outcomes(py: Outcome, js: Outcome, messages: bool = False) -> list[str]:
    """The ways the two outcomes differ (empty when they agree)."""
    problems = []
    if py.exception is not None or js.exception is not None:
        if py.exception is None or js.exception is None:
            problems.append(f"CPython {py.describe()}\nJS      {js.describe()}")
        elif type(py.exception).__name__ != type(js.exception).__name__:
            problems.append(
                f"exception type: CPython {py.describe()}, JS {js.describe()}"
            )
        elif messages and str(py.exception) != str(js.exception):
            problems.append(
                f"exception message: CPython {str(py.exception)!r}, "
                f"JS {str(js.exception)!r}"
            )
    else:
        d = differs(py.value, js.value)
        if d:
            problems.append(f"{d}\n" + show_both(py.value, js.value))
    if py.set_props != js.set_props:
        d = differs(py.set_props, js.set_props, "set_props")
        if d:
            problems.append(f"{d}\n" + show_both(py.set_props, js.set_props))
    if py.output != js.output:
        problems.append(
            "printed output differs:\n" + side_by_side(repr(py.output), repr(js.output))
        )
    return problems


def browser_only(outcome: Outcome) -> bool:
    from clientpy.js import BrowserOnlyError

    return isinstance(outcome.exception, BrowserOnlyError)


def assert_same(
    func,
    *args,
    ctx: Any = None,
    messages: bool = False,
    timeout: float | None = None,
) -> Any:
    """Run ``func(*args)`` in CPython and as JavaScript; fail unless both agree.

    They agree when both return values that stand for each other (see
    :func:`clientpy.testing.compare.differs`: ``2`` and ``2.0`` agree, a tuple and a list
    do not) or both raise the same exception type (and message, with ``messages=True``),
    and when they print the same and make the same ``set_props`` calls. ``ctx=`` is as
    for :func:`run_js`, on both sides. Returns the CPython value.
    """
    __tracebackhide__ = True
    problem = not_as_dash_sends(args)
    if problem is not None:
        raise ValueError(f"assert_same: {problem}")
    js = js_outcome(func, *args, ctx=ctx, timeout=timeout)
    py = py_outcome(func, *args, ctx=ctx)
    name = f"{func.__module__}.{func.__qualname__}"
    call_text = _call_text(name, args, ctx)
    if browser_only(py):
        raise AssertionError(
            f"{call_text} touches the browser (clientpy.js) in CPython, so there is "
            "nothing to compare with; check the JavaScript alone with run_js."
        )
    problems = compare_outcomes(py, js, messages)
    if problems:
        js_path = prepare(func, get_engine()).js_path
        raise AssertionError(
            f"CPython and JavaScript disagree on {call_text}:\n  "
            + "\n  ".join(p.replace("\n", "\n  ") for p in problems)
            + f"\n  (JS in {js_path})"
        )
    if py.exception is not None:
        return None
    return py.value


__all__ += ["CallContext", "Prepared", "browser_only", "compare_outcomes", "prepare"]
