"""The bundle: content, where it is served from, atomic writes, failures, the cache."""

from __future__ import annotations

import contextlib
import gc
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import textwrap
import time

import pytest
from clientpy_dash_support import run_python
from dash import Dash, Input, Output, html

import clientpy.api
from clientpy.dash import BUNDLE_NAME, BuildError, clientside
from clientpy.dash import cache as cp_cache
from clientpy.dash.assets import write_if_changed
from clientpy.dash.build import build_app

MEMORY_TAG = 'src="/_clientpy/bundle.js?v='


def make_app(assets, **kw):
    app = Dash(__name__, assets_folder=str(assets), **kw)
    app.layout = html.Div([html.Button(id="b"), html.Div(id="o"), html.Div(id="o2")])
    return app


def add_greeting(app=None):
    @clientside(Output("o", "children"), Input("b", "n_clicks"), app=app)
    def greet(n):
        if n is None:
            return "none"
        return f"clicked {n}"

    return greet


def add_shout(app=None):
    @clientside(Output("o2", "children"), Input("b", "n_clicks"), app=app)
    def shout(n):
        return str(n).upper()

    return shout


def add_broken():
    @clientside(Output("o2", "title"), Input("b", "n_clicks"))
    def broken(n):
        global COUNTER
        COUNTER = n
        return n

    return broken


def node_eval(script: str) -> str:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is required to run the bundle outside a browser")
    run = subprocess.run(
        [node, "-e", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


# --- writing ----------------------------------------------------------------------------


def test_write_only_when_changed(tmp_path):
    path, written = write_if_changed(str(tmp_path / "assets"), "var a = 1;\n")
    assert written
    assert (tmp_path / "assets" / BUNDLE_NAME).read_text() == "var a = 1;\n"
    before = os.stat(path).st_mtime_ns
    time.sleep(0.02)
    assert write_if_changed(str(tmp_path / "assets"), "var a = 1;\n") == (path, False)
    assert os.stat(path).st_mtime_ns == before
    assert write_if_changed(str(tmp_path / "assets"), "var a = 2;\n") == (path, True)
    assert os.listdir(tmp_path / "assets") == [BUNDLE_NAME]


def _writer(folder: str, contents: list[str], rounds: int) -> None:
    for i in range(rounds):
        write_if_changed(folder, contents[i % len(contents)])


def test_concurrent_writers_never_expose_a_partial_file(tmp_path):
    folder = str(tmp_path / "assets")
    # Large enough that a non-atomic write would be seen half-done.
    contents = [f"// {c}\n" + (c * 400_000) + "\n" for c in "ab"]
    write_if_changed(folder, contents[0])
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(
            target=_writer, args=(folder, contents[k % 2 :] + contents[: k % 2], 40)
        )
        for k in range(6)
    ]
    for p in procs:
        p.start()
    reads = 0
    path = os.path.join(folder, BUNDLE_NAME)
    while any(p.is_alive() for p in procs):
        with open(path) as f:
            assert f.read() in contents
        reads += 1
    for p in procs:
        p.join()
        assert p.exitcode == 0
    assert reads > 10
    assert os.listdir(folder) == [BUNDLE_NAME]  # no temporary file left behind


# --- serving ----------------------------------------------------------------------------


def test_bundle_is_written_to_assets_before_the_first_page(tmp_path):
    assets = tmp_path / "assets"
    app = make_app(assets)
    add_greeting()
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    assert f'src="/assets/{BUNDLE_NAME}?m=' in page
    assert MEMORY_TAG not in page
    code = (assets / BUNDLE_NAME).read_text()
    assert "test_dash_assets__add_greeting_locals_greet" in code
    served = client.get(f"/assets/{BUNDLE_NAME}")
    assert served.get_data(as_text=True) == code


def test_bundle_is_deterministic_across_processes(tmp_path):
    (tmp_path / "app.py").write_text(textwrap.dedent("""
            from dash import Dash, Input, Output, html
            from clientpy import clientside
            app = Dash(__name__)
            app.layout = html.Div([html.Button(id="b"), html.Div(id="o"), html.Div(id="p")])

            @clientside(Output("o", "children"), Input("b", "n_clicks"))
            def one(n):
                return [x * 2 for x in range(n or 0)]

            @clientside(Output("p", "children"), Input("b", "n_clicks"))
            def two(n):
                return {"n": n, "s": str(n).upper()}
            """))
    outputs = []
    for k in range(2):
        run = run_python(
            "from clientpy.cli import main; main(['build', 'app.py', '--assets-folder', "
            f"'out{k}'])",
            tmp_path,
            CLIENTPY_CACHE_DIR=str(tmp_path / f"cache{k}"),  # no shared cache either
        )
        assert run.returncode == 0, run.stderr
        outputs.append((tmp_path / f"out{k}" / BUNDLE_NAME).read_bytes())
    assert outputs[0] == outputs[1]


def test_bundle_runs_in_a_js_engine_with_only_a_window(tmp_path):
    app = make_app(tmp_path / "assets")
    add_greeting()
    add_shout()
    result = build_app(app)
    names = [spec.function_name for spec in result.callbacks]
    script = f"""
    globalThis.window = {{ dash_clientside: {{ other: {{ keep: 1 }}, clientpy: {{ mine: 2 }} }} }};
    const before = window.dash_clientside;
    require({json.dumps(result.bundle_path)});
    const ns = window.dash_clientside.clientpy;
    console.log(JSON.stringify({{
      same: window.dash_clientside === before,
      other: window.dash_clientside.other.keep,
      mine: ns.mine,
      none: ns[{json.dumps(names[0])}](undefined),
      cleared: ns[{json.dumps(names[0])}](NaN),
      clicked: ns[{json.dumps(names[0])}](3),
      shout: ns[{json.dumps(names[1])}]("hey"),
    }}));
    """
    assert json.loads(node_eval(script)) == {
        "same": True,
        "other": 1,
        "mine": 2,
        "none": "none",
        "cleared": "none",
        "clicked": "clicked 3",
        "shout": "HEY",
    }


def _readonly(folder) -> contextlib.AbstractContextManager:
    """Make ``folder`` unwritable even for root (immutable flag), or by mode bits."""

    @contextlib.contextmanager
    def manage():
        folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            run = subprocess.run(
                ["chattr", "+i", str(folder)], capture_output=True, check=False
            )
            if run.returncode != 0:
                pytest.skip(
                    f"cannot make a folder read-only as root here: {run.stderr!r}"
                )
            undo = ["chattr", "-i", str(folder)]
        else:
            folder.chmod(0o555)
            undo = ["chmod", "755", str(folder)]
        try:
            probe = folder / "probe"
            with pytest.raises(OSError):
                probe.write_text("x")
            yield folder
        finally:
            subprocess.run(undo, check=False)

    return manage()


def test_read_only_assets_folder_serves_the_bundle_from_memory(tmp_path):
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "user.js").write_text("window.userAsset = 1;\n")
    with _readonly(assets):
        app = make_app(assets)
        add_greeting()
        client = app.server.test_client()
        page = client.get("/").get_data(as_text=True)
        assert sorted(os.listdir(assets)) == ["user.js"]
        assert f'src="/assets/{BUNDLE_NAME}' not in page
        assert MEMORY_TAG in page
        # after every asset, right before the renderer
        assert page.index("/assets/user.js") < page.index(MEMORY_TAG)
        assert page.index(MEMORY_TAG) < page.index('<script id="_dash-renderer"')
        url = page[page.index(MEMORY_TAG) + len('src="') :].split('"')[0]
        response = client.get(url)
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("application/javascript")
        assert "test_dash_assets__add_greeting_locals_greet" in response.get_data(
            as_text=True
        )


def test_unusable_assets_path_serves_from_memory_under_a_url_prefix(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    app = make_app(blocker / "assets", url_base_pathname="/sub/")
    add_greeting()
    client = app.server.test_client()
    page = client.get("/sub/").get_data(as_text=True)
    assert 'src="/sub/_clientpy/bundle.js?v=' in page
    url = page.split('src="/sub/_clientpy/bundle.js')[1].split('"')[0]
    assert client.get("/sub/_clientpy/bundle.js" + url).status_code == 200


def test_page_without_assets_files_gets_the_memory_bundle(tmp_path):
    app = make_app(tmp_path / "assets", include_assets_files=False)
    add_greeting()
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert MEMORY_TAG in page


def test_hot_reload_mode_serves_from_memory_and_writes_nothing(tmp_path):
    app = make_app(tmp_path / "assets")
    app._dev_tools.hot_reload = True  # what app.run(debug=True) sets up
    add_greeting()
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert MEMORY_TAG in page
    assert not (tmp_path / "assets" / BUNDLE_NAME).exists()


def test_app_without_clientside_callbacks_is_untouched(tmp_path):
    app = make_app(tmp_path / "assets")
    client = app.server.test_client()
    page = client.get("/").get_data(as_text=True)
    assert "_clientpy" not in page and BUNDLE_NAME not in page
    assert client.get("/_clientpy/bundle.js").status_code == 404
    assert not (tmp_path / "assets").exists()


def test_late_registration_updates_the_bundle(tmp_path):
    assets = tmp_path / "assets"
    app = make_app(assets)
    add_greeting()
    client = app.server.test_client()
    client.get("/")
    assert "shout" not in (assets / BUNDLE_NAME).read_text()
    add_shout()
    page = client.get("/").get_data(as_text=True)
    assert (
        "test_dash_assets__add_shout_locals_shout" in (assets / BUNDLE_NAME).read_text()
    )
    assert MEMORY_TAG not in page  # the rewritten asset is current


def test_failed_build_keeps_the_last_good_bundle(tmp_path):
    assets = tmp_path / "assets"
    app = make_app(assets)
    add_greeting()
    client = app.server.test_client()
    assert client.get("/").status_code == 200
    good = (assets / BUNDLE_NAME).read_bytes()
    mtime = (assets / BUNDLE_NAME).stat().st_mtime_ns

    add_broken()
    with pytest.raises(BuildError) as info:
        build_app(app)
    assert "CP104" in str(info.value)
    assert "test_dash_assets.add_broken.<locals>.broken" in str(info.value)
    app.server.config["PROPAGATE_EXCEPTIONS"] = False
    assert client.get("/").status_code == 500
    assert client.get("/_clientpy/bundle.js").status_code == 500
    assert (assets / BUNDLE_NAME).read_bytes() == good
    assert (assets / BUNDLE_NAME).stat().st_mtime_ns == mtime
    assert client.get("/_dash-layout").status_code == 200  # data routes unaffected


# --- the translation cache --------------------------------------------------------------


def test_translations_are_written_once_the_build_ends():
    """A build's translations are kept in memory at once and written to the cache by a
    thread of their own once its bundle is made; flush() waits for them."""
    compiled = clientpy.api.CompiledFunction(
        "m.f", "f", "function f() {}", frozenset(), frozenset(), False
    )
    folder = cp_cache.cache_dir() / "compiled"
    with cp_cache.writes_deferred():
        cp_cache.store("ab" * 32, compiled)
        assert cp_cache.load("ab" * 32, type(compiled)) == compiled
        assert not list(folder.rglob("*.json"))
    cp_cache.flush()
    assert [p.name for p in folder.rglob("*.json")] == ["ab" * 32 + ".json"]
    cp_cache.clear_memory()
    assert cp_cache.load("ab" * 32, type(compiled)) == compiled


def test_a_build_leaves_the_collector_and_frozen_objects_as_they_were(tmp_path):
    """The build pauses the cyclic collector, then moves what it made to the oldest
    generation by freezing and unfreezing: never when the process has frozen objects
    of its own, which would be unfrozen too."""
    app = make_app(tmp_path / "assets")
    add_greeting()
    assert gc.isenabled()
    build_app(app)
    assert gc.isenabled()

    cp_cache.clear_memory()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        add_shout()
        build_app(app)
        assert 0 < gc.get_freeze_count() <= frozen  # still frozen, nothing added
    finally:
        gc.unfreeze()


def test_unchanged_callbacks_are_not_translated_again(tmp_path, monkeypatch):
    app = make_app(tmp_path / "assets")
    add_greeting()
    first = build_app(app)
    cp_cache.flush()  # the files are written by a thread of their own
    entries = list((cp_cache.cache_dir() / "compiled").rglob("*.json"))
    assert len(entries) == 1

    cp_cache.clear_memory()
    for spec in first.callbacks:
        spec.compiled = None

    def refuse(func):
        raise AssertionError(f"{func.__qualname__} was translated again")

    monkeypatch.setattr(clientpy.api, "compile_function", refuse)
    again = build_app(app)
    with open(again.bundle_path) as f, open(first.bundle_path) as g:
        assert f.read() == g.read()


def test_cache_key_follows_the_source_and_the_globals(tmp_path):
    module = tmp_path / "cbmod.py"
    source = "LIMIT = {limit}\n\ndef cb(n):\n    return min(n, LIMIT)\n"
    keys = []
    for limit in (1, 1, 2):
        module.write_text(source.format(limit=limit))
        namespace: dict = {"__name__": "cbmod", "__file__": str(module)}
        code = compile(module.read_text(), str(module), "exec")
        exec(code, namespace)  # noqa: S102
        keys.append(cp_cache.cache_key(namespace["cb"]))
    assert keys[0] == keys[1]
    assert keys[1] != keys[2]


def _key_with_constants(tmp_path, constants: str, caller: str):
    """cache_key of `cb` in a module of `caller`'s source that imports `keyconsts`
    (`constants` its source): the caller's file stays the same."""
    (tmp_path / "keyconsts.py").write_text(constants)
    module = tmp_path / "keymod.py"
    module.write_text(caller)
    sys.path.insert(0, str(tmp_path))
    try:
        for name in ("keyconsts", "keypkg", "keypkg.impl"):
            sys.modules.pop(name, None)
        namespace: dict = {"__name__": "keymod", "__file__": str(module)}
        exec(compile(caller, str(module), "exec"), namespace)  # noqa: S102
        return cp_cache.cache_key(namespace["cb"])
    finally:
        sys.path.remove(str(tmp_path))
        for name in ("keyconsts", "keypkg", "keypkg.impl"):
            sys.modules.pop(name, None)


@pytest.mark.parametrize(
    "before, after",
    [
        ('{"b": 1, "a": 2}', '{"a": 2, "b": 1}'),  # a dict's order is its JSON's
        ("[(1, 2)]", "[[1, 2]]"),  # a tuple is no list
        ('{1: "k"}', '{"1": "k"}'),  # an int key is no str
        ("[1]", "[True]"),
        ("{1, 2}", "{1, 3}"),
    ],
)
def test_cache_key_tells_apart_what_the_translation_does(tmp_path, before, after):
    """A constant imported from another module is keyed by its value: as the
    translation writes it, not as JSON would (which sorts keys, has no tuples)."""
    caller = "from keyconsts import TABLE\n\ndef cb(n):\n    return str(TABLE)\n"
    first = _key_with_constants(tmp_path, f"TABLE = {before}\n", caller)
    assert first == _key_with_constants(tmp_path, f"TABLE = {before}\n", caller)
    assert first != _key_with_constants(tmp_path, f"TABLE = {after}\n", caller)


def test_cache_key_follows_defaults_and_modules_attributes(tmp_path):
    """A default is taken when the def runs, not read as a global at call time; a
    package's function may live in a module other than its `__init__.py`."""
    caller = (
        "from keyconsts import LIMIT\n\n"
        "def cb(n, lim=LIMIT):\n    return min(n, lim)\n"
    )
    seven = _key_with_constants(tmp_path, "LIMIT = 7\n", caller)
    assert seven != _key_with_constants(tmp_path, "LIMIT = 9\n", caller)

    package = tmp_path / "keypkg"
    package.mkdir()
    (package / "__init__.py").write_text("from .impl import shout\n")
    caller = "import keypkg\n\ndef cb(s):\n    return keypkg.shout(s)\n"
    keys = []
    for body in ("s.upper()", "s.lower()"):
        (package / "impl.py").write_text(f"def shout(s):\n    return {body}\n")
        keys.append(_key_with_constants(tmp_path, "", caller))
    assert keys[0] != keys[1]


def test_a_hundred_callbacks_start_fast_from_the_cache(tmp_path):
    lines = [
        "from dash import Dash, Input, Output, html",
        "from clientpy import clientside",
        "app = Dash(__name__)",
        "children = [html.Button(id='b')] + [html.Div(id=f'o{i}') for i in range(100)]",
        "app.layout = html.Div(children)",
    ]
    for i in range(100):
        lines += [
            "",
            f"@clientside(Output('o{i}', 'children'), Input('b', 'n_clicks'))",
            f"def cb{i}(n):",
            f"    return [str(x + {i}) for x in range(n or 0)]",
        ]
    (tmp_path / "big.py").write_text("\n".join(lines) + "\n")
    probe = textwrap.dedent("""
        import time, json
        import clientpy.api
        calls = []
        real = clientpy.api.compile_function
        clientpy.api.compile_function = lambda f, *a, **k: calls.append(f) or real(f, *a, **k)
        t0 = time.perf_counter()
        from clientpy.dash.build import build_app, load_app
        app = load_app("big.py")
        t1 = time.perf_counter()
        build_app(app)
        t2 = time.perf_counter()
        print(json.dumps({"import": t1 - t0, "build": t2 - t1, "translated": len(calls)}))
        """)
    env = {"CLIENTPY_CACHE_DIR": str(tmp_path / "cache")}
    cold = run_python(probe, tmp_path, **env)
    assert cold.returncode == 0, cold.stderr
    warm = run_python(probe, tmp_path, **env)
    assert warm.returncode == 0, warm.stderr
    cold_t, warm_t = json.loads(cold.stdout), json.loads(warm.stdout)
    assert cold_t["translated"] == 100
    assert warm_t["translated"] == 0
    assert warm_t["build"] < cold_t["build"]
    assert warm_t["build"] < 2.0, warm_t


def test_a_bundle_of_the_same_translations_is_not_built_again(tmp_path, monkeypatch):
    """Printing, mapping and verifying a bundle happen once per set of translations;
    a changed callback builds (and verifies) a new one."""
    import clientpy.transpile.bundle as bundle_module

    built = []
    real = bundle_module.build_bundle
    monkeypatch.setattr(
        bundle_module,
        "build_bundle",
        lambda *a, **k: built.append(1) or real(*a, **k),
    )
    app = make_app(tmp_path / "assets")
    add_greeting(app)
    path = tmp_path / "assets" / BUNDLE_NAME
    build_app(app)
    code = path.read_text()
    cp_cache.clear_memory()
    build_app(app)
    assert len(built) == 1
    assert path.read_text() == code
    add_shout(app)
    build_app(app)
    assert len(built) == 2
    assert "shout" not in code and "shout" in path.read_text()


def test_a_cached_bundle_needs_no_translation_loaded(tmp_path, monkeypatch):
    """The bundle's cache key comes from the translations' keys, so an app whose
    bundle was built before starts without reading any translation back."""
    app = make_app(tmp_path / "assets")
    add_greeting(app)
    first = build_app(app)
    code = (tmp_path / "assets" / BUNDLE_NAME).read_text()
    cp_cache.clear_memory()
    for spec in first.callbacks:
        spec.compiled = None

    def refuse(*args, **kwargs):
        raise AssertionError("a translation was loaded or made for a cached bundle")

    monkeypatch.setattr(cp_cache, "load", refuse)
    monkeypatch.setattr(clientpy.api, "compile_function", refuse)
    again = build_app(app)
    assert (tmp_path / "assets" / BUNDLE_NAME).read_text() == code
    assert all(spec.compiled is None for spec in again.callbacks)


def test_a_script_and_its_import_share_constants_under_one_name(tmp_path):
    """`python app.py` runs the module as `__main__`, `clientpy build app.py` imports
    it as `app`: a module-level constant is one object of the bundle under the same
    key either way, so both write the same bundle."""
    script = tmp_path / "app.py"
    script.write_text(
        "KEYS = {'a': [1]}\n\n"
        "def cb(k):\n    return KEYS[k]\n\n"
        "if __name__ == '__main__':\n"
        "    from clientpy.api import compile_function\n"
        "    print(compile_function(cb).code)\n"
    )
    as_script = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=True
    ).stdout
    importing = (
        "import sys; sys.path.insert(0, sys.argv[1]); import app\n"
        "from clientpy.api import compile_function\n"
        "print(compile_function(app.cb).code)"
    )
    as_module = subprocess.run(
        [sys.executable, "-c", importing, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert 'py_shared("app.KEYS"' in as_script
    assert as_script == as_module


def test_a_write_removes_what_killed_builds_left(tmp_path):
    """A build killed between making its temporary file and renaming it leaves the
    file behind: the next write of that name removes such files once they are old
    enough to be no running build's, and leaves younger ones alone."""
    stale = tmp_path / f".{BUNDLE_NAME}.abc123.tmp"
    fresh = tmp_path / f".{BUNDLE_NAME}.def456.tmp"
    other = tmp_path / ".unrelated.tmp"
    for path in (stale, fresh, other):
        path.write_text("partial")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    write_if_changed(str(tmp_path), "var x = 1;\n")
    assert not stale.exists()
    assert fresh.exists() and other.exists()
    assert (tmp_path / BUNDLE_NAME).read_text() == "var x = 1;\n"
