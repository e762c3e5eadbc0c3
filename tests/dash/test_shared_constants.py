"""A module-level list or dict is one object for every callback of a bundle, as in
Python, however many constants reach it."""

import importlib.util
import json
import subprocess
from pathlib import Path

from clientpy.api import compile_function
from clientpy.transpile.bundle import BundleEntry, build_bundle

APP = Path(__file__).parent / "apps" / "shared_state.py"


def _module():
    spec = importlib.util.spec_from_file_location("shared_state", APP)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_bundle(tmp_path, module, calls: list[tuple[str, tuple]]) -> list:
    """Each call's result, the callbacks built into one bundle and run in node."""
    names = list(dict.fromkeys(name for name, _ in calls))
    entries = [
        BundleEntry("ns", n, compile_function(getattr(module, n))) for n in names
    ]
    js_calls = ", ".join(
        f"ns.{name}({', '.join(json.dumps(a) for a in args)})" for name, args in calls
    )
    script = tmp_path / "run.js"
    script.write_text(
        "globalThis.window = globalThis;\n"
        + build_bundle(entries).code
        + "\nconst ns = window.dash_clientside.ns;\n"
        + f"console.log(JSON.stringify([{js_calls}]));\n"
    )
    out = subprocess.run(
        ["node", str(script)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def test_callbacks_share_a_module_level_list(tmp_path):
    calls = [("remember", ("a",)), ("remember", ("b",)), ("count", ())]
    got = _run_bundle(tmp_path, _module(), calls)
    module = _module()
    assert got == [getattr(module, name)(*args) for name, args in calls] == [1, 2, 2]


def test_callbacks_share_an_object_two_constants_reach(tmp_path):
    # `bump` reaches ROW only through TABLE, `peek` only by its name: one object still.
    calls = [("bump", ()), ("bump", ()), ("peek", ())]
    got = _run_bundle(tmp_path, _module(), calls)
    module = _module()
    assert got == [getattr(module, name)(*args) for name, args in calls] == [1, 2, 2]
