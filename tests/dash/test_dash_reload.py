"""Debug mode: saving a clientside function's new Python reaches the open page."""

from __future__ import annotations

import time
from types import SimpleNamespace

from clientpy_dash_support import wait_for_dash
from dash import Dash, html

from clientpy.dash import reload

APP = """\
import os
from dash import Dash, Input, Output, html
from clientpy import clientside

app = Dash(__name__)
app.layout = html.Div([html.Button("{label}", id="b"), html.Div(id="o")])


@clientside(Output("o", "children"), Input("b", "n_clicks"))
def show(n):
    return "{version}"


if __name__ == "__main__":
    app.run(
        port=int(os.environ["CLIENTPY_TEST_PORT"]),
        debug=True,
        use_reloader=True,
        dev_tools_hot_reload_interval=0.5,
        # The page gives up polling after this many failed polls in a row; a restart
        # on a loaded CI machine can outlast Dash's default (8 polls, 4 s here).
        dev_tools_hot_reload_max_retry=240,
    )
"""


def test_a_new_bundle_in_the_reloader_child_asks_for_a_hard_reload(monkeypatch):
    app = Dash(__name__)
    app.layout = html.Div()
    app._dev_tools.hot_reload = True
    monkeypatch.setenv("WERKZEUG_RUN_MAIN", "true")

    def built(digest):
        app._hot_reload.hard = False
        reload.bundle_changed(app, SimpleNamespace(digest=digest))
        return app._hot_reload.hard

    assert built("one") is True  # no marker yet: harmless for a page that never polled
    assert built("one") is False  # an edit elsewhere: Dash's soft reload is enough
    assert built("two") is True
    monkeypatch.setenv("WERKZEUG_RUN_MAIN", "")
    assert built("three") is False  # not the reloader's child: nothing to do


def test_every_poll_of_the_restarted_process_asks_for_the_hard_reload(monkeypatch):
    # Polls queued during the restart arrive together and the renderer acts on the last
    # answer only; a second tab polls later. All must say "hard" for the new hash.
    app = Dash(__name__)
    app.layout = html.Div()
    app._dev_tools.hot_reload = True
    app._hot_reload.hash = "restarted"
    monkeypatch.setenv("WERKZEUG_RUN_MAIN", "true")
    reload.bundle_changed(app, SimpleNamespace(digest=f"new {id(app)}"))

    def poll():
        with app.server.test_request_context():
            return app.serve_reload_hash().get_json()

    assert [poll()["hard"] for _ in range(3)] == [True, True, True]
    assert poll()["reloadHash"] == "restarted"

    # A later CSS edit has a new hash: Dash's own one-shot answer, a CSS swap.
    app._on_assets_change(app.config.assets_folder + "/style.css", 1.0, False)
    answers = [poll() for _ in range(2)]
    assert [a["hard"] for a in answers] == [True, False]
    assert answers[0]["files"][0]["is_css"] is True


def write_app(path, version: str, label: str = "go") -> None:
    # A new mtime even on filesystems with coarse timestamps.
    time.sleep(1.1)
    path.write_text(APP.format(version=version, label=label))


def test_saving_a_clientside_edit_updates_the_open_page(tmp_path, serve_app, page):
    app_file = tmp_path / "app.py"
    app_file.write_text(APP.format(version="version 1", label="go"))
    server = serve_app(app_file)
    page.goto(server.url)
    wait_for_dash(page)
    assert page.inner_text("#o") == "version 1"
    other_tab = page.context.new_page()
    other_tab.goto(server.url)
    wait_for_dash(other_tab)

    # JS changed: the page reloads fully and runs the new function, in every open tab.
    page.evaluate("window.__still_the_same_page = true")
    write_app(app_file, "version 2")
    for tab in (page, other_tab):
        tab.wait_for_function(
            "() => document.querySelector('#o') &&"
            " document.querySelector('#o').innerText === 'version 2'",
            timeout=60_000,
        )
        wait_for_dash(tab)
    assert page.evaluate("window.__still_the_same_page") is None
    other_tab.close()

    # Only the layout changed: Dash's soft reload, the page (and its state) stays.
    page.evaluate("window.__still_the_same_page = true")
    write_app(app_file, "version 2", label="run")
    page.wait_for_function(
        "() => document.querySelector('#b') && document.querySelector('#b').innerText === 'run'",
        timeout=60_000,
    )
    wait_for_dash(page)
    assert page.evaluate("window.__still_the_same_page") is True
    assert page.inner_text("#o") == "version 2"

    # While the server restarts, the page's polls fail (refused, or cut off when the old
    # process stops mid-response, which Dash's poll reports as "Failed to fetch": the
    # app's own callback fetches nothing); nothing else may, the bundle included.
    unexpected = [
        e
        for e in page.problems.errors
        if "ERR_CONNECTION_REFUSED" not in e
        and "_reload-hash" not in e
        and e != "pageerror: Failed to fetch"
    ]
    assert unexpected == [], server.output()
