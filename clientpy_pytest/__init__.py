"""The pytest plugin of clientpy (entry point ``pytest11``: ``clientpy``).

It lives outside the ``clientpy`` package so that loading it imports nothing of clientpy:
importing ``clientpy`` installs its Dash hooks, which a session that never tests a
callback should not get.

Fixtures:

* ``clientpy_engine``: the session's node engine (a :class:`~clientpy.testing.NodeEngine`).
* ``run_js``: :func:`clientpy.testing.run_js`.
* ``assert_same``: :func:`clientpy.testing.assert_same`.

The ini option ``clientpy_timeout`` (seconds, default 5) limits each JavaScript call.
One engine serves the whole session; it starts with the first call that needs it and
stops when the session ends. Nothing is imported or started for a session that does not
use it.
"""

from __future__ import annotations

import sys

import pytest


def pytest_addoption(parser):
    parser.addini(
        "clientpy_timeout",
        "seconds one JavaScript call of clientpy.testing may run (default 5)",
        default="5",
    )


def pytest_configure(config):
    raw = config.getini("clientpy_timeout")
    try:
        seconds = float(raw)
    except ValueError:
        raise pytest.UsageError(
            f"clientpy_timeout = {raw!r}: give a number of seconds"
        ) from None
    if seconds <= 0:
        raise pytest.UsageError(
            f"clientpy_timeout = {raw!r}: give a positive number of seconds"
        )
    config._clientpy_timeout = seconds
    config._clientpy_timeout_set = False
    _apply_timeout(config)


def _apply_timeout(config, runner=None) -> None:
    # Only where clientpy.testing is in use (see the module doc). Test modules importing
    # run_js directly have imported it by the end of the collection.
    if config._clientpy_timeout_set:
        return
    runner = runner or sys.modules.get("clientpy.testing.runner")
    if runner is not None:
        runner.set_timeout(config._clientpy_timeout)
        config._clientpy_timeout_set = True


def pytest_collection_finish(session):
    _apply_timeout(session.config)


def pytest_runtest_setup(item):
    _apply_timeout(item.config)


def _runner(config):
    from clientpy.testing import runner

    _apply_timeout(config, runner)
    return runner


def pytest_unconfigure(config):
    runner = sys.modules.get("clientpy.testing.runner")
    if runner is not None:
        runner.close_engine()


@pytest.fixture(scope="session")
def clientpy_engine(pytestconfig):
    """The session's node engine, shared with ``run_js``/``assert_same``."""
    return _runner(pytestconfig).get_engine()


@pytest.fixture
def run_js(pytestconfig):
    """``run_js(func, *args, ctx=None, timeout=None)``: the JavaScript's value."""
    return _runner(pytestconfig).run_js


@pytest.fixture
def assert_same(pytestconfig):
    """``assert_same(func, *args, ctx=None)``: CPython and JavaScript agree."""
    return _runner(pytestconfig).assert_same
