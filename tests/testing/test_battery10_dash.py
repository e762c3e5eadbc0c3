"""Probes, tenth battery: dash.ctx, Patch and set_props in everyday callbacks; CPython and
the JavaScript must agree on each call."""

import pytest
from clientpy_testing_support import APPS, import_fresh
from dash.exceptions import PreventUpdate

from clientpy.testing import assert_same, js_outcome, py_outcome


@pytest.fixture(scope="module")
def b10():
    return import_fresh(APPS / "battery10.py", "clientpy_testing_battery10")


@pytest.mark.parametrize(
    "args, ctx",
    [
        ((None, None, None), None),
        ((1, None, None), "btn-1"),
        ((1, 2, None), "btn-2.n_clicks"),
        ((1, 2, 5), "btn-3"),
    ],
)
def test_which_button(b10, args, ctx):
    assert_same(b10.which_button, *args, ctx=ctx)


@pytest.mark.parametrize(
    "args, ctx",
    [((None, None), None), ((1, None), "btn-1"), ((1, 3), "btn-2")],
)
def test_old_style_context(b10, args, ctx):
    assert_same(b10.old_style_context, *args, ctx=ctx)


@pytest.mark.parametrize(
    "args, ctx",
    [
        ((1, None, None, "5"), "plus"),
        ((1, 1, None, "5"), "minus"),
        ((1, 1, 1, "5"), "reset"),
        ((1, None, None, None), "plus"),
        ((1, None, None, ""), "plus"),
    ],
)
def test_counter(b10, args, ctx):
    assert_same(b10.counter, *args, ctx=ctx)


def test_counter_initial_call(b10):
    # both sides raise PreventUpdate: assert_same compares the outcomes
    assert_same(b10.counter, None, None, None, "0")
    for outcome in (js_outcome, py_outcome):
        assert isinstance(
            outcome(b10.counter, None, None, None, "0").exception, PreventUpdate
        )


@pytest.mark.parametrize("n", [None, 1, 3])
def test_matched(b10, n):
    assert_same(b10.matched, n, ctx={"triggered_id": {"type": "btn", "index": 4}})


@pytest.mark.parametrize(
    "values, ctx",
    [
        (["a", None, "", 3], {"triggered_id": {"type": "item", "index": 1}}),
        ([], None),
    ],
)
def test_all_items(b10, values, ctx):
    assert_same(b10.all_items, values, ctx=ctx)


@pytest.mark.parametrize(
    "args, ctx",
    [
        (("x", "y"), "a"),
        (("x", "y"), {"triggered": ["a.value", "b.value"]}),
        ((None, None), None),
    ],
)
def test_triggered_props(b10, args, ctx):
    assert_same(b10.triggered_props, *args, ctx=ctx)


@pytest.mark.parametrize("args", [(1, 2.5), (3, None), (2, -1)])
def test_add_point(b10, args):
    assert_same(b10.add_point, *args, ctx="add-point")


@pytest.mark.parametrize(
    "args, ctx", [(("red", None), "color"), ((None, 1), "drop"), ((None, None), None)]
)
def test_restyle(b10, args, ctx):
    assert_same(b10.restyle, *args, ctx=ctx)


@pytest.mark.parametrize("args", [(1, "ann"), (2, ""), (3, None), (4, "o'neil")])
def test_save_and_notify(b10, args):
    assert_same(b10.save_and_notify, *args, ctx="save")


@pytest.mark.parametrize(
    "args, ctx",
    [
        ((1, None), "inc"),
        ((2, {"clicks": 4, "by_id": {"inc": 4}}), "inc"),
        ((None, None), None),
    ],
)
def test_store_counts(b10, args, ctx):
    assert_same(b10.store_counts, *args, ctx=ctx)


@pytest.mark.parametrize(
    "args, ctx", [((None, None), None), ((1, None), "x"), ((1, 4), "y.n_clicks")]
)
def test_helper_reads_ctx(b10, args, ctx):
    assert_same(b10.helper_reads_ctx, *args, ctx=ctx)


@pytest.mark.parametrize("y", [None, "", "abc"])
def test_module_style(b10, y):
    assert_same(b10.module_style, y, ctx="y3")
