"""Debugging in the browser: errors that read like Python's, source maps Dash serves,
and a bundle that runs under a strict Content-Security-Policy, all in Chromium.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from clientpy_dash_support import APPS, subprocess_env, wait_for_dash

from clientpy.dash import BUNDLE_NAME

MAP_NAME = BUNDLE_NAME + ".map"


def line_of(name: str, text: str) -> int:
    lines = (APPS / name).read_text().splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


def at(text: str, name: str = "errors.py") -> int:
    return line_of(name, text)


TYPE_LINE = 'return "clicks: " + n'
HELPER_LINE = at("return table[key]", "errors_helpers.py")
# What each button's callback raises, as the card title and the console show it.
ERRORS = {
    "key": f"KeyError: 'missing' (errors_helpers.py:{HELPER_LINE}, in lookup)",
    "index": "IndexError: list index out of range "
    f"(errors.py:{at('return items[n + 10]')}, in index_error)",
    "zero": "ZeroDivisionError: integer division or modulo by zero "
    f"(errors.py:{at('return n // (n - n)')}, in zero_error)",
    "type": 'TypeError: can only concatenate str (not "int") to str '
    f"(errors.py:{at(TYPE_LINE)}, in type_error)",
    "user": f"Invalid: bad click 1 (errors.py:{at('raise Invalid(')}, in user_error)",
    "annotation": "AnnotationError: annotation_error(): `amount` is annotated `float` "
    "but is None. The compiled code relies on annotations: annotate what can come "
    "(add `| None` where None can), or remove the annotation. "
    f"(errors.py:{at('def annotation_error(')}, in annotation_error)",
}


@pytest.fixture
def errors_app(tmp_path):
    folder = tmp_path / "errors"
    folder.mkdir()
    for name in ("errors.py", "errors_helpers.py"):
        shutil.copy(APPS / name, folder / name)
    return folder


def cdp_scripts(page):
    """Record the scripts Chromium parses, with the source map URL each declares."""
    session = page.context.new_cdp_session(page)
    scripts: list[dict] = []
    session.on("Debugger.scriptParsed", lambda event: scripts.append(event))
    session.send("Debugger.enable")
    return scripts


def check_source_map(server, scripts) -> dict:
    """The bundle Chromium loaded declares its map, and the map is served next to it."""
    (bundle,) = [
        s
        for s in scripts
        if BUNDLE_NAME in s["url"] or "_clientpy/bundle.js" in s["url"]
    ]
    assert bundle["sourceMapURL"] == MAP_NAME
    path = bundle["url"].split("?")[0].replace(server.url, "")
    status, body = server.get(path.rsplit("/", 1)[0] + "/" + MAP_NAME)
    assert status == 200
    data = json.loads(body)
    assert data["version"] == 3 and data["mappings"]
    return data


def test_errors_read_like_python_in_the_console_and_the_debug_card(
    errors_app, serve_app, page
):
    scripts = cdp_scripts(page)
    server = serve_app(errors_app / "errors.py", CLIENTPY_TEST_DEBUG="1")
    page.goto(server.url)
    wait_for_dash(page)
    for kind in ERRORS:
        page.click(f"#b-{kind}")
        page.wait_for_function(
            "n => { const c = document.querySelector('.test-devtools-error-count');"
            " return c && Number(c.innerText) === n; }",
            arg=list(ERRORS).index(kind) + 1,
        )
    # the console: which callback, then the Python error and where it was raised
    for kind, text in ERRORS.items():
        line = f"clientside callback errors.{kind}_error: {text}"
        assert any(
            e.startswith(f"console.error: {line}\n") for e in page.problems.errors
        ), (
            line,
            page.problems.errors,
        )
    assert len(page.problems.errors) == len(ERRORS)

    # the dev tools' error cards: newest first
    page.click("text=Errors")
    titles = page.locator(".dash-fe-error__title")
    titles.first.wait_for()
    assert titles.all_inner_texts() == list(reversed(ERRORS.values()))

    # a card opened: the Python traceback, innermost call last
    page.locator(".dash-fe-error__title", has_text="KeyError").click()
    details = [
        t.strip() for t in page.locator(".dash-fe-error__info p").all_text_contents()
    ]
    assert details[:4] == [
        "Traceback (most recent call last):",
        f'File "errors.py", line {at("return lookup(")}, in key_error',
        f'File "errors_helpers.py", line {HELPER_LINE}, in lookup',
        "KeyError: 'missing'",
    ]

    # in debug mode the bundle comes from memory, and so does its map
    data = check_source_map(server, scripts)
    assert data["sources"] == ["errors.py", "errors_helpers.py"]
    assert data["sourcesContent"][0] == (errors_app / "errors.py").read_text()


def test_a_native_error_is_located_too_and_the_map_is_an_asset(
    errors_app, serve_app, page
):
    scripts = cdp_scripts(page)
    server = serve_app(errors_app / "errors.py")
    page.goto(server.url)
    wait_for_dash(page)
    page.click("#b-native")
    page.wait_for_function("() => document.querySelector('#o-native') !== null")
    page.wait_for_timeout(300)
    (error,) = page.problems.errors
    assert error.startswith(
        "console.error: clientside callback errors.native_error: TypeError: "
    )
    assert f"(errors.py:{at('.textContent')}, in native_error)\n" in error

    assert (errors_app / "assets" / MAP_NAME).exists()
    assert server.get(f"/assets/{MAP_NAME}")[0] == 200
    data = check_source_map(server, scripts)
    assert data["file"] == BUNDLE_NAME


@pytest.mark.parametrize("memory", [False, True], ids=["assets", "memory"])
def test_the_bundle_runs_under_a_strict_content_security_policy(
    tmp_path, serve_app, page, memory
):
    folder = tmp_path / "csp"
    folder.mkdir()
    shutil.copy(APPS / "csp.py", folder / "csp.py")
    env = {"CLIENTPY_TEST_MEMORY": "1"} if memory else {}
    server = serve_app(folder / "csp.py", **env)
    page.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.goto(server.url)
    wait_for_dash(page)
    html = server.get("/")[1].decode()
    assert ("/_clientpy/bundle.js?v=" in html) == memory
    policy = page.evaluate(
        "async () => (await fetch('/')).headers.get('content-security-policy')"
    )
    assert "script-src 'self' 'sha256-" in policy
    assert "unsafe-eval" not in policy and "unsafe-inline" not in policy.split(";")[1]

    page.wait_for_function(
        "document.querySelector('#echo').textContent === '1 words: Strict'"
    )
    page.fill("#text", "browsers run python")
    page.wait_for_function(
        "document.querySelector('#echo').textContent"
        " === '3 words: Run, Python, Browsers'"
    )
    assert page.evaluate("window.__violations") == []
    assert page.problems.errors == []


def test_a_minified_bundle_stays_minified_and_errors_still_point_home(
    errors_app, serve_app, page
):
    build = subprocess.run(
        [sys.executable, "-m", "clientpy", "build", "errors.py", "--minify"],
        cwd=errors_app,
        env=subprocess_env(CLIENTPY_CACHE_DIR=str(errors_app / ".cache")),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    bundle = errors_app / "assets" / BUNDLE_NAME
    minified = bundle.read_text()
    assert "(minified)" in minified.splitlines()[0]

    # the app rebuilds on its first request, the way the bundle on disk was built
    server = serve_app(errors_app / "errors.py")
    page.goto(server.url)
    wait_for_dash(page)
    assert bundle.read_text() == minified
    for kind in ("key", "zero", "user"):
        page.click(f"#b-{kind}")
    page.wait_for_function(
        "() => document.querySelectorAll('#o-user').length === 1", timeout=5_000
    )
    page.wait_for_timeout(500)
    firsts = sorted(e.split("\n")[0] for e in page.problems.errors)
    assert firsts == sorted(
        f"console.error: clientside callback errors.{kind}_error: {ERRORS[kind]}"
        for kind in ("key", "zero", "user")
    )
