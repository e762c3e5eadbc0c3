"""A module-level list is one object for every callback of a bundle, as in Python."""

import importlib.util
import json
import subprocess
from pathlib import Path

from clientpy.api import compile_function
from clientpy.transpile.bundle import BundleEntry, build_bundle

APP = Path(__file__).parent / "apps" / "shared_state.py"


def test_callbacks_share_a_module_level_list(tmp_path):
    spec = importlib.util.spec_from_file_location("shared_state", APP)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    bundle = build_bundle(
        [
            BundleEntry("ns", "remember", compile_function(module.remember)),
            BundleEntry("ns", "count", compile_function(module.count)),
        ]
    ).code
    script = tmp_path / "run.js"
    script.write_text(
        "globalThis.window = globalThis;\n"
        + bundle
        + "\nconst ns = window.dash_clientside.ns;\n"
        + "console.log(JSON.stringify([ns.remember('a'), ns.remember('b'), ns.count()]));\n"
    )
    out = subprocess.run(
        ["node", str(script)], capture_output=True, text=True, check=True
    ).stdout
    expected = [module.remember("a"), module.remember("b"), module.count()]
    assert json.loads(out) == expected == [1, 2, 2]
