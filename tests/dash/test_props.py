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
