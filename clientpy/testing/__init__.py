"""Test clientside callbacks: run their JavaScript in node and compare it with CPython.

``run_js(func, *args, ctx=None)`` runs the JavaScript of a ``@clientside`` function (or
any function ``clientpy.to_js`` accepts) and returns its value as Python;
``assert_same(func, *args, ctx=None)`` runs CPython and JavaScript and fails with a
readable account of any difference; ``app_examples(app)`` makes a pytest test that checks
every ``@clientside`` callback of an app on the ``examples=`` declared next to it.
The pytest plugin (``clientpy_pytest``, installed with clientpy) adds the fixtures
``clientpy_engine``, ``run_js`` and ``assert_same`` and the ``clientpy_timeout`` ini option.
"""

from clientpy.testing.engine import (
    PREVENT_UPDATE,
    UNDEFINED,
    EngineError,
    EngineTimeout,
    JSRaised,
    NodeEngine,
)
from clientpy.testing.examples import app_examples, check_app, example_cases
from clientpy.testing.runner import (
    JSError,
    Outcome,
    assert_same,
    close_engine,
    get_engine,
    js_outcome,
    py_outcome,
    run_js,
    set_timeout,
)

__all__ = [
    "PREVENT_UPDATE",
    "UNDEFINED",
    "EngineError",
    "EngineTimeout",
    "JSError",
    "JSRaised",
    "NodeEngine",
    "Outcome",
    "app_examples",
    "assert_same",
    "check_app",
    "close_engine",
    "example_cases",
    "get_engine",
    "js_outcome",
    "py_outcome",
    "run_js",
    "set_timeout",
]
