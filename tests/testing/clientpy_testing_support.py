"""Helpers of the clientpy.testing tests (a unique name: every test folder's directory is
on sys.path, so a plain `conftest` or `helpers` import could find another folder's)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"


def import_fresh(path: Path, name: str):
    """Run ``path`` as module ``name`` (again, if it ran before)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def run_pytest(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """pytest in a process of its own, in ``cwd``, as a user's project runs it."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [env.get("PYTHONPATH")])]
    )
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
