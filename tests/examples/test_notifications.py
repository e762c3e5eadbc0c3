"""examples/notifications in Chromium, with the permission granted through the browser
context, and without it."""

import pytest
from browsing import expect_text, open_app

# Headless Chromium shows no notification; record the ones the page creates.
RECORD_NOTIFICATIONS = """
window.notificationsShown = [];
window.Notification = class extends window.Notification {
  constructor(title, options) {
    super(title, options);
    window.notificationsShown.push({title, body: options && options.body});
  }
};
"""


@pytest.fixture(scope="module")
def app(start_apps):
    return start_apps("notifications")[0]


def shown(page):
    return page.evaluate("window.notificationsShown")


def test_a_granted_permission_shows_a_notification_per_click(app, new_page):
    page = new_page(permissions=["notifications"])
    page.add_init_script(RECORD_NOTIFICATIONS)
    open_app(page, app.url)
    assert page.text_content("#notification-output") == ""

    page.click("#notify-btn")
    expect_text(page, "#notification-output", "Notification 1 sent.")
    assert shown(page) == [
        {"title": "Dash notification", "body": "Permission granted."}
    ]

    page.click("#notify-btn")
    expect_text(page, "#notification-output", "Notification 2 sent.")
    assert len(shown(page)) == 2
    assert page.problems.errors == []


def test_without_the_permission_no_notification_is_shown(app, new_page):
    page = new_page()
    page.add_init_script(RECORD_NOTIFICATIONS)
    open_app(page, app.url)
    state = page.evaluate(
        "navigator.permissions.query({name: 'notifications'}).then(s => s.state)"
    )
    assert state in ("prompt", "denied")

    page.click("#notify-btn")
    if state == "denied":
        expected = "Notifications are denied for this site."
    else:  # the callback asked; headless Chromium answers without a user
        expected = "Permission not granted: "
        page.wait_for_function(
            "document.querySelector('#notification-output').textContent !== ''"
        )
        assert page.text_content("#notification-output").startswith(expected)
        expected = page.text_content("#notification-output")
    expect_text(page, "#notification-output", expected)
    assert shown(page) == []
    assert page.problems.errors == []
