"""A result that does not fit the callback's Outputs is an error, as Dash's server
makes it (InvalidCallbackReturnValue, nothing updated), where the renderer alone would
pair the Outputs with whatever came: a str for two Outputs would set a character each.
"""

from __future__ import annotations

import json

import pytest
from dash import ALL, Output

from clientpy.api import compile_function
from clientpy.dash.props import result_shape
from clientpy.transpile.bundle import BundleEntry, build_bundle

from . import result_shape_samples as samples
from .test_dash_state import run_node

TWO = result_shape([Output("a", "children"), Output("b", "children")])
ONE_IN_LIST = result_shape([Output("a", "children")])
NONE = result_shape([])
ALL_ALONE = result_shape(Output({"type": "row", "index": ALL}, "children"))
ALL_AND_PLAIN = result_shape(
    [Output({"type": "row", "index": ALL}, "children"), Output("b", "children")]
)

# outputs_list as the renderer sets it: one entry per Output, a list for an ALL one
ROWS = [{"id": {"type": "row", "index": i}, "property": "children"} for i in range(2)]
PLAIN = {"id": "b", "property": "children"}


def test_shapes_from_outputs():
    assert result_shape(Output("a", "children")) is None
    assert TWO == (True, (False, False))
    assert ONE_IN_LIST == (True, (False,))
    assert NONE == (True, ())
    assert ALL_ALONE == (False, (True,))
    assert ALL_AND_PLAIN == (True, (True, False))


def _outcome(func, shape, outputs_list, value) -> dict:
    """What the bundle's function gives the renderer for a callback returning
    `value`: {"value": ...}, {"error": "Name: message"} or {"no_update": true}."""
    entry = BundleEntry("ns", "f", compile_function(func, for_dash=True), None, shape)
    script = (
        "globalThis.window = globalThis;\n"
        "window.dash_clientside = {no_update: {description: 'no_update'}};\n"
        + build_bundle([entry]).code
        + f"\nconst value = {json.dumps(value)};\n"
        + "const arg = value === '<no_update>' ? window.dash_clientside.no_update : value;\n"
        + f"window.dash_clientside.callback_context = {{outputs_list: {json.dumps(outputs_list)}}};\n"
        + """
function report(r) {
  if (r === window.dash_clientside.no_update) return {no_update: true};
  return {value: r === undefined ? null : r};
}
Promise.resolve()
  .then(() => window.dash_clientside.ns.f(arg))
  .then((r) => console.log(JSON.stringify(report(r))),
        (e) => console.log(JSON.stringify({error: String(e.name) + ": " + String(e.message)})));
"""
    )
    return run_node(script)


CASES = [
    # (shape, outputs_list, returned, expected: "ok", "no_update" or an error's start)
    (TWO, [PLAIN, PLAIN], ["x", "y"], "ok"),
    (TWO, [PLAIN, PLAIN], "xy", "InvalidCallbackReturnValue: The callback is a multi"),
    (
        TWO,
        [PLAIN, PLAIN],
        ["x"],
        "InvalidCallbackReturnValue: Invalid number of output",
    ),
    (TWO, [PLAIN, PLAIN], {"a": 1}, "InvalidCallbackReturnValue: The callback is a"),
    (TWO, [PLAIN, PLAIN], None, "InvalidCallbackReturnValue: The callback is a multi"),
    (TWO, [PLAIN, PLAIN], "<no_update>", "no_update"),
    (ONE_IN_LIST, [PLAIN], "Hello", "InvalidCallbackReturnValue: The callback is a"),
    (ONE_IN_LIST, [PLAIN], ["Hello"], "ok"),
    (NONE, [], None, "ok"),
    (NONE, [], 5, "InvalidCallbackReturnValue: No-output callback received return"),
    (ALL_ALONE, ROWS, ["a", "b"], "ok"),
    (ALL_ALONE, ROWS, "ab", "InvalidCallbackReturnValue: The callback output 0 is a"),
    (ALL_ALONE, ROWS, ["a"], "InvalidCallbackReturnValue: Invalid number of output"),
    # as the server has it: an ALL Output's value must be a list
    (ALL_ALONE, ROWS, "<no_update>", "InvalidCallbackReturnValue: The callback output"),
    (ALL_AND_PLAIN, [ROWS, PLAIN], [["a", "b"], "c"], "ok"),
    (ALL_AND_PLAIN, [ROWS, PLAIN], ["ab", "c"], "InvalidCallbackReturnValue: The"),
    (ALL_AND_PLAIN, [ROWS, PLAIN], [["a", "b", "c"], "c"], "InvalidCallbackReturn"),
]


@pytest.mark.parametrize("func", [samples.echo, samples.echo_later])
@pytest.mark.parametrize("shape, outputs_list, returned, expected", CASES)
def test_results_checked_as_the_server_checks_them(
    func, shape, outputs_list, returned, expected
):
    got = _outcome(func, shape, outputs_list, returned)
    if expected == "ok":
        assert got == {"value": returned}
    elif expected == "no_update":
        assert got == {"no_update": True}
    else:
        assert got.get("error", "").startswith(expected), got


def test_no_update_inside_a_list_of_outputs_passes():
    got = _outcome(samples.greet_twice, TWO, [PLAIN, PLAIN], "Ada")
    assert got == {"value": ["Hello Ada", {"description": "no_update"}]}


def test_a_plain_output_takes_any_value():
    assert _outcome(samples.echo, None, PLAIN, "xy") == {"value": "xy"}
