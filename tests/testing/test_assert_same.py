"""assert_same: CPython and the JavaScript agree, or the test fails saying how."""

import math
from pathlib import Path

import pytest
from dash import Patch, no_update
from dash.exceptions import PreventUpdate

from clientpy.testing import assert_same, get_engine, runner
from clientpy.testing.compare import dash_json, differs
from clientpy.testing.engine import JSForeign, JSFunction


@pytest.mark.parametrize(
    ("name", "args", "ctx"),
    [
        ("greet", ("ada",), None),
        ("greet", ("",), None),
        ("two_outputs", (4,), None),
        ("two_outputs", (-4,), None),
        ("two_outputs", (None,), None),
        ("shapes", ("x",), None),
        ("buy", ("tea",), None),
        ("buy", ("cake",), None),
        ("buy", ("scones",), None),
        ("returns_exception", ("key",), None),
        ("chatty", ("hi",), None),
        ("save", (2,), "save"),
        ("patch", ("t",), None),
        ("checked", (1.5,), None),
    ],
)
def test_agreeing_calls_pass(cb, name, args, ctx):
    func = getattr(cb, name)
    value = assert_same(func, *args, ctx=ctx)
    try:
        expected = func(*args)
    except Exception:  # noqa: BLE001 - a raising call returns None
        expected = None
    assert differs(expected, value) is None


@pytest.fixture
def js_instead(monkeypatch, tmp_path):
    """Make the JavaScript of a function some other code, to see disagreements."""

    def use(func, code: str):
        engine = get_engine()
        key = f"replacement:{func.__qualname__}:{abs(hash(code))}"
        engine.define(key, code)
        path = tmp_path / "replacement.js"
        path.write_text(code)
        real = runner.prepare

        def prepare(f, engine, spec=None):
            if f is func:
                return runner.Prepared(f.__qualname__, key, Path(path))
            return real(f, engine, spec)

        monkeypatch.setattr(runner, "prepare", prepare)

    return use


def double(x):
    return x * 2


def pair(x):
    return (x, x)


def long_list(n):
    return [{"index": i, "label": f"item {i}"} for i in range(n)]


def scaled(x):
    return x * 1e19


def fails(x):
    return {"a": 1}[x]


def noisy(x):
    print("value", x)
    return x


def test_arguments_dash_cannot_send_are_refused():
    """JavaScript cannot be handed 2.0 as a float, nor can a callback get it from
    Dash: a comparison with CPython given 2.0 would fail for no fault of the code."""
    with pytest.raises(ValueError, match=r"argument 1 holds 2.0, .* pass 2$"):
        assert_same(double, 2.0)
    with pytest.raises(ValueError, match=r"argument 1 holds -inf at \[1\], .* None$"):
        assert_same(noisy, [1.5, float("-inf")])
    assert assert_same(double, 2.5) == 5.0
    # From 1e21 on JSON writes an integral float as one (1e+21): Dash sends it so
    assert assert_same(double, 1e21) == 2e21


def test_a_number_past_2_53_stands_for_the_double_it_is():
    """JSON.stringify writes a JS number past 2**53 with its shortest digits, which
    name another int than the double: the double's own value is compared."""
    assert assert_same(scaled, 4.456685163423838) == 4.456685163423838e19


def test_a_different_value_is_shown_with_its_path(js_instead):
    js_instead(double, "(x) => x * 3")
    with pytest.raises(AssertionError) as info:
        assert_same(double, 2)
    text = str(info.value)
    assert text.startswith("CPython and JavaScript disagree on ")
    assert "double(2)" in text
    assert "result: 4 != 6" in text
    assert "CPython: 4" in text and "JS:      6" in text
    assert "replacement.js" in text


def test_a_list_is_not_a_tuple(js_instead):
    js_instead(pair, "(x) => [x, x]")
    with pytest.raises(
        AssertionError, match=r"result: tuple \(1, 1\) != list \[1, 1\]"
    ):
        assert_same(pair, 1)


def test_long_values_are_shown_as_a_diff(js_instead):
    js_instead(
        long_list,
        "(n) => Array.from({length: n}, (_, i) => "
        "new Map([['index', i], ['label', i === 7 ? 'item seven' : 'item ' + i]]))",
    )
    with pytest.raises(AssertionError) as info:
        assert_same(long_list, 10)
    text = str(info.value)
    assert "result[7]['label']: 'item 7' != 'item seven'" in text
    assert "--- CPython" in text and "+++ JS" in text
    assert "- {'index': 7, 'label': 'item 7'}," in text
    assert "+ {'index': 7, 'label': 'item seven'}," in text


def test_raising_on_one_side_only(js_instead):
    js_instead(fails, "(x) => 1")
    with pytest.raises(AssertionError) as info:
        assert_same(fails, "b")
    text = str(info.value)
    assert "CPython raised KeyError: 'b'" in text
    assert "JS      returned 1" in text


KEY_ERROR_JS = """(x) => {
  class py_KeyError extends Error {
    constructor(...args) { super(); this.args = Object.freeze(args); }
  }
  throw new py_KeyError("other");
}"""


def test_exception_types_must_match(js_instead):
    js_instead(fails, "(x) => { throw new TypeError('no such key') }")
    with pytest.raises(AssertionError, match="exception type: CPython raised KeyError"):
        assert_same(fails, "b")


def test_exception_messages_are_compared_when_asked(js_instead):
    js_instead(fails, KEY_ERROR_JS)
    assert assert_same(fails, "b") is None
    with pytest.raises(AssertionError) as info:
        assert_same(fails, "b", messages=True)
    assert "exception message: CPython \"'b'\", JS \"'other'\"" in str(info.value)


def test_printed_output_is_compared(js_instead):
    js_instead(noisy, "(x) => { console.log('value', x + 1); return x; }")
    with pytest.raises(AssertionError) as info:
        assert_same(noisy, 1)
    text = str(info.value)
    assert "printed output differs" in text
    assert "'value 1\\n'" in text and "'value 2\\n'" in text


def test_set_props_are_compared(cb, js_instead):
    js_instead(
        cb.save,
        "(n) => { dash_clientside.set_props('status', {children: 'saved ' + n}); "
        "return null; }",
    )
    with pytest.raises(AssertionError) as info:
        assert_same(cb.save, 1, ctx="save")
    text = str(info.value)
    assert (
        "set_props: keys ['status', '{\"index\":2,\"type\":\"cell\"}'] != ['status']"
        in text
    )


def test_a_function_that_needs_the_browser_is_explained(cb):
    with pytest.raises(AssertionError, match="touches the browser"):
        assert_same(cb.browser_href, 1)


def test_prevent_update_on_both_sides(cb):
    assert assert_same(cb.checked, None) is None


# ---- differs: what "stands for" means ------------------------------------------------------


@pytest.mark.parametrize(
    ("py", "js"),
    [
        (2.0, 2),
        (2, 2.0),
        (math.nan, math.nan),
        ({"a": [1, (2, 3)]}, {"a": [1, (2, 3)]}),
        ({1, 2}, {2, 1}),
        (no_update, no_update),
        (PreventUpdate, PreventUpdate),
        (KeyError("k"), KeyError("k")),
        (len, JSFunction("len")),
    ],
)
def test_values_that_agree(py, js):
    assert differs(py, js) is None


@pytest.mark.parametrize(
    ("py", "js", "text"),
    [
        (1, True, "result: 1 != True"),
        (-0.0, 0.0, "sign of zero"),
        (None, "None", "result: None != 'None'"),
        ((1,), [1], "tuple (1,) != list [1]"),
        ({"a": 1, "b": 2}, {"b": 2, "a": 1}, "same keys in another order"),
        ({1: "x"}, {"1": "x"}, "keys [1] != ['1']"),
        ([1, 2], [1, 2, 3], "length 2 != 3"),
        (KeyError("a"), KeyError("b"), """KeyError("'a'") != KeyError("'b'")"""),
        (ValueError("a"), TypeError("a"), "ValueError('a') != TypeError('a')"),
        ("x", JSForeign("Date: now"), "a JavaScript Date: now"),
        (no_update, None, "no_update != None"),
    ],
)
def test_values_that_differ(py, js, text):
    d = differs(py, js)
    assert d is not None and text in d, d


def test_patches_compare_by_their_operations():
    a, b = Patch(), Patch()
    a["x"] = (1, 2)
    b["x"] = [1, 2]
    assert differs(a, b) is None
    b.append(3)
    assert "Patch" in differs(a, b)


def test_dash_json_is_what_dash_sends():
    assert dash_json({1: (1, {2}), False: None, 1.5: "f"}) == {
        "1": [1, [2]],
        "false": None,
        "1.5": "f",
    }
