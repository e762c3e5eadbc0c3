"""dash.set_props from a callback: a server callback's side updates go out with its
response, so none reach the page when it raises (PreventUpdate included), and each
as its props are when it returns. The bundle's wrapper keeps them until then."""

from __future__ import annotations

from clientpy.api import compile_function

from . import side_update_samples as samples
from .test_dash_state import run_in_bundle

# node has no Dash: record what reaches dash_clientside.set_props
RECORD = """
const applied = [];
window.dash_clientside.set_props = (id, props) => applied.push([id, JSON.parse(JSON.stringify(props))]);
function outcome(f, ...args) {
  applied.length = 0;
  let value, raised = null;
  try { value = f(...args); } catch (e) { raised = e === window.dash_clientside.PreventUpdate ? "PreventUpdate" : String(e.message).split(" (")[0]; }
  return {value: value === undefined ? null : value, raised, applied: applied.slice()};
}
"""


def _run(func, *calls):
    compiled = {func.__name__: compile_function(func, for_dash=True)}
    body = RECORD + "console.log(JSON.stringify(["
    body += ", ".join(f"outcome(ns.{func.__name__}, {a})" for a in calls)
    body += "]));"
    prevent = "window.dash_clientside.PreventUpdate = {description: 'PreventUpdate'};\n"
    return run_in_bundle(compiled, prevent + body)


def test_applied_when_the_callback_returns():
    ok, prevented = _run(samples.notify_then_prevent, 1, 2)
    assert ok == {
        "value": 1,
        "raised": None,
        "applied": [["toast", {"children": "saved 1"}]],
    }
    assert prevented == {"value": None, "raised": "PreventUpdate", "applied": []}


def test_dropped_when_the_callback_raises():
    (failed,) = _run(samples.notify_then_fail, 1)
    assert failed["raised"] == "KeyError: 'b'"
    assert failed["applied"] == []


def test_props_as_they_are_when_the_callback_returns():
    (done,) = _run(samples.notify_then_change, 3)
    assert done["applied"] == [["store", {"data": [3, 4]}]]


def test_made_in_a_helper_and_kept_in_order():
    (done,) = _run(samples.notify_through_helper, 5)
    assert done["applied"] == [
        ["toast", {"children": "5 rows"}],
        ["toast", {"children": "last"}],
    ]
