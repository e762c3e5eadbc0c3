import pytest
from app import count, greet, total
from dash import no_update
from dash.exceptions import PreventUpdate

from clientpy.testing import app_examples, assert_same, run_js

# Every @clientside callback of app.py, on the examples declared next to it:
# CPython and the generated JavaScript must agree (and give `expect` where declared).
test_examples = app_examples("app.py")


def test_greet_in_javascript():
    assert run_js(greet, "grace hopper") == "Hello, Grace Hopper!"
    assert run_js(greet, "") is no_update


def test_count_follows_the_button_that_was_clicked():
    assert run_js(count, 3, 1, "7", ctx="plus") == "8"
    assert run_js(count, 3, 2, "7", ctx="minus") == "6"
    with pytest.raises(PreventUpdate):
        run_js(count, None, None, "0")  # the initial call: nothing triggered


@pytest.mark.parametrize("quantities", [[0, 0], [1, 1], [4, 7], [None, 2]])
def test_total_agrees_with_python(quantities):
    assert_same(total, quantities, {"tea": 2.5, "cake": 4})
