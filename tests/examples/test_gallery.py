"""The gallery (the README's first command) in Chromium: every page opens, runs its
example and shows each clientside callback's Python next to its JavaScript."""

from pathlib import Path

import pytest
from browsing import expect_text, open_app
from clientpy_dash_support import wait_for_dash

# page link text, path, an element the running example shows, its clientside callbacks
PAGES = [
    ("1. Graph from a store", "/graph-from-store", "#clientside-graph .main-svg",
     ["update_figure"]),
    ("2. Plotly Express figure in the store", "/express-figure",
     "#clientside-graph-px .main-svg", ["update_figure"]),
    ("3. Promises", "/promises", "#my-table-promises td", ["load_table"]),
    ("4. Notifications", "/notifications", "#notify-btn", ["query_permission", "notify"]),
    ("5. Callback context", "/callback-context", "#log", ["show_trigger"]),
    ("6. set_props", "/set-props", "#document", ["listen_for_refresh"]),
    ("7. Heavy data", "/heavy-data", "#heavy-graph .main-svg", ["smooth"]),
    ("8. Pattern matching", "/pattern-matching", "#pm-total",
     ["line_total", "basket_total"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def gallery(start_apps):
    return start_apps("gallery")[0]


def test_every_page_runs_its_example_and_shows_its_code(gallery, page):
    open_app(page, gallery.url)
    assert page.title() == "clientpy gallery"
    home_links = page.eval_on_selector_all(
        ".gallery-main li a", "els => els.map(e => e.getAttribute('href'))"
    )
    assert home_links == [path for _, path, _, _ in PAGES]

    for link, path, live, callbacks in PAGES:
        page.click(f".gallery-nav a:text-is('{link}')")
        page.wait_for_url(gallery.url + path)
        wait_for_dash(page)
        assert page.text_content(".gallery-main h2") == link
        page.wait_for_selector(f".live-example {live}")
        for name in callbacks:
            python = page.text_content(f"#code-{name} .python pre")
            javascript = page.text_content(f"#code-{name} .javascript pre")
            assert f"def {name}(" in python
            assert f"function {name}(" in javascript
        whole_app = page.text_content(".whole-app")
        assert whole_app.startswith('"""') and "app = Dash(" in whole_app

    assert page.problems.errors == []


def test_the_examples_work_inside_the_gallery(gallery, page):
    open_app(page, gallery.url + "/callback-context")
    expect_text(page, "#log", "triggered id: None")
    page.click("#btn3")
    expect_text(page, "#log", "triggered id: btn3")

    page.click(".gallery-nav a:text-is('6. set_props')")
    page.wait_for_selector("#container-events", state="attached")
    wait_for_dash(page)
    page.keyboard.press("Control+r")
    page.wait_for_function(
        "document.querySelector('#container-events').textContent"
        ".startsWith('Current data value: ')"
    )

    page.click(".gallery-nav a:text-is('8. Pattern matching')")
    page.wait_for_selector("#pm-add")
    wait_for_dash(page)
    page.click("#pm-add")
    expect_text(page, "#pm-total", "1 rows, 1 items, total 0.50")
    # the set_props page's key listener outlives the page; it must not break others
    page.keyboard.press("Control+r")
    page.wait_for_timeout(200)
    wait_for_dash(page)
    expect_text(page, "#pm-total", "1 rows, 1 items, total 0.50")

    page.goto(gallery.url + "/promises")
    wait_for_dash(page)
    page.wait_for_selector("#my-table-promises td")
    assert (
        page.text_content("#my-table-promises th .column-header-name") == "petal_length"
    )
    assert page.problems.errors == []


def test_the_readme_first_command_runs_the_gallery():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    first_command = next(
        line for line in readme.splitlines() if line.startswith("python ")
    )
    assert first_command.endswith("&& python examples/gallery/app.py")
