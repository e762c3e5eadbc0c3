"""ctx=: what dash.ctx reports during a call, alike in CPython and in the JavaScript."""

import pytest

from clientpy.testing import assert_same, run_js
from clientpy.testing.context import CallContext, build_context


def test_initial_call_nothing_triggered(cb):
    value = assert_same(cb.which, None, None, "t")
    assert value["triggered_id"] is None
    # Dash's falsy stand-in for "nothing triggered", on both sides
    assert value["triggered"] == [{"prop_id": ".", "value": None}]
    assert value["truthy"] is False
    assert value["prop_ids"] == {}
    # the values of the Inputs and States come from the arguments
    assert value["inputs"] == {"left.n_clicks": None, "right.n_clicks": None}
    assert value["states"] == {"clicked.title": "t"}
    assert value["outputs_list"] == {"id": "clicked", "property": "children"}


@pytest.mark.parametrize(
    "ctx",
    [
        "right",
        "right.n_clicks",
        {"triggered_id": "right"},
        {"triggered": ["right.n_clicks"]},
    ],
    ids=["id", "prop_id", "triggered_id", "triggered"],
)
def test_the_forms_of_ctx_name_the_same_trigger(cb, ctx):
    value = assert_same(cb.which, 1, 2, "t", ctx=ctx)
    assert value["triggered_id"] == "right"
    assert value["triggered"] == [{"prop_id": "right.n_clicks", "value": 2}]
    assert value["truthy"] is True
    assert value["prop_ids"] == {"right.n_clicks": "right"}


def test_several_props_triggered(cb):
    value = assert_same(
        cb.which, 1, 2, "t", ctx={"triggered": ["left.n_clicks", ("right", "n_clicks")]}
    )
    assert value["triggered_id"] == "left"
    assert [t["prop_id"] for t in value["triggered"]] == [
        "left.n_clicks",
        "right.n_clicks",
    ]


def test_inputs_and_states_can_be_given(cb):
    ctx = {
        "triggered_id": "left",
        "inputs": {"left.n_clicks": 10},
        "states": {"clicked.title": "from ctx", "other.value": 5},
    }
    value = assert_same(cb.which, 1, 2, "t", ctx=ctx)
    assert value["inputs"] == {"left.n_clicks": 10, "right.n_clicks": 2}
    assert value["states"] == {"clicked.title": "from ctx", "other.value": 5}
    assert value["triggered"] == [{"prop_id": "left.n_clicks", "value": 10}]


def test_pattern_matching_ids(cb):
    ctx = {"triggered_id": {"type": "button", "index": 3}}
    value = assert_same(cb.pattern, 1, ["a", "b"], ctx=ctx)
    assert value["triggered_id"] == {"type": "button", "index": 3}
    assert value["index"] == 3
    assert value["inputs"] == {'{"index":3,"type":"button"}.n_clicks': 1}
    # ALL entries: made-up ids, the wildcard key counting up
    assert value["states"] == {
        '{"index":0,"type":"field"}.value': "a",
        '{"index":1,"type":"field"}.value': "b",
    }
    # the MATCH output takes the triggered id's value
    assert value["outputs_list"] == {
        "id": {"type": "label", "index": 3},
        "property": "children",
    }


def test_ctx_is_read_on_entry_and_survives_await(cb):
    assert assert_same(cb.later, 5, ctx="later") == [5, "later", "later"]


def test_ctx_exists_only_during_the_call(cb, clientpy_engine):
    assert run_js(cb.which, 1, 2, "t", ctx="left")["triggered_id"] == "left"
    assert clientpy_engine.eval("'callback_context' in dash_clientside") is False
    assert run_js(cb.which, 1, 2, "t")["triggered_id"] is None


def test_plain_functions_get_ctx_from_prop_ids(cb):
    assert run_js(cb.plain, 1, ctx="btn.n_clicks") == {"sum": 3, "ctx": "btn"}
    assert assert_same(
        cb.plain, 1, ctx={"inputs": {"btn.n_clicks": 4}, "triggered_id": "btn"}
    ) == {
        "sum": 3,
        "ctx": "btn",
    }


@pytest.mark.parametrize(
    ("ctx", "message"),
    [
        ("nowhere", "no Input with id 'nowhere'"),
        ({"triggered_id": "nowhere"}, "ctx='nowhere.<property>'"),
        ({"triggerd_id": "left"}, "unknown keys ['triggerd_id']"),
        ({"triggered": "left.n_clicks"}, "is a list of prop ids"),
        (42, "ctx= is None"),
        ("left.", "is not a prop id"),
    ],
)
def test_bad_ctx_is_refused_with_a_hint(cb, ctx, message):
    with pytest.raises((TypeError, ValueError), match=None) as info:
        run_js(cb.which, 1, 2, "t", ctx=ctx)
    assert message in str(info.value)


def test_an_id_used_by_several_inputs_needs_the_prop():
    from dash import Dash, Input, Output

    from clientpy import clientside

    @clientside(
        Output("two-props-out", "children"),
        Input("two-props", "value"),
        Input("two-props", "n_submit"),
        app=Dash("clientpy_testing_two_props"),
    )
    def two_props(value, n_submit):
        return value

    with pytest.raises(ValueError, match="say which one"):
        run_js(two_props, "a", 1, ctx="two-props")
    assert run_js(two_props, "a", 1, ctx="two-props.value") == "a"


def test_both_sides_spell_ids_as_their_dash_does():
    context = CallContext(
        inputs_list=[{"id": {"b": 1.0, "a": "é"}, "property": "value", "value": 7}],
        states_list=[],
        outputs_list=[],
        changed=('{"a":"é","b":1}.value',),
    )
    js = context.for_js()
    py = context.for_python()
    # the renderer: JSON.stringify (no escapes, 1.0 is 1); the server: json.dumps
    assert list(js["inputs"]) == ['{"a":"é","b":1}.value']
    assert list(py.input_values) == [r'{"a":"\u00e9","b":1.0}.value']
    assert js["triggered_id"] == {"a": "é", "b": 1}
    assert js["triggered"] == [{"prop_id": '{"a":"é","b":1}.value', "value": 7}]


def test_build_context_of_a_callback(cb):
    context = build_context(cb.which, (1, 2, "t"), "left")
    assert context.changed == ("left.n_clicks",)
    assert context.inputs_list == [
        {"id": "left", "property": "n_clicks", "value": 1},
        {"id": "right", "property": "n_clicks", "value": 2},
    ]
    assert build_context(cb.which, (1, 2, "t"), context) is context


def test_methods_on_what_ctx_holds(cb):
    # ctx's members are Python values: dict.get, str.upper, dict.items on them
    prop = '{"index":1,"type":"del"}.n_clicks'
    value = assert_same(cb.methods_on_ctx, 3, "t", ctx=prop)
    assert value["index"] == 1
    assert value["kind"] == "DEL"
    assert value["inputs"] == [prop]
    assert value["states"] == [("clicked.title", "t")]
    assert value["first"] == prop
    assert value["prop_ids"] == 1
