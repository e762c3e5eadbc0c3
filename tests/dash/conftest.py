"""Fixtures for the Dash integration: a clean registry per test, apps in subprocesses,
and pages of the session's headless Chromium (``browser`` is in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from clientpy_dash_support import AppServer, PageProblems

import clientpy.dash
from clientpy.dash.cache import clear_memory


@pytest.fixture(autouse=True)
def clean_clientpy(tmp_path_factory, monkeypatch):
    """Every test starts with no callbacks, no known apps and its own cache."""
    monkeypatch.setenv("CLIENTPY_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    clientpy.dash.reset()
    clear_memory()
    yield
    clientpy.dash.reset()


@pytest.fixture
def serve_app(tmp_path):
    """``serve_app(app_file, cwd=..., **env)`` starts an app and returns its AppServer."""
    servers: list[AppServer] = []

    def start(app_file: Path, cwd: Path | None = None, **env: str) -> AppServer:
        server = AppServer(
            Path(app_file),
            Path(cwd or Path(app_file).parent),
            env,
            tmp_path / f"server{len(servers)}.log",
        )
        servers.append(server)
        server.wait_ready()
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    pg = context.new_page()
    pg.problems = PageProblems(pg)
    yield pg
    context.close()
