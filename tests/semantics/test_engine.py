"""The node engine maps JS values back to Python faithfully, and survives hung calls."""

import math
import time

import dash
import pytest
from dash.exceptions import PreventUpdate

from clientpy.testing.engine import (
    PREVENT_UPDATE,
    UNDEFINED,
    EngineTimeout,
    JSDefineError,
    JSErrorValue,
    JSForeign,
    JSFunction,
    JSRaised,
    JSTimedOut,
    NodeEngine,
)


@pytest.fixture(scope="module")
def js():
    with NodeEngine(timeout=2.0) as engine:
        engine.define("identity", "(x) => x")
        yield engine


@pytest.mark.parametrize(
    "value",
    [
        0,
        -7,
        2**53,
        1.5,
        -0.25,
        "",
        "é✓😀",
        None,
        True,
        [],
        [1, [2, [3]]],
        {"a": {"b": [1, None]}},
        (),
        (1, (2, "x")),
        {1, "a"},
        {1: "a", (1, 2): "b", None: 3},
        {"__proto__": 1, "constructor": 2, "toString": 3},
        {"\u0001t": "looks like a tag"},
        UNDEFINED,
        [UNDEFINED, None],
    ],
    ids=repr,
)
def test_round_trip_keeps_types(js, value):
    back = js.call("identity", [value])
    assert back == value
    assert type(back) is type(value)
    if isinstance(value, (list, tuple)):
        assert [type(v) for v in back] == [type(v) for v in value]
    if isinstance(value, dict):
        assert [type(k) for k in back] == [type(k) for k in value]
        assert list(back) == list(value)


def test_special_floats(js):
    assert math.isnan(js.call("identity", [math.nan]))
    assert js.call("identity", [math.inf]) == math.inf
    assert js.call("identity", [-math.inf]) == -math.inf
    neg_zero = js.call("identity", [-0.0])
    assert neg_zero == 0 and math.copysign(1, neg_zero) == -1
    assert math.copysign(1, js.eval("0 * -1")) == -1
    assert math.copysign(1, js.eval("0")) == 1


def test_undefined_is_not_none(js):
    assert js.eval("undefined") is UNDEFINED
    assert js.eval("null") is None
    assert js.eval("[undefined, null]") == [UNDEFINED, None]
    js.define("no_return", "function () {}")
    assert js.call("no_return") is UNDEFINED


def test_js_containers(js):
    assert js.eval("Object.freeze([1, 2])") == (1, 2)
    assert js.eval("[1, 2]") == [1, 2]
    assert js.eval("new Map([[1, 'a'], ['1', 'b']])") == {1: "a", "1": "b"}
    assert js.eval("new Set([1, 2, 2])") == {1, 2}
    assert js.eval("new Map([[Object.freeze([1, 2]), new Set(['x'])]])") == {
        (1, 2): {"x"}
    }
    assert js.eval("2n ** 70n") == 2**70
    assert js.eval("function foo() {}") == JSFunction("foo")
    assert isinstance(js.eval("new Date(0)"), JSForeign)


def test_dash_sentinels(js):
    assert js.eval("Object.freeze({__clientpy_no_update: true})") is dash.no_update
    assert js.eval("Object.freeze({__clientpy_prevent_update: true})") is PREVENT_UPDATE
    js.define(
        "prevent", "() => { throw Object.freeze({__clientpy_prevent_update: true}); }"
    )
    thrown = js.call("prevent")
    assert thrown == PreventUpdate
    assert thrown.is_prevent_update


def test_thrown_exceptions_carry_the_python_name(js):
    js.define(
        "raise_user_error",
        """(msg) => {
            class py_Exception extends Error {}
            class py_KeyError extends py_Exception {}
            class Missing extends py_KeyError {}
            if (msg === 'key') throw new py_KeyError("'k'");
            throw new Missing(msg);
        }""",
    )
    assert js.call("raise_user_error", ["key"]) == JSRaised("KeyError", "'k'")
    assert js.call("raise_user_error", ["gone"]) == JSRaised("Missing", "gone")
    assert js.eval("[].x.y") == JSRaised(
        "TypeError",
        js.eval("(() => { try { [].x.y } catch (e) { return e.message } })()"),
    )
    assert js.eval("undefined_name").type_name == "ReferenceError"
    js.define("recurse", "function r(n) { return r(n + 1) + 1; }")
    assert js.call("recurse", [0]).type_name == "RecursionError"
    assert js.eval("new TypeError('returned')") == JSErrorValue("TypeError", "returned")
    js.define("throw_string", "() => { throw 'text'; }")
    assert js.call("throw_string") == JSRaised("<thrown string>", "text")


def test_promises_are_awaited(js):
    js.define(
        "later",
        "async (x) => { await new Promise((r) => setTimeout(r, 5)); return [x, x * 2]; }",
    )
    js.define("reject", "async () => { await null; throw new RangeError('no'); }")
    results = js.call_many(
        [("later", [2]), ("identity", [1]), ("reject", []), ("later", [3])]
    )
    assert results == [[2, 4], 1, JSRaised("RangeError", "no"), [3, 6]]


def test_console_output_is_captured(js):
    js.define("chatty", "(x) => { console.log('x is', x); return x; }")
    (r,) = js.run_many([("chatty", [5])])
    assert (r.value, r.output) == (5, "x is 5\n")
    assert js.call("identity", [1]) == 1  # the protocol was not disturbed


def test_define_errors_are_reported(js):
    with pytest.raises(JSDefineError, match="SyntaxError"):
        js.define("broken", "(x) => {")
    assert js.call("identity", [3]) == 3


def test_hung_call_times_out_and_engine_recovers():
    with NodeEngine(timeout=0.5) as js:
        js.define("spin", "() => { for (;;) {} }")
        js.define("double", "(x) => 2 * x")
        js.define("never", "() => new Promise(() => {})")
        start = time.monotonic()
        with pytest.raises(EngineTimeout, match="did not finish within 0.5 s"):
            js.call("spin")
        assert time.monotonic() - start < 5
        assert js.call("double", [21]) == 42  # restarted, definitions restored
        with pytest.raises(EngineTimeout):
            js.call("never")
        results = js.call_many([("double", [1]), ("spin", []), ("double", [2])])
        assert results[0] == 2 and results[2] == 4
        assert isinstance(results[1], JSTimedOut)
        assert js.restarts >= 3


def test_a_batch_of_calls_is_one_round_trip(js, monkeypatch):
    # What keeps batches cheap is one request for the whole batch, not one per call
    # (how long it takes is a benchmark's business, not a test's).
    js.define("pair", "(a, b) => [a + b, Object.freeze([a, b])]")
    requests = []
    send = js._request

    def counted(req, timeout):
        requests.append(req["op"])
        return send(req, timeout)

    monkeypatch.setattr(js, "_request", counted)
    results = js.call_many([("pair", [i, 0.5]) for i in range(5000)])
    assert requests == ["call_many"]
    assert len(results) == 5000
    assert results[10] == [10.5, (10, 0.5)]
    assert results[4999] == [4999.5, (4999, 0.5)]
