"""examples/heavy_data in Chromium: every slider move recomputes 100,000 points in the
browser, and the page shows what the same Python function gives in CPython."""

import json
import re

import pytest
from browsing import expect_text, open_app
from clientpy_dash_support import run_python

CPYTHON = """
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("heavy_data", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
values = module.random_walk()
print(json.dumps({w: module.moving_average(w, values)[1] for w in json.loads(sys.argv[2])}))
"""


@pytest.fixture(scope="module")
def app(start_apps):
    return start_apps("heavy_data")[0]


@pytest.fixture(scope="module")
def in_cpython(examples_copy):
    """``in_cpython(*windows)``: the stats line CPython computes for each window."""
    app_file = examples_copy / "heavy_data" / "app.py"

    def run(*windows):
        code = f"import sys; sys.argv[1:] = {[str(app_file), json.dumps(windows)]!r}\n"
        result = run_python(code + CPYTHON, cwd=app_file.parent)
        assert result.returncode == 0, result.stderr
        return {int(k): v for k, v in json.loads(result.stdout).items()}

    return run


def window(page):
    return int(page.get_attribute("#heavy-window [role=slider]", "aria-valuenow"))


def test_every_slider_move_recomputes_in_the_browser(app, page, in_cpython):
    expected = in_cpython(100, 101, 102, 2000, 1, 250)
    open_app(page, app.url)
    expect_text(page, "#heavy-stats", expected[100])

    thumb = page.locator("#heavy-window [role=slider]")
    thumb.focus()
    for value in (101, 102):
        page.keyboard.press("ArrowRight")
        expect_text(page, "#heavy-stats", expected[value])
    page.keyboard.press("End")
    expect_text(page, "#heavy-stats", expected[2000])
    page.keyboard.press("Home")
    expect_text(page, "#heavy-stats", expected[1])

    page.fill("#heavy-window input[type=number]", "250")
    page.keyboard.press("Enter")
    expect_text(page, "#heavy-stats", expected[250])
    assert window(page) == 250

    # the figure: the raw series and the smoothed one, thinned out to 1,000 points
    page.wait_for_function(
        "(() => { const gd = document.querySelector('#heavy-graph .js-plotly-plot');"
        " return gd && gd.data && gd.data[1].name === 'window 250'; })()"
    )
    traces = page.evaluate(
        "document.querySelector('#heavy-graph .js-plotly-plot').data"
        ".map(t => [t.name, t.x.length, t.y.length, t.x[1]])"
    )
    assert traces == [["raw", 1000, 1000, 100], ["window 250", 1000, 1000, 100]]

    # dragging the thumb recomputes on every move; the last value is the one shown
    box = thumb.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    for step in range(1, 6):
        page.mouse.move(box["x"] + 60 * step, box["y"] + box["height"] / 2, steps=3)
    page.mouse.up()
    dragged = window(page)
    assert dragged > 250
    expect_text(page, "#heavy-stats", in_cpython(dragged)[dragged])

    timing = page.text_content("#heavy-timing")
    assert re.fullmatch(r"computed in the browser in \d+\.\d ms", timing), timing
    assert page.problems.errors == []
