"""Transpile time per callback, and what N clientside callbacks add to an app's start-up.

Per callback: ``clientpy.compile_function`` again and again in one process (after a
warm-up), median, twice: a repeat translation, which reuses the function's tree and the
analyses kept for it, and a first one, from a freshly parsed tree (as each callback is
translated in a new process; the file's parse itself is left out, shared by the file's
callbacks). Start-up: a generated app of N callbacks (``bench/app_template.py``) in a
fresh Python process, timing the import of the app module and the build of its bundle
(what the Dash integration does before the first request), against the same app
registering hand-written functions. The clientpy app's import of clientpy is part of
its app module (the plain app does not import it); Dash and the server framework its
``Dash()`` imports (Flask: about 90 ms, the same for both apps) are imported before
the clock starts, so that their import's jitter does not swamp the difference. Cold: an empty translation cache;
warm: the cache that the cold run filled (``clientpy/dash/cache.py``), in a new
process. Every process reads Python's bytecode of the modules it imports from a cache
filled by one run before the timed ones, as an installed package has it: a machine
that writes none (``PYTHONDONTWRITEBYTECODE``) would otherwise compile clientpy's
modules from source in every cold run, and Dash's in every run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from clientpy.api import compile_function
from clientpy.transpile.parse import forget_parsed_files, parse_function

from .app_template import app_source, functions

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, os, sys, time
t0 = time.perf_counter()
import dash
from dash.backends import get_backend
get_backend("flask")  # Dash() imports its server's framework: both apps would pay it
t1 = time.perf_counter()
sys.path.insert(0, os.path.dirname(sys.argv[1]))
import importlib
module = importlib.import_module(os.path.basename(sys.argv[1])[:-3])
t2 = time.perf_counter()
build = 0.0
if sys.argv[2] == "clientpy":
    from clientpy.dash.build import build_app
    build_app(module.app, assets_folder=sys.argv[3])
    build = time.perf_counter() - t2
print(json.dumps({"libraries": t1 - t0, "app_module": t2 - t1, "build": build}))
"""


def _time_calls(func, repeats: int) -> dict[str, float]:
    """Median ms of a repeat translation of `func` (its tree and the analyses kept
    for it reused, as when a running app rebuilds) and of a first one (its file just
    parsed, nothing kept: what each callback costs a new process)."""
    for _ in range(3):
        compile_function(func)
    repeat, first = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        compile_function(func)
        repeat.append(time.perf_counter() - t)
    for _ in range(repeats):
        forget_parsed_files()
        parse_function(func)  # the file's parse is shared by its callbacks: untimed
        t = time.perf_counter()
        compile_function(func)
        first.append(time.perf_counter() - t)
    return {
        "ms": statistics.median(repeat) * 1000,
        "first_ms": statistics.median(first) * 1000,
    }


def per_callback(workloads, workdir: Path, repeats: int) -> list[dict]:
    rows = []
    for func in dict.fromkeys(w.func for w in workloads):
        lines = len(__import__("inspect").getsource(func).splitlines())
        rows.append(
            {
                "callback": func.__name__,
                "kind": "workload",
                "lines": lines,
                **_time_calls(func, repeats),
            }
        )
    path = workdir / "typical_callbacks.py"
    source = app_source(0, "clientpy", str(workdir)).split("app = Dash")[0]
    source += "".join("\n\n" + body for _, body in functions(8))
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("typical_callbacks", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["typical_callbacks"] = module
    spec.loader.exec_module(module)
    for name, body in functions(8):
        rows.append(
            {
                "callback": name,
                "kind": "typical",
                "lines": len(body.splitlines()),
                **_time_calls(getattr(module, name), repeats),
            }
        )
    return rows


def _child(
    app_file: Path, style: str, assets: Path, cache: Path, bytecode: Path
) -> dict:
    env = dict(os.environ, CLIENTPY_CACHE_DIR=str(cache))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(app_file), style, str(assets)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"start-up run failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def startup(counts, workdir: Path, runs: int) -> list[dict]:
    rows = []
    for n in counts:
        folder = workdir / f"app{n}"
        assets = folder / "assets"
        assets.mkdir(parents=True, exist_ok=True)
        app_cp = folder / f"app_cp_{n}.py"
        app_plain = folder / f"app_plain_{n}.py"
        app_cp.write_text(app_source(n, "clientpy", str(assets)), encoding="utf-8")
        app_plain.write_text(app_source(n, "plain", str(assets)), encoding="utf-8")
        bytecode = workdir / "bytecode"
        with tempfile.TemporaryDirectory(dir=folder) as cache:  # fills `bytecode`
            _child(app_plain, "plain", assets, Path(cache), bytecode)
            _child(app_cp, "clientpy", assets, Path(cache), bytecode)
        plain, cold, warm = [], [], []
        for _ in range(runs):
            with tempfile.TemporaryDirectory(dir=folder) as cache:
                args = (assets, Path(cache), bytecode)
                plain.append(_child(app_plain, "plain", *args))
                cold.append(_child(app_cp, "clientpy", *args))
                warm.append(_child(app_cp, "clientpy", *args))
        base = statistics.median(r["app_module"] for r in plain)

        def added(results, base=base):
            return statistics.median(
                r["app_module"] - base + r["build"] for r in results
            )

        rows.append(
            {
                "callbacks": n,
                "plain_app_module_ms": base * 1000,
                "cold_ms": added(cold) * 1000,
                "warm_ms": added(warm) * 1000,
                "cold_build_ms": statistics.median(r["build"] for r in cold) * 1000,
                "warm_build_ms": statistics.median(r["build"] for r in warm) * 1000,
            }
        )
    return rows
