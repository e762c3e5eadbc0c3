"""Check every ``@clientside`` callback of an app on the examples declared next to it.

A callback's ``examples=`` (``@clientside(..., examples=[(1,), Example(2, ctx="btn")])``)
are run in CPython and, translated, in the engine (all of an app's examples in one round
trip); the two must agree, and give ``expect`` where an example declares one. A callback
without examples must still translate. In a test file, one line checks a whole app::

    from clientpy.testing import app_examples

    test_app = app_examples("app.py")   # or "package.module:app", or the Dash app

Each example is its own test (``test_app[greet:0]``), so a failure names the callback and
the example.
"""

from __future__ import annotations

import inspect
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .compare import describe, differs
from .runner import (
    Outcome,
    browser_only,
    compare_outcomes,
    js_outcomes,
    py_outcome,
)

__all__ = ["ExampleCase", "app_examples", "check_app", "example_cases", "resolve_app"]


@dataclass(frozen=True, eq=False)
class ExampleCase:
    """One example of one callback; ``example`` None means "it translates"."""

    spec: Any  # clientpy.dash.registry.CallbackSpec
    index: int
    example: Any  # clientpy.dash.examples.Example | None

    @property
    def label(self) -> str:
        if self.example is None:
            return "translates"
        return (
            str(self.example.name) if self.example.name is not None else str(self.index)
        )

    @property
    def id(self) -> str:
        return f"{self.spec.func.__qualname__}:{self.label}"

    @property
    def where(self) -> str:
        code = getattr(self.spec.func, "__code__", None)
        if code is None:
            return self.spec.python_name
        return f"{self.spec.python_name} ({code.co_filename}:{code.co_firstlineno})"


# ---- finding the app ------------------------------------------------------------------------


def _split_target(target: str) -> tuple[str, str | None]:
    head, sep, tail = target.rpartition(":")
    if sep and (head.endswith(".py") or (tail.isidentifier() and "/" not in tail)):
        return head, tail
    return target, None


def resolve_app(app: Any, base: str | os.PathLike | None = None):
    """A ``dash.Dash`` from an app, ``"path/to/app.py[:attr]"`` (relative to the working
    directory, else to ``base``) or ``"package.module[:attr]"``.

    A file already imported is not run again: its module (and so its callbacks, the very
    functions a test imported) is used as it is.
    """
    import dash

    from clientpy.dash.build import load_app

    if isinstance(app, dash.Dash):
        return app
    if not isinstance(app, (str, os.PathLike)):
        raise TypeError(
            f"give a Dash app, 'path/to/app.py' or 'package.module', not {app!r}"
        )
    path, attr = _split_target(os.fspath(app))
    if not (path.endswith(".py") or os.sep in path or os.path.isfile(path)):
        return load_app(os.fspath(app))
    file = Path(path)
    if not file.is_absolute() and not file.exists() and base is not None:
        file = Path(base) / file
    file = file.resolve()
    suffix = f":{attr}" if attr else ""
    for name, module in list(sys.modules.items()):
        known = getattr(module, "__file__", None)
        if (
            name != "__main__"
            and known
            and file.exists()
            and os.path.exists(known)
            and os.path.samefile(known, file)
        ):
            return load_app(name + suffix)
    return load_app(str(file) + suffix)


def example_cases(app: Any, base=None) -> list[ExampleCase]:
    """Every example of every ``@clientside`` callback of ``app``, in registration order;
    a callback without examples is one case that it translates."""
    from clientpy.dash.registry import REGISTRY

    dash_app = resolve_app(app, base)
    cases = []
    for spec in REGISTRY.specs_for(dash_app):
        examples = getattr(spec, "examples", ())
        if not examples:
            cases.append(ExampleCase(spec, 0, None))
        for i, example in enumerate(examples):
            cases.append(ExampleCase(spec, i, example))
    return cases


# ---- checking -----------------------------------------------------------------------------


def _expect_problem(outcome: Outcome, expect: Any, side: str) -> str | None:
    if isinstance(expect, type) and issubclass(expect, BaseException):
        if isinstance(outcome.exception, expect):
            return None
        return f"{side} {outcome.describe()}; expected it to raise {expect.__name__}"
    if outcome.exception is not None:
        return f"{side} {outcome.describe()}; expected {describe(expect)}"
    d = differs(expect, outcome.value, "result")
    if d is None:
        return None
    text = f"{side} {outcome.describe()}; expected {describe(expect)}"
    return text if d.startswith("result: ") else f"{text}\n  ({d})"


class AppCheck:
    """The cases of one app; the JavaScript of all of them runs in one batch, once."""

    def __init__(self, cases: list[ExampleCase], timeout: float | None = None):
        self.cases = cases
        self.timeout = timeout
        self._js: dict[int, Any] | None = None
        self._lock = threading.Lock()

    def _js_results(self) -> dict[int, Any]:
        with self._lock:
            if self._js is None:
                calls = []
                for case in self.cases:
                    ex = case.example
                    args = ex.args if ex is not None else None
                    ctx = ex.ctx if ex is not None else None
                    calls.append((case.spec.func, args, ctx, case.spec))
                self._js = self._run(calls)
            return self._js

    def _run(self, calls: list) -> dict[int, Any]:
        runnable = [(i, c) for i, c in enumerate(calls) if c[1] is not None]
        translate_only = [(i, c) for i, c in enumerate(calls) if c[1] is None]
        out: dict[int, Any] = {}
        slots = js_outcomes([c for _, c in runnable], self.timeout)
        for (i, _), slot in zip(runnable, slots):
            out[i] = slot
        for i, (func, _, _, spec) in translate_only:
            out[i] = _translates(func, spec)
        return out

    def problems(self, case: ExampleCase) -> list[str]:
        """What is wrong with ``case`` (empty when it passes)."""
        slot = self._js_results()[self.cases.index(case)]
        if isinstance(slot, BaseException):
            return [_failure_text(slot)]
        ex = case.example
        if ex is None:
            return []
        js = slot
        py = py_outcome(case.spec.func, *ex.args, ctx=ex.ctx, spec=case.spec)
        problems = []
        if browser_only(py):
            if not ex.has_expect:
                problems.append(
                    "it touches the browser (clientpy.js) in CPython, so there is nothing "
                    "to compare the JavaScript with: give the example expect=..."
                )
        else:
            problems += compare_outcomes(py, js)
            if ex.has_expect:
                problems += filter(None, [_expect_problem(py, ex.expect, "CPython")])
        if ex.has_expect:
            problems += filter(None, [_expect_problem(js, ex.expect, "JS")])
        return problems

    def check(self, case: ExampleCase) -> None:
        __tracebackhide__ = True
        problems = self.problems(case)
        if problems:
            raise AssertionError(_report(case, problems))


def _translates(func, spec) -> BaseException | None:
    from .runner import get_engine, prepare

    try:
        prepare(func, get_engine(), spec)
    except Exception as exc:  # noqa: BLE001 - reported as the case's failure
        return exc
    return None


def _failure_text(exc: BaseException) -> str:
    from clientpy.dash.assets import format_failure

    if hasattr(exc, "diagnostics"):
        return format_failure(exc)
    return f"{type(exc).__name__}: {exc}"


def _report(case: ExampleCase, problems: list[str]) -> str:
    ex = case.example
    head = f"{case.where}"
    if ex is not None:
        head += f"\n  example {case.label}: {ex!r}"
    return head + "\n  " + "\n  ".join(p.replace("\n", "\n  ") for p in problems)


def check_app(app: Any, timeout: float | None = None) -> int:
    """Check every example of every callback of ``app``; raise ``AssertionError`` listing
    every failure. Returns how many cases passed."""
    __tracebackhide__ = True
    check = AppCheck(example_cases(app, _caller_dir()), timeout)
    if not check.cases:
        raise AssertionError(f"no @clientside callback belongs to {app!r}")
    reports = []
    for case in check.cases:
        problems = check.problems(case)
        if problems:
            reports.append(_report(case, problems))
    if reports:
        raise AssertionError(
            f"{len(reports)} of {len(check.cases)} clientside examples failed:\n\n"
            + "\n\n".join(reports)
        )
    return len(check.cases)


def _caller_dir() -> str | None:
    here = os.path.abspath(__file__)
    for frame in inspect.stack()[1:]:
        if os.path.abspath(frame.filename) != here:
            return os.path.dirname(os.path.abspath(frame.filename))
    return None


def app_examples(app: Any, *, timeout: float | None = None):
    """A pytest test, parametrized over every example of every ``@clientside`` callback
    of ``app`` (see the module doc). Assign it to a ``test_`` name in a test module."""
    import pytest

    cases = example_cases(app, _caller_dir())
    check = AppCheck(cases, timeout)
    if not cases:
        message = f"no @clientside callback belongs to {app!r}"

        def test_clientside_examples():
            pytest.fail(message, pytrace=False)

        return test_clientside_examples

    @pytest.mark.parametrize("clientpy_example", cases, ids=[c.id for c in cases])
    def test_clientside_examples(clientpy_example):
        problems = check.problems(clientpy_example)
        if problems:
            pytest.fail(_report(clientpy_example, problems), pytrace=False)

    return test_clientside_examples
