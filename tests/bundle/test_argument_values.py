"""Arguments as a server callback gets them through JSON: a cleared number input's NaN,
an infinity and an unset prop are None, also inside the list an ALL or ALLSMALLER
dependency gives (the renderer passes those lists as it holds them)."""

from __future__ import annotations

from dash import ALL, ALLSMALLER, Input, State

from clientpy.api import compile_function
from clientpy.dash.props import value_lists
from clientpy.transpile.bundle import BundleEntry, build_bundle

from . import result_shape_samples as samples
from .test_dash_state import run_node


def _call(func, args_js: str, lists=()):
    entry = BundleEntry(
        "ns", "f", compile_function(func, for_dash=True), None, None, lists
    )
    script = (
        "globalThis.window = globalThis;\n"
        + build_bundle([entry]).code
        + f"\nconsole.log(JSON.stringify(window.dash_clientside.ns.f({args_js})));\n"
    )
    return run_node(script)


def test_list_positions_from_dependencies():
    deps = [
        Input("a", "value"),
        Input({"type": "q", "index": ALL}, "value"),
        State({"type": "q", "index": ALLSMALLER}, "value"),
        State("b", "data"),
    ]
    assert value_lists(deps) == (1, 2)


def test_nan_and_unset_values_in_an_all_list_are_none():
    got = _call(samples.total, "[1, NaN, undefined, 2, Infinity]", lists=(0,))
    assert got == [3, [1, 2, 4]]


def test_top_level_nan_and_infinity_are_none():
    for value in ("NaN", "undefined", "Infinity", "-Infinity"):
        assert _call(samples.is_none, value) is True
    assert _call(samples.is_none, "0") is False


def test_a_copied_argument_has_none_for_nan_inside():
    assert _call(samples.sort_copy, "[NaN, 1, undefined]") == [1, None, None]
