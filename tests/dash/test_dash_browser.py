"""Clientside callbacks written in Python, run by Dash in headless Chromium.

The showcase app (``apps/showcase.py``) is served from a copy in a temporary folder so
its bundle never lands in the source tree. Every test fails on any console error or page
error, including the ones Dash catches from a throwing callback.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from clientpy_dash_support import APPS, wait_for_dash

from clientpy.dash import BUNDLE_NAME


def text(page, selector: str) -> str:
    return page.locator(selector).inner_text()


def expect_text(page, selector: str, expected: str, timeout: float = 10_000) -> None:
    page.wait_for_function(
        "([sel, want]) => { const el = document.querySelector(sel);"
        " return el !== null && el.innerText === want; }",
        arg=[selector, expected],
        timeout=timeout,
    )


def pattern(kind: str, index: int) -> str:
    return f'[id=\'{{"index":{index},"type":"{kind}"}}\']'


@pytest.fixture
def showcase(tmp_path):
    folder = tmp_path / "showcase"
    folder.mkdir()
    shutil.copy(APPS / "showcase.py", folder / "showcase.py")
    (folder / "assets").mkdir()
    (folder / "assets" / "app.css").write_text("body { margin: 0; }\n")
    return folder


@pytest.fixture
def read_only(showcase):
    assets = showcase / "assets"
    run = subprocess.run(
        ["chattr", "+i", str(assets)], capture_output=True, check=False
    )
    if run.returncode != 0:
        pytest.skip(f"cannot make the assets folder read-only here: {run.stderr!r}")
    yield assets
    subprocess.run(["chattr", "-i", str(assets)], check=False)


def exercise_showcase(page, url: str) -> None:
    page.goto(url)
    wait_for_dash(page)

    # initial calls: undefined inputs arrive as None; no_update leaves an output alone
    assert text(page, "#multi-a") == "a: none"
    assert text(page, "#multi-b") == "b: none"
    assert text(page, "#multi-c") == "untouched"
    assert text(page, "#which") == "initial call"  # ctx.triggered is falsy initially
    assert text(page, "#even-out") == "even 0"

    # multiple outputs
    page.click("#multi-btn")
    expect_text(page, "#multi-a", "a: 1")
    assert text(page, "#multi-b") == "b: 10"
    assert text(page, "#multi-c") == "untouched"

    # MATCH (one call per item) and ALL (a list of values)
    for i in (1, 2, 3):
        expect_text(page, pattern("label", i), f"[{i}]")
    assert text(page, "#total") == "total 6 of 3"
    page.fill(pattern("item", 2), "x5")
    expect_text(page, pattern("label", 2), "[X5]")
    expect_text(page, "#total", "total 4 of 3")
    assert text(page, pattern("label", 1)) == "[1]"

    # PreventUpdate keeps the last value
    page.fill("#even-in", "3")
    wait_for_dash(page)
    assert text(page, "#even-out") == "even 0"
    page.fill("#even-in", "12")
    expect_text(page, "#even-out", "even 12")

    # ctx.triggered_id: a string id, then a pattern (dict) id
    page.click("#left-btn")
    expect_text(page, "#which", "left-btn clicked")
    page.click("#right-btn")
    expect_text(page, "#which", "right-btn clicked")
    page.click(pattern("pick", 2))
    page.click(pattern("pick", 2))
    expect_text(page, "#picked", "picked 2 (2 clicks)")
    page.click(pattern("pick", 3))
    expect_text(page, "#picked", "picked 3 (1 clicks)")

    # set_props from a callback without outputs
    page.click("#set-btn")
    page.click("#set-btn")
    expect_text(page, "#set-target", "set 2 times")

    # Patch: appended on the client, then read back by another callback
    for _ in range(3):
        page.click("#patch-btn")
        wait_for_dash(page)
    expect_text(page, "#patch-view", "1,2,3")

    # async callback awaiting fetch() of the app's own route; ctx survives the awaits
    page.click("#fetch-btn")
    expect_text(page, "#fetch-out", "hello from the server (3 items, fetch-btn)")

    # callback_context: inputs, states, the lists
    expect_text(
        page,
        "#ctx-out",
        "value a; 1 input, 1 state, output ctx-out.children; state None",
    )
    page.fill("#ctx-in", "b")
    expect_text(
        page,
        "#ctx-out",
        "value b; 1 input, 1 state, output ctx-out.children; state None",
    )

    # js: localStorage, Math, JSON, console, window, a lambda as a JS callback
    page.click("#js-btn")
    expect_text(page, "#js-out", 'stored 1; max 9; {"n":1}; path /')
    expect_text(page, "#js-later", "timer fired")

    # an event listener installed through js, calling back into Python code
    page.keyboard.press("k")
    expect_text(page, "#key-out", "key k 1970")

    wait_for_dash(page)


def test_showcase_from_the_assets_folder(showcase, serve_app, page):
    server = serve_app(showcase / "showcase.py")
    exercise_showcase(page, server.url)
    html = server.get("/")[1].decode()
    assert f"/assets/{BUNDLE_NAME}?m=" in html
    assert "/_clientpy/bundle.js" not in html
    assert (showcase / "assets" / BUNDLE_NAME).exists()
    assert page.problems.errors == []


def test_showcase_from_memory_with_a_read_only_assets_folder(
    showcase, read_only, serve_app, page
):
    server = serve_app(showcase / "showcase.py")
    exercise_showcase(page, server.url)
    html = server.get("/")[1].decode()
    assert "/_clientpy/bundle.js?v=" in html
    assert not (read_only / BUNDLE_NAME).exists()
    assert page.problems.errors == []


def test_showcase_in_debug_mode_has_no_dev_tools_errors(showcase, serve_app, page):
    server = serve_app(showcase / "showcase.py", CLIENTPY_TEST_DEBUG="1")
    exercise_showcase(page, server.url)
    assert page.locator(".test-devtools-error-count").count() == 0
    assert page.problems.errors == []


def test_a_throwing_callback_is_seen_as_a_console_error(tmp_path, serve_app, page):
    """The harness itself: an error Dash catches must not go unnoticed."""
    (tmp_path / "app.py").write_text(
        "import os\n"
        "from dash import Dash, Input, Output, html\n"
        "from clientpy import clientside\n"
        "app = Dash(__name__)\n"
        "app.layout = html.Div([html.Button(id='b'), html.Div(id='o')])\n\n"
        "@clientside(Output('o', 'children'), Input('b', 'n_clicks'))\n"
        "def fail(n):\n"
        "    return {'a': 1}['missing']\n\n"
        "app.run(port=int(os.environ['CLIENTPY_TEST_PORT']))\n"
    )
    server = serve_app(tmp_path / "app.py")
    page.goto(server.url)
    page.wait_for_function(
        "() => window.dash_clientside && window.dash_clientside.clientpy"
    )
    page.wait_for_timeout(500)
    assert any("missing" in e for e in page.problems.errors), page.problems.errors
