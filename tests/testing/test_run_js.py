"""run_js: a callback's JavaScript runs in node and its result comes back as Python."""

import math
import sys
import time

import pytest
from dash import Dash, Input, Output, Patch, no_update
from dash.exceptions import PreventUpdate

from clientpy import TranspileError, clientside
from clientpy.testing import (
    EngineTimeout,
    JSError,
    assert_same,
    get_engine,
    js_outcome,
    run_js,
)


def test_values_come_back_as_python(cb):
    assert run_js(cb.greet, "ada lovelace") == "Hello, Ada Lovelace!"
    assert run_js(cb.greet, "") is no_update
    assert run_js(cb.greet, None) is no_update


def test_multiple_outputs_are_a_tuple_and_no_update_keeps_its_place(cb):
    assert run_js(cb.two_outputs, 3) == (6, (3, 3.5))
    assert type(run_js(cb.two_outputs, 3)) is tuple
    assert run_js(cb.two_outputs, -1) == (no_update, "negative")


def test_containers_keep_their_types(cb):
    value = run_js(cb.shapes, "x")
    assert value == cb.shapes("x")
    assert list(value["ints"]) == [1, 2]  # int keys stay ints
    assert value["set"] == {3}
    assert type(value["tuple"]) is tuple
    assert math.copysign(1, value["nested"][1]["k"]) == -1


def test_prevent_update_is_raised(cb):
    with pytest.raises(PreventUpdate):
        run_js(cb.two_outputs, None)


def test_python_exceptions_are_raised_as_themselves(cb):
    with pytest.raises(KeyError) as info:
        run_js(cb.buy, "scones")
    assert info.value.args == ("scones",)
    with pytest.raises(cb.OutOfStock) as info:
        run_js(cb.buy, "cake")
    assert info.value.args == ("no cake left", 0)
    assert type(info.value) is cb.OutOfStock
    if sys.version_info >= (3, 11):
        assert any("JavaScript of" in note for note in info.value.__notes__)


def test_returned_exception_objects_are_python_exceptions(cb):
    value = run_js(cb.returns_exception, "key")
    assert type(value) is KeyError and value.args == ("k",)
    value = run_js(cb.returns_exception, "value")
    assert type(value) is ValueError and value.args == ("bad", 2)


def test_a_missing_browser_global_is_a_js_error_that_says_so(cb):
    with pytest.raises(JSError) as info:
        run_js(cb.browser_href, "x")
    assert info.value.type_name == "ReferenceError"
    assert "window is not defined" in str(info.value)
    assert "node is not a browser" in str(info.value)


def test_async_functions_are_awaited(cb):
    assert run_js(cb.later, 4, ctx="later") == [4, "later", "later"]


def test_printed_output_is_printed(cb, capsys):
    assert run_js(cb.chatty, 7) == 7
    assert capsys.readouterr().out == "got 7\ntwice|7\n"


def test_set_props_calls_are_recorded_as_dash_merges_them(cb):
    outcome = js_outcome(cb.save, 3, ctx="save")
    assert outcome.value is None
    assert outcome.set_props == {
        "status": {"children": "saved 3", "title": "ok"},
        '{"index":2,"type":"cell"}': {"value": [3, 3]},
    }


def test_set_props_are_taken_when_the_callback_returns(cb):
    """As the bundle applies them (and Dash's server sends them): the props as they
    are when the callback returns, none when it raises."""
    assert js_outcome(cb.edited_after, 3).set_props == {
        "status": {"children": "saved 3"}
    }
    raised = js_outcome(cb.edited_after, -1)
    assert isinstance(raised.exception, ValueError) and raised.set_props == {}
    assert_same(cb.edited_after, 3)
    assert_same(cb.edited_after, -1)


def test_a_patch_comes_back_as_a_patch(cb):
    value = run_js(cb.patch, "Title")
    assert isinstance(value, Patch)
    assert value.to_plotly_json() == cb.patch("Title").to_plotly_json()


def test_any_function_to_js_accepts(cb):
    assert run_js(cb.plain, 1) == {"sum": 3, "ctx": None}
    assert run_js(cb.plain, 1, 5) == {"sum": 6, "ctx": None}


def test_refused_code_raises_the_located_translation_error():
    def uses_os(x):
        import os

        return os.getcwd()

    with pytest.raises(TranspileError) as info:
        run_js(uses_os, 1)
    assert "CP105" in str(info.value)


def test_a_hung_call_times_out_clearly_and_the_engine_recovers(cb):
    started = time.monotonic()
    with pytest.raises(EngineTimeout) as info:
        run_js(cb.spin, 0, timeout=0.5)
    assert time.monotonic() - started < 10
    message = str(info.value)
    assert "spin(0)" in message and "0.5 s" in message
    assert "clientpy_timeout" in message
    assert run_js(cb.greet, "again") == "Hello, Again!"


def test_the_engine_is_one_for_the_session_and_code_is_defined_once(cb):
    engine = get_engine()
    run_js(cb.greet, "a")
    defined = set(engine._defs)
    run_js(cb.greet, "b")
    assert get_engine() is engine
    assert set(engine._defs) == defined


def test_a_callback_declared_inside_a_test():
    @clientside(
        Output("local-out", "children"),
        Input("local-in", "value"),
        app=Dash("clientpy_testing_local"),
    )
    def double(value):
        return value * 2

    assert run_js(double, 21) == 42


def test_a_dead_node_is_started_again(cb):
    engine = get_engine()
    engine._proc.kill()
    engine._proc.wait()
    assert get_engine() is engine
    assert run_js(cb.greet, "back") == "Hello, Back!"
