"""Counters Dash sends as an int or None are typed so, and print exactly."""

import functools
import inspect

import pytest
from dash import ALL, Input, State

from clientpy import compile_function
from clientpy.dash import props


def scaled(n_clicks, label):
    return f"{label}: {(n_clicks or 0) * 10}"


def test_counter_props_are_int_or_none():
    deps = [Input("button", "n_clicks"), State("label", "children")]
    assert props.param_types(scaled, deps) == {"n_clicks": "optint"}


def since(modified, now):
    return f"{((now or 0) - (modified or 0)) // 1000} s ago"


def test_a_store_s_modified_timestamp_is_an_int():
    deps = [Input("store", "modified_timestamp"), Input("clock", "n_intervals")]
    assert props.param_types(since, deps) == {"modified": "optint", "now": "optint"}
    compile_function(since, props.param_types(since, deps))  # printed: not refused


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


def _none():
    pass


def _two(a, b):
    pass


def _default(a, b=1):
    pass


def _positional_only(a, /, b, c=2):
    pass


def _rest(a, *rest):
    pass


def _keyword(a, *, key):
    pass


def _keyword_default(a, *, key=1, **more):
    pass


SIGNATURES = [
    _none,
    _two,
    _default,
    _positional_only,
    _rest,
    _keyword,
    _keyword_default,
    lambda a, b=1: 0,
]


@pytest.mark.parametrize("func", SIGNATURES)
def test_positional_names_agree_with_inspect(func):
    """Read from the code object, for @clientside's start-up: exactly the calls that
    `inspect.signature(f).bind` accepts, and its positional parameters."""
    signature = inspect.signature(func)
    for n_args in range(4):
        try:
            signature.bind(*range(n_args))
        except TypeError:
            assert props.positional_names(func, n_args) is None
            continue
        expected = [
            p.name
            for p in signature.parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
        assert list(props.positional_names(func, n_args)) == expected


def test_positional_names_leave_wrappers_to_inspect():
    @functools.wraps(scaled)
    def wrapper(*args):
        return scaled(*args)

    assert props.positional_names(wrapper, 2) is None
