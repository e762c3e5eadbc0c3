"""``clientpy build APP``, run as a user would, in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from clientpy_dash_support import subprocess_env

from clientpy.dash import BUNDLE_NAME

APP = textwrap.dedent("""
    from dash import Dash, Input, Output, State, html
    from clientpy import clientside

    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="b"), html.Div(id="o"), html.Div(id="p")])

    @clientside(Output("o", "children"), Input("b", "n_clicks"))
    def update(n):
        return n

    @clientside([Output("p", "children")], Input("b", "n_clicks"), State("o", "children"))
    def copy(n, text):
        return [text]
    """)

BROKEN = textwrap.dedent("""

    @clientside(Output("o", "title"), Input("b", "n_clicks"))
    def uses_with(n):
        with open("x") as f:
            return f.read()

    @clientside(Output("p", "title"), Input("b", "n_clicks"))
    def uses_global(n):
        global COUNT
        COUNT = n
        return n
    """)


def clientpy(*args, cwd, cache):
    return subprocess.run(
        [sys.executable, "-m", "clientpy", *args],
        cwd=cwd,
        env=subprocess_env(CLIENTPY_CACHE_DIR=str(cache)),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_build_json_lists_the_bundle_and_every_callback(tmp_path):
    (tmp_path / "app.py").write_text(APP)
    run = clientpy("build", "app.py", "--json", cwd=tmp_path, cache=tmp_path / "c")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    bundle = tmp_path / "assets" / BUNDLE_NAME
    assert report == {
        "bundle": str(bundle),
        "callbacks": [
            {
                "python": "app.update",
                "namespace": "clientpy",
                "function_name": "app__update",
            },
            {
                "python": "app.copy",
                "namespace": "clientpy",
                "function_name": "app__copy",
            },
        ],
    }
    code = bundle.read_text()
    assert '["app__update"]' in code and '["app__copy"]' in code


def test_build_prints_where_and_accepts_module_and_attribute(tmp_path):
    pkg = tmp_path / "proj"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "web.py").write_text(
        APP.replace("app = Dash", "dashboard = Dash").replace(
            "app.layout", "dashboard.layout"
        )
    )
    run = clientpy("build", "proj.web:dashboard", cwd=tmp_path, cache=tmp_path / "c")
    assert run.returncode == 0, run.stderr
    bundle = pkg / "assets" / BUNDLE_NAME
    assert run.stdout.strip() == f"wrote {bundle} (2 clientside callbacks)"
    again = clientpy("build", "proj.web:dashboard", cwd=tmp_path, cache=tmp_path / "c")
    assert again.stdout.strip() == f"unchanged {bundle} (2 clientside callbacks)"
    listed = clientpy(
        "build", "proj.web:dashboard", "--json", cwd=tmp_path, cache=tmp_path / "c"
    )
    names = [c["python"] for c in json.loads(listed.stdout)["callbacks"]]
    assert names == ["proj.web.update", "proj.web.copy"]


def test_build_failure_reports_every_located_error_and_keeps_the_bundle(tmp_path):
    (tmp_path / "app.py").write_text(APP)
    assert (
        clientpy("build", "app.py", cwd=tmp_path, cache=tmp_path / "c").returncode == 0
    )
    bundle = tmp_path / "assets" / BUNDLE_NAME
    good = bundle.read_bytes()

    (tmp_path / "app.py").write_text(APP + BROKEN)
    run = clientpy("build", "app.py", "--json", cwd=tmp_path, cache=tmp_path / "c")
    assert run.returncode == 1
    lines = (APP + BROKEN).splitlines()
    with_line = next(i for i, t in enumerate(lines, 1) if "with open" in t)
    global_line = next(i for i, t in enumerate(lines, 1) if "global COUNT" in t)
    assert f'app.py", line {with_line}' in run.stderr
    assert f'app.py", line {global_line}' in run.stderr
    assert "CP103" in run.stderr and "CP104" in run.stderr
    report = json.loads(run.stdout)
    assert report["bundle"] is None
    assert len(report["callbacks"]) == 4
    assert [e["python"] for e in report["errors"]] == [
        "app.uses_with",
        "app.uses_global",
    ]
    located = [
        (d["code"], d["line"]) for e in report["errors"] for d in e["diagnostics"]
    ]
    assert located == [("CP103", with_line), ("CP104", global_line)]
    assert bundle.read_bytes() == good


def test_build_without_an_app_is_a_usage_error(tmp_path):
    (tmp_path / "empty.py").write_text("x = 1\n")
    run = clientpy("build", "empty.py", cwd=tmp_path, cache=tmp_path / "c")
    assert run.returncode == 2
    assert "no Dash app" in run.stderr
    missing = clientpy("build", "nowhere.module", cwd=tmp_path, cache=tmp_path / "c")
    assert missing.returncode == 2
    assert "cannot import 'nowhere.module'" in missing.stderr
