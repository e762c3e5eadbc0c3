"""Fixtures for the examples' browser tests: pages of the session's Chromium (``browser``,
in tests/conftest.py), each example app (and the guide's JavaScript twin) served from a
copy of ``examples/`` in a temporary folder, so no bundle is written into the source tree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dash"))

from clientpy_dash_support import (
    AppServer,
    PageProblems,
    free_port,
    subprocess_env,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TWINS = Path(__file__).resolve().parent / "twins"


class ExampleServer(AppServer):
    """``python app.py`` of an example, which takes its port from ``PORT`` as Dash does."""

    def __init__(self, app_file: Path, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._log_file = open(log, "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, str(app_file)],
            cwd=app_file.parent,
            env=subprocess_env(PORT=str(self.port)),
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


@pytest.fixture(scope="session")
def examples_copy(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("examples") / "examples"
    shutil.copytree(
        EXAMPLES,
        target,
        ignore=shutil.ignore_patterns("zzz_clientpy.js", "__pycache__"),
    )
    shutil.copytree(
        TWINS, target / "twins", ignore=shutil.ignore_patterns("__pycache__")
    )
    return target


@pytest.fixture(scope="session")
def start_apps(examples_copy, tmp_path_factory):
    """``start_apps("graph_from_store", "twins/graph_from_store.py")``: the apps started
    together (each one is a Python process importing Dash), ready, stopped at the end.
    """
    logs = tmp_path_factory.mktemp("logs")
    servers: list[ExampleServer] = []

    def start(*names: str) -> list[ExampleServer]:
        started = []
        for name in names:
            path = examples_copy / name
            app_file = path if path.suffix == ".py" else path / "app.py"
            log = logs / f"{name.replace('/', '_')}.log"
            started.append(ExampleServer(app_file, log))
        servers.extend(started)
        for server in started:
            server.wait_ready()
        return started

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def new_page(browser):
    """``new_page(**context_options)``: a page in a fresh browser context whose console
    errors and page errors are collected in ``page.problems.errors``."""
    contexts = []

    def make(**options):
        context = browser.new_context(
            viewport={"width": 1200, "height": 900}, **options
        )
        contexts.append(context)
        page = context.new_page()
        page.problems = PageProblems(page)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()
