"""Differential harness: a case function runs in CPython and, through ``clientpy.to_js``,
in node; the two outcomes (value or raised exception, plus printed output) must agree.

Case files are ``tests/cases/semantics/*.py``. Every top-level function followed by
``# inputs: [json, args]`` comment lines is a case, once per line. Other top-level
functions and constants are helpers the cases may use. Lines that may follow a case:

    # inputs: [1, "a"]        arguments as a JSON array
    # inputs-undef: [null]    the same, but a top-level null reaches JS as `undefined`
                              (an unset Dash prop); CPython gets None
    # messages                exception messages must match too, not only the type
"""

from __future__ import annotations

import ast
import asyncio
import concurrent.futures
import contextlib
import copy
import importlib.util
import inspect
import io
import json
import math
import re
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from dash import no_update

from clientpy.testing.engine import (
    UNDEFINED,
    CallResult,
    JSDefineError,
    JSErrorValue,
    JSFunction,
    JSRaised,
    JSTimedOut,
    NodeEngine,
)

CASES_DIR = Path(__file__).resolve().parents[1] / "cases" / "semantics"
JS_DUMP_DIR = Path(tempfile.gettempdir()) / "clientpy-semantics-js"

_DIRECTIVE = re.compile(r"^#\s*(inputs|inputs-undef)\s*:\s*(.*)$")
_MESSAGES = re.compile(r"^#\s*messages\s*$")


@dataclass(frozen=True)
class Case:
    path: Path
    func: str
    index: int
    line: int  # of the inputs line
    raw: str  # the JSON text of the arguments
    undef: bool
    messages: bool

    @property
    def id(self) -> str:
        return f"{self.path.stem}::{self.func}[{self.index}]"

    def py_args(self) -> list:
        """The arguments as a Dash server callback gets them from the browser."""
        return as_dash_sends(json.loads(self.raw))

    def js_args(self) -> list:
        args = json.loads(self.raw)
        if self.undef:
            args = [UNDEFINED if a is None else a for a in args]
        return args


def as_dash_sends(value):
    """`value` as Python has it when the browser sends it: the browser holds it as JS
    values, and its JSON is what Python reads.

    JS has one number type, and JSON.stringify writes an integral number below 1e21
    without a fraction or exponent, so Python reads an int (`[2.0]` in a case's inputs
    is the int 2); from 1e21 up it is written with an exponent and read as a float
    (`[1000000000000000000000]` is the float 1e21).
    -0.0 stays a float: Dash's JSON never sends it, but `to_js`'s function may be given
    it, and takes it for Python's -0.0, as no int is negative zero. A JS object lists
    its array-index keys ("7", not "07") first and ascending, so the JSON, and the dict
    Python reads, has them first."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return value if value == 0 and math.copysign(1, value) < 0 else int(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1e21:
        return float(value)
    if isinstance(value, list):
        return [as_dash_sends(v) for v in value]
    if isinstance(value, dict):
        indexes = sorted((k for k in value if _is_array_index(k)), key=int)
        keys = [*indexes, *(k for k in value if not _is_array_index(k))]
        return {k: as_dash_sends(value[k]) for k in keys}
    return value


def _is_array_index(key: str) -> bool:
    return re.fullmatch(r"0|[1-9][0-9]{0,9}", key) is not None and int(key) < 2**32 - 1


def run_coroutine(coro):
    """asyncio.run in a thread of its own: the browser tests' Playwright keeps an event
    loop running in the main thread for the whole session."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _top_level_start(node: ast.stmt) -> int:
    decorators = getattr(node, "decorator_list", None) or []
    return min([node.lineno] + [d.lineno for d in decorators])


def parse_case_file(path: Path) -> list[Case]:
    """The cases of one file, in source order."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    body = ast.parse(text, filename=str(path)).body
    cases: list[Case] = []
    for i, node in enumerate(body):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        end = _top_level_start(body[i + 1]) - 1 if i + 1 < len(body) else len(lines)
        region = range(
            node.end_lineno, end
        )  # 0-based indexes of the lines after the def
        messages = any(_MESSAGES.match(lines[j].strip()) for j in region)
        index = 0
        for j in region:
            stripped = lines[j].strip()
            m = _DIRECTIVE.match(stripped)
            if m is None:
                if stripped.startswith("#") and re.match(r"#\s*input", stripped):
                    raise ValueError(
                        f"{path}:{j + 1}: malformed inputs line: {stripped}"
                    )
                continue
            try:
                args = json.loads(m.group(2))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{j + 1}: inputs are not JSON: {e}") from None
            if node.name.startswith("_"):
                raise ValueError(
                    f"{path}:{j + 1}: inputs after helper {node.name}; move them"
                )
            if not isinstance(args, list):
                raise TypeError(f"{path}:{j + 1}: inputs must be a JSON array")
            cases.append(
                Case(
                    path=path,
                    func=node.name,
                    index=index,
                    line=j + 1,
                    raw=m.group(2),
                    undef=m.group(1) == "inputs-undef",
                    messages=messages,
                )
            )
            index += 1
    _check_every_line_used(path, lines, body, cases)
    return cases


def _check_every_line_used(path: Path, lines, body, cases: list[Case]) -> None:
    """An inputs line no case function reads, or a case function with no inputs that
    nothing calls, is a probe that never runs: an error, not a silent pass."""
    used = {c.line for c in cases}
    for j, line in enumerate(lines):
        if _DIRECTIVE.match(line.strip()) and j + 1 not in used:
            raise ValueError(
                f"{path}:{j + 1}: inputs after no case function (a constant, class or "
                "helper stands between the case and its inputs); move it above the case"
            )
    with_inputs = {c.func for c in cases}
    named = {
        n.id
        for n in ast.walk(ast.Module(body=body, type_ignores=[]))
        if isinstance(n, ast.Name)
    }
    for node in body:
        if (
            isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and not node.name.startswith("_")
            and node.name not in with_inputs
            and node.name not in named
        ):
            raise ValueError(
                f"{path}:{node.lineno}: case function {node.name} has no inputs line"
            )


def all_cases() -> list[Case]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.py")):
        cases.extend(parse_case_file(path))
    return cases


def load_module(path: Path):
    name = f"clientpy_semantic_cases.{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# ---- outcomes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Raised:
    type_name: str
    message: str

    def __str__(self) -> str:
        return f"raised {self.type_name}({self.message!r})"


@dataclass(frozen=True)
class Returned:
    value: Any

    def __str__(self) -> str:
        return f"returned {self.value!r}"


@dataclass(frozen=True)
class Outcome:
    result: Any  # Returned | Raised
    output: str = ""


def run_python(func, args: list) -> Outcome:
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            if inspect.iscoroutinefunction(func):
                value = run_coroutine(func(*args))
            else:
                value = func(*args)
    except Exception as e:  # noqa: BLE001 - every raised exception is an outcome
        return Outcome(Raised(type(e).__name__, str(e)), buf.getvalue())
    return Outcome(Returned(value), buf.getvalue())


def js_outcome(res: CallResult) -> Outcome:
    if isinstance(res.value, JSRaised):
        return Outcome(Raised(res.value.type_name, res.value.message), res.output)
    return Outcome(Returned(res.value), res.output)


# ---- comparing values -------------------------------------------------------------------------

_NUMBER = (int, float)


def _is_number(x: Any) -> bool:
    return isinstance(x, _NUMBER) and not isinstance(x, bool)


def differs(py: Any, js: Any, path: str = "result") -> str | None:
    """None when the JS value stands for the CPython value, else where and how they differ.

    Numbers compare by value (JS has one number type: 1 and 1.0 agree), except that a float
    zero must keep its sign; bools only equal bools; a tuple is not a list; dicts compare
    keys (with their types) in order; ``undefined`` is never ``None``.
    """
    if isinstance(py, bool) or isinstance(js, bool):
        if type(py) is bool and type(js) is bool and py == js:
            return None
        return f"{path}: {py!r} != {js!r}"
    if _is_number(py):
        if not _is_number(js):
            return (
                f"{path}: {py!r} ({type(py).__name__}) != {js!r} ({type(js).__name__})"
            )
        if isinstance(py, float) and type(js) is int and abs(js) > 2**53:
            # A JS number past 2**53 crosses JSON in its shortest digits, which Python
            # reads as an exact int: the double it stands for is float() of it.
            js = float(js)
        if isinstance(py, float) and math.isnan(py):
            return (
                None
                if isinstance(js, float) and math.isnan(js)
                else f"{path}: nan != {js!r}"
            )
        if (
            type(py) is int
            and type(js) is int
            and abs(js) > 2**53
            and float(py) == py
            and float(js) == py
        ):
            return None  # that double, as above (int(1e19) is exact in both)
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
        if type(js) is not type(py):
            return f"{path}: {type(py).__name__} {py!r} != {type(js).__name__} {js!r}"
        if len(py) != len(js):
            return f"{path}: length {len(py)} != {len(js)}: {py!r} != {js!r}"
        for i, (a, b) in enumerate(zip(py, js)):
            d = differs(a, b, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(py, dict):
        if not isinstance(js, dict):
            return f"{path}: dict {py!r} != {type(js).__name__} {js!r}"
        pk, jk = list(py), list(js)
        if len(pk) != len(jk) or any(differs(a, b) for a, b in zip(pk, jk)):
            return f"{path}: keys {pk!r} != {jk!r}"
        for a, b in zip(pk, jk):
            d = differs(py[a], js[b], f"{path}[{a!r}]")
            if d:
                return d
        return None
    if isinstance(py, (set, frozenset)):
        if not isinstance(js, set) or len(py) != len(js) or set(py) != js:
            return f"{path}: {py!r} != {js!r}"
        return None
    if py is no_update:
        return None if js is no_update else f"{path}: no_update != {js!r}"
    if isinstance(py, BaseException):
        if isinstance(js, JSErrorValue) and js.type_name == type(py).__name__:
            return None
        return f"{path}: exception {py!r} != {js!r}"
    if callable(py):
        return None if isinstance(js, JSFunction) else f"{path}: function != {js!r}"
    return f"{path}: no comparison for {type(py).__name__} {py!r} vs {js!r}"


def compare(py: Outcome, js: Outcome, messages: bool) -> str | None:
    p, j = py.result, js.result
    problem = None
    if isinstance(p, Raised) and isinstance(j, Raised):
        if p.type_name != j.type_name:
            problem = f"exception type: CPython {p}, JS {j}"
        elif messages and p.message != j.message:
            problem = f"exception message: CPython {p.message!r}, JS {j.message!r}"
    elif isinstance(p, Raised) or isinstance(j, Raised):
        problem = f"CPython {p}, JS {j}"
    elif isinstance(j.value, JSTimedOut):
        problem = f"JS call did not finish within {j.value.seconds:g} s; CPython {p}"
    else:
        d = differs(p.value, j.value)
        if d:
            problem = f"{d}\n  CPython {p}\n  JS      {j}"
    if problem is None and py.output != js.output:
        problem = f"printed output: CPython {py.output!r}, JS {js.output!r}"
    return problem


def _dump_js(case_key: str, code: str) -> Path:
    JS_DUMP_DIR.mkdir(parents=True, exist_ok=True)
    path = JS_DUMP_DIR / (re.sub(r"[^\w.-]", "_", case_key) + ".js")
    path.write_text(code, encoding="utf-8")
    return path


# ---- running one case file as a batch ----------------------------------------------------------


@dataclass
class FileRun:
    outcomes: dict[tuple[str, int], tuple[Outcome, Outcome | str]] = field(
        default_factory=dict
    )
    js_paths: dict[str, Path] = field(default_factory=dict)
    error: str | None = None


class SemanticRunner:
    """Runs each case file once per session: CPython directly, JS in one engine batch."""

    def __init__(self, engine: NodeEngine):
        self.engine = engine
        self._runs: dict[Path, FileRun] = {}

    def run_file(self, path: Path, cases: list[Case]) -> FileRun:
        if path not in self._runs:
            self._runs[path] = self._run(path, cases)
        return self._runs[path]

    def _run(self, path: Path, cases: list[Case]) -> FileRun:
        run = FileRun()
        try:
            import clientpy

            to_js = clientpy.to_js
            transpile_error = clientpy.TranspileError
        except (ImportError, AttributeError) as e:
            run.error = (
                f"clientpy.to_js / clientpy.TranspileError are not available: {e}"
            )
            return run
        try:
            module = load_module(path)
        except Exception:  # noqa: BLE001 - reported as the failure of every case
            run.error = f"cannot import {path.name}:\n{traceback.format_exc()}"
            return run

        refused: dict[str, str] = {}
        for name in dict.fromkeys(c.func for c in cases):
            key = f"{path.stem}::{name}"
            func = getattr(module, name)
            try:
                code = to_js(func)
            except transpile_error as e:
                refused[name] = f"to_js refused it:\n{e}"
                continue
            except Exception:  # noqa: BLE001 - a compiler crash is that case's failure
                refused[name] = f"to_js crashed:\n{traceback.format_exc()}"
                continue
            run.js_paths[name] = _dump_js(key, code)
            try:
                self.engine.define(key, code)
            except JSDefineError as e:
                refused[name] = f"node cannot evaluate the output of to_js: {e}"

        todo = [c for c in cases if c.func not in refused]
        results = self.engine.run_many(
            [(f"{path.stem}::{c.func}", c.js_args()) for c in todo]
        )
        js_by_case = {(c.func, c.index): r for c, r in zip(todo, results)}
        for c in cases:
            py = run_python(getattr(module, c.func), copy.deepcopy(c.py_args()))
            js = refused.get(c.func) or js_outcome(js_by_case[(c.func, c.index)])
            run.outcomes[(c.func, c.index)] = (py, js)
        return run


def check_case(runner: SemanticRunner, case: Case, cases_of_file: list[Case]) -> None:
    """Fail the running test, with a readable message, when CPython and JS disagree."""
    run = runner.run_file(case.path, cases_of_file)
    where = f"{case.path.name}:{case.line} {case.func}(*{case.raw})"
    if run.error:
        pytest.fail(f"{where}\n{run.error}", pytrace=False)
    py, js = run.outcomes[(case.func, case.index)]
    if isinstance(js, str):
        pytest.fail(f"{where}\n  {js}\n  (CPython {py.result})", pytrace=False)
    problem = compare(py, js, case.messages)
    if problem:
        js_file = run.js_paths.get(case.func)
        pytest.fail(f"{where}\n  {problem}\n  JS in {js_file}", pytrace=False)
