"""Fixtures shared by the test folders."""

import os

import pytest

from clientpy.testing.engine import NodeEngine


@pytest.fixture(scope="session")
def js_engine():
    """One long-running node process for the whole session."""
    with NodeEngine() as engine:
        yield engine


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test of the run (tests/dash, tests/examples):
    Playwright's sync API cannot run two instances at once in one thread."""
    playwright = pytest.importorskip("playwright.sync_api")
    # in tests/dash, which every folder that uses a browser puts on sys.path
    from clientpy_dash_support import CHROMIUM, CHROMIUM_ARGS

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
