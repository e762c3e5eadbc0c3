"""examples/callback_context in Chromium, next to the guide's JavaScript version."""

import pytest
from browsing import expect_text, open_app


@pytest.fixture(scope="module")
def apps(start_apps):
    return start_apps("callback_context", "twins/callback_context.py")


def drive(page, url):
    open_app(page, url)
    seen = [page.text_content("#log")]
    for button in ("btn2", "btn1", "btn3", "btn3", "btn1"):
        page.click(f"#{button}")
        expect_text(page, "#log", f"triggered id: {button}")
        seen.append(page.text_content("#log"))
    assert page.problems.errors == []
    return seen


def test_python_and_javascript_versions_show_the_same(apps, new_page):
    python_app, guide_app = apps
    from_python = drive(new_page(), python_app.url)
    from_guide = drive(new_page(), guide_app.url)
    # Before any click nothing triggered the callback: Python's ctx.triggered_id is None,
    # as in a server callback, where the guide's JavaScript concatenates undefined.
    assert from_python[0] == "triggered id: None"
    assert from_guide[0] == "triggered id: undefined"
    assert from_python[1:] == from_guide[1:]
