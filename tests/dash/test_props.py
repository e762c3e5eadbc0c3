"""Counters Dash sends as an int or None are typed so, and print exactly."""

from dash import ALL, Input, State

from clientpy import compile_function
from clientpy.dash import props


def scaled(n_clicks, label):
    return f"{label}: {(n_clicks or 0) * 10}"


def test_counter_props_are_int_or_none():
    deps = [Input("button", "n_clicks"), State("label", "children")]
    assert props.param_types(scaled, deps) == {"n_clicks": "optint"}


def test_pattern_matching_all_gives_a_list_not_an_int():
    deps = [Input({"type": "b", "index": ALL}, "n_clicks"), State("label", "children")]
    assert props.param_types(scaled, deps) == {}


def test_a_counter_times_an_int_prints_without_refusal():
    code = compile_function(scaled, {"n_clicks": "optint"}).code
    # An int or None: `or 0` is JS's `||`, and the product an exact int.
    assert "py_imul(n_clicks || 0, 10)" in code


def clicked(n: int):
    try:
        return f"clicked {n + 1} times"
    except TypeError as e:
        return "TypeError: " + str(e)


def test_an_int_annotation_on_a_counter_still_sees_none():
    """`n: int` on n_clicks: before the first click Dash sends None, and CPython's
    `n + 1` raises there, so the annotation does not make it a plain JS `+`."""
    from clientpy.testing.engine import NodeEngine
    from clientpy.transpile.bundle import function_expression

    compiled = compile_function(clicked, {"n": "optint"})
    with NodeEngine(timeout=5.0) as engine:
        engine.define("f", function_expression(compiled))
        assert engine.call("f", [None]) == clicked(None)
        assert engine.call("f", [3]) == clicked(3) == "clicked 4 times"
