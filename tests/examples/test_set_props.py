"""examples/set_props in Chromium, next to the guide's JavaScript version."""

import json

import pytest
from browsing import expect_text, open_app

# Both versions put JSON.stringify(new Date()) into the store; the page's clock is fixed
# so that they can be compared.
NOW = "2024-05-17T09:30:00.000Z"


@pytest.fixture(scope="module")
def apps(start_apps):
    return start_apps("set_props", "twins/set_props.py")


def drive(page, url):
    page.clock.set_fixed_time(NOW)
    open_app(page, url)
    # a listener added after the example's sees whether the key's default was prevented
    page.evaluate(
        "document.addEventListener('keydown',"
        " e => { window.lastKey = [e.key, e.ctrlKey, e.defaultPrevented]; })"
    )
    seen = [page.text_content("#container-events")]

    page.keyboard.press("r")  # without Ctrl: nothing happens
    assert page.evaluate("window.lastKey") == ["r", False, False]
    page.keyboard.press("Control+r")
    # the browser's reload was prevented
    assert page.evaluate("window.lastKey") == ["r", True, True]
    expect_text(page, "#container-events", f"Current data value: {json.dumps(NOW)}")
    seen.append(page.text_content("#container-events"))

    page.clock.set_fixed_time("2024-05-17T09:31:00.000Z")
    page.keyboard.press("Control+r")
    expect_text(
        page, "#container-events", 'Current data value: "2024-05-17T09:31:00.000Z"'
    )
    seen.append(page.text_content("#container-events"))

    assert page.problems.errors == []
    return seen


def test_python_and_javascript_versions_show_the_same(apps, new_page):
    python_app, guide_app = apps
    from_python = drive(new_page(), python_app.url)
    from_guide = drive(new_page(), guide_app.url)
    assert from_python[0] == ""
    assert from_python == from_guide
