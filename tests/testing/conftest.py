"""Fixtures of the clientpy.testing tests: apps imported afresh, so that their callbacks
are registered whatever other test folders did to the registry."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

APPS = Path(__file__).resolve().parent / "apps"


def import_fresh(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cb():
    """tests/testing/apps/callbacks.py, its callbacks registered."""
    return import_fresh(APPS / "callbacks.py", "clientpy_testing_callbacks")
