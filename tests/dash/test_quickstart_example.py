"""examples/quickstart, the smallest example app, must work in a real browser."""

import shutil
from pathlib import Path

from clientpy_dash_support import wait_for_dash

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "quickstart"


def test_quickstart_callbacks_run_in_chromium(tmp_path, serve_app, page):
    app_dir = tmp_path / "quickstart"
    shutil.copytree(
        EXAMPLE, app_dir, ignore=shutil.ignore_patterns("assets", "__pycache__")
    )
    server = serve_app(app_dir / "app.py")
    page.goto(server.url)
    wait_for_dash(page)

    page.fill("#name", "ada lovelace")
    page.wait_for_function(
        "document.querySelector('#greeting').textContent === 'Hello, Ada Lovelace!'"
    )
    assert page.text_content("#stats") == "n=5  mean=2.800  min=1  max=5"
    page.fill("#numbers", "2.5, 10")
    page.wait_for_function(
        "document.querySelector('#stats').textContent.startsWith('n=2')"
    )
    assert page.text_content("#stats") == "n=2  mean=6.250  min=2.5  max=10"

    page.click("#right")
    page.wait_for_function(
        "document.querySelector('#last-button').textContent.startsWith('right')"
    )
    assert page.text_content("#last-button") == (
        "right pressed; clicks so far: {'left': 0, 'right': 1}"
    )

    page.fill("#todo-input", "write tests")
    page.click("#todo-add")
    page.wait_for_function("document.querySelector('#todo-list').textContent !== ''")
    assert "write tests" in page.text_content("#todo-list")
    assert page.input_value("#todo-input") == ""
    assert page.problems.errors == []
