"""``clientpy check``, ``clientpy show``, ``build --out/--minify`` and ``--version``, run as
a user would, in fresh processes.

``show`` is compared with golden files: ``tests/cases/show/NAME.py`` is an app and
``NAME.txt`` the expected output (``NAME.args`` may hold extra arguments). After an
intended change of the generated JavaScript, rewrite them with
``CLIENTPY_UPDATE_GOLDEN=1 python -m pytest tests/dash/test_cli_commands.py`` and
review the diff.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from clientpy_dash_support import REPO, subprocess_env

import clientpy
from clientpy.dash import BUNDLE_NAME

SHOW_CASES = REPO / "tests" / "cases" / "show"

APP = textwrap.dedent("""
    from dash import Dash, Input, Output, html
    from clientpy import clientside

    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="b"), html.Div(id="o"), html.Div(id="p")])

    @clientside(Output("o", "children"), Input("b", "n_clicks"))
    def update(n):
        return f"clicked {n}"

    @clientside(Output("p", "children"), Input("b", "n_clicks"))
    def pick(n):
        items = [1, 2, 3]
        return items[n or 0]
    """)

BROKEN = textwrap.dedent("""

    @clientside(Output("o", "title"), Input("b", "n_clicks"))
    def several(n):
        global COUNT
        with open("x") as f:
            return f.read()

    @clientside(Output("p", "title"), Input("b", "n_clicks"))
    def also(n):
        return js_thing(n) + open("y")
    """)


def clientpy_run(*args, cwd, cache=None):
    return subprocess.run(
        [sys.executable, "-m", "clientpy", *args],
        cwd=cwd,
        env=subprocess_env(CLIENTPY_CACHE_DIR=str(cache or Path(cwd) / ".cache")),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def app_dir(tmp_path):
    (tmp_path / "app.py").write_text(APP)
    return tmp_path


def test_version_and_help():
    run = clientpy_run("--version", cwd=REPO)
    assert run.returncode == 0
    assert run.stdout.strip() == f"clientpy {clientpy.__version__}"
    helped = clientpy_run("--help", cwd=REPO)
    assert helped.returncode == 0
    for word in ("build", "check", "show", "exit status"):
        assert word in helped.stdout
    for command in ("build", "check", "show"):
        sub = clientpy_run(command, "--help", cwd=REPO)
        assert sub.returncode == 0 and "APP" in sub.stdout, sub.stdout
    missing = clientpy_run(cwd=REPO)
    assert missing.returncode == 2 and "COMMAND" in missing.stderr


def test_check_passes_only_for_the_bundle_a_build_writes(app_dir):
    bundle = app_dir / "assets" / BUNDLE_NAME
    missing = clientpy_run("check", "app.py", cwd=app_dir)
    assert missing.returncode == 1
    assert "there is no bundle" in missing.stderr
    assert "run `clientpy build app.py`" in missing.stderr
    assert not bundle.exists()

    assert clientpy_run("build", "app.py", cwd=app_dir).returncode == 0
    ok = clientpy_run("check", "app.py", cwd=app_dir)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == (
        f"ok: assets/{BUNDLE_NAME} is up to date (2 clientside callbacks)"
    )

    # a changed callback: named, with a short diff; nothing is written
    before = bundle.read_bytes()
    (app_dir / "app.py").write_text(APP.replace('f"clicked {n}"', 'f"clicked {n}!"'))
    stale = clientpy_run("check", "app.py", cwd=app_dir)
    assert stale.returncode == 1
    assert "app.update: its JavaScript changed" in stale.stderr
    assert "app.pick" not in stale.stderr
    diff = [line.strip() for line in stale.stderr.splitlines()]
    assert '-      return "clicked " + py_str(n);'.replace("      ", " ") in [
        " ".join(line.split()) for line in diff
    ]
    assert '+ return "clicked " + py_str(n) + "!";' in [
        " ".join(line.split()) for line in diff
    ]
    assert bundle.read_bytes() == before

    # a new callback, a removed one
    (app_dir / "app.py").write_text(APP.replace("def pick(n):", "def choose(n):"))
    renamed = clientpy_run("check", "app.py", cwd=app_dir)
    assert renamed.returncode == 1
    assert "app.choose: not in the bundle on disk" in renamed.stderr
    assert "clientpy.app__pick: no longer a clientside callback" in renamed.stderr

    # same JavaScript, but the Python moved: the map would point to wrong lines
    (app_dir / "app.py").write_text("# a new first line\n" + APP)
    moved = clientpy_run("check", "app.py", cwd=app_dir)
    assert moved.returncode == 1
    assert "Python line numbers changed (app.py)" in moved.stderr


def test_build_and_check_report_every_error_of_every_callback(app_dir):
    (app_dir / "app.py").write_text(APP + BROKEN)
    lines = (APP + BROKEN).splitlines()

    def line_of(text):
        return next(i for i, t in enumerate(lines, 1) if text in t)

    expected = [
        ("CP104", line_of("global COUNT"), 5),
        ("CP103", line_of('with open("x")'), 5),
        ("CP110", line_of("js_thing(n)"), 12),
        ("CP112", line_of('open("y")'), 26),
    ]
    for command in ("build", "check"):
        run = clientpy_run(command, "app.py", cwd=app_dir)
        assert run.returncode == 1, run.stderr
        assert "2 clientside callbacks failed to build" in run.stderr
        for code, line, col in expected:
            assert f'app.py", line {line}, column {col}\n' in run.stderr, code
            assert f"{code}: " in run.stderr
    report = json.loads(clientpy_run("build", "app.py", "--json", cwd=app_dir).stdout)
    located = [
        (d["code"], d["line"], d["column"])
        for e in report["errors"]
        for d in e["diagnostics"]
    ]
    assert located == expected
    assert not (app_dir / "assets" / BUNDLE_NAME).exists()


def test_build_out_and_minify(app_dir):
    out = app_dir / "dist"
    run = clientpy_run("build", "app.py", "--out", "dist", "--minify", cwd=app_dir)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"wrote dist/{BUNDLE_NAME} (2 clientside callbacks)"
    assert not (app_dir / "assets").exists()
    small = (out / BUNDLE_NAME).read_text()
    assert small.startswith("// Generated by clientpy from Python source (minified).")
    assert small.endswith(f"\n//# sourceMappingURL={BUNDLE_NAME}.map\n")
    source_map = json.loads((out / f"{BUNDLE_NAME}.map").read_text())
    assert source_map["sources"] == ["app.py"]
    assert source_map["sourcesContent"] == [APP]

    pretty = clientpy_run("build", "app.py", cwd=app_dir)
    assert pretty.returncode == 0
    full = (app_dir / "assets" / BUNDLE_NAME).read_text()
    assert len(small) < 0.8 * len(full)
    # check follows the way the bundle on disk was built
    assert clientpy_run("check", "app.py", "--out", "dist", cwd=app_dir).returncode == 0
    assert clientpy_run("check", "app.py", cwd=app_dir).returncode == 0
    mixed = clientpy_run("check", "app.py", "--minify", cwd=app_dir)
    assert mixed.returncode == 1
    assert "built without it; pass the same to check" in mixed.stderr


def test_usage_errors_exit_2(app_dir):
    (app_dir / "crash.py").write_text("raise RuntimeError('boom at import')\n")
    crash = clientpy_run("check", "crash.py", cwd=app_dir)
    assert crash.returncode == 2
    assert "importing crash.py failed" in crash.stderr
    assert "RuntimeError: boom at import" in crash.stderr
    nothing = clientpy_run("show", "app.py", "nope", cwd=app_dir)
    assert nothing.returncode == 2
    assert "no clientside callback named 'nope'" in nothing.stderr
    assert "app.update, app.pick" in nothing.stderr
    bad = clientpy_run("build", "app.py", "--bogus", cwd=app_dir)
    assert bad.returncode == 2 and "unrecognized arguments" in bad.stderr


def test_show_json_lists_python_and_javascript(app_dir):
    run = clientpy_run("show", "app.py", "app.pick", "--json", cwd=app_dir)
    assert run.returncode == 0, run.stderr
    (shown,) = json.loads(run.stdout)
    assert shown["python"] == "app.pick"
    assert shown["function_name"] == "app__pick"
    assert shown["file"] == "app.py"
    assert (
        shown["line"]
        == APP.splitlines().index(
            '@clientside(Output("p", "children"), Input("b", "n_clicks"))'
        )
        + 1
    )
    assert shown["python_source"].startswith("@clientside(")
    assert "function pick(n)" in shown["javascript"]
    assert shown["helpers"]
    assert all(helper in shown["javascript"] for helper in shown["helpers"])
    assert shown["error"] is None


def _show_cases():
    return sorted(p.stem for p in SHOW_CASES.glob("*.py"))


@pytest.mark.parametrize("case", _show_cases())
def test_show_golden(case, tmp_path):
    extra = SHOW_CASES / f"{case}.args"
    args = extra.read_text().split() if extra.exists() else []
    run = clientpy_run("show", f"{case}.py", *args, cwd=SHOW_CASES, cache=tmp_path)
    output = run.stdout + run.stderr
    output = output.replace(str(SHOW_CASES) + os.sep, "")
    output += f"exit status {run.returncode}\n"
    golden = SHOW_CASES / f"{case}.txt"
    if os.environ.get("CLIENTPY_UPDATE_GOLDEN"):
        golden.write_text(output)
    assert output == golden.read_text()


def test_build_of_an_app_without_clientside_callbacks_warns(tmp_path):
    (tmp_path / "plain.py").write_text(
        "from dash import Dash, html\n\n"
        "app = Dash(__name__)\napp.layout = html.Div('plain')\n"
    )
    run = clientpy_run("build", "plain.py", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "(0 clientside callbacks)" in run.stdout
    assert "warning: the app has no clientside callbacks" in run.stderr


def test_app_attribute_is_an_app_or_a_factory_without_arguments(app_dir):
    (app_dir / "factory.py").write_text(
        "from dash import Dash, html\n\n"
        "def make():\n    app = Dash(__name__)\n    app.layout = html.Div()\n"
        "    return app\n\n"
        "def count(a, b):\n    return a + b\n"
    )
    made = clientpy_run("build", "factory.py:make", cwd=app_dir)
    assert made.returncode == 0, made.stderr
    wrong = clientpy_run("build", "factory.py:count", cwd=app_dir)
    assert wrong.returncode == 2
    assert "neither a dash.Dash app nor a factory" in wrong.stderr


def test_an_app_module_starting_its_server_is_named_not_waited_on(tmp_path):
    (tmp_path / "serving.py").write_text(
        "from dash import Dash, html\n\n"
        "app = Dash(__name__)\napp.layout = html.Div()\napp.run(port=8791)\n"
    )
    run = clientpy_run("build", "serving.py", cwd=tmp_path)
    assert run.returncode == 2
    assert "importing serving.py starts its server" in run.stderr
    assert "if __name__ == '__main__':" in run.stderr
