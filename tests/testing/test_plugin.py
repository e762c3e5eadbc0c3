"""The pytest plugin, as a user's session sees it (pytest run in a subprocess)."""

import textwrap

from clientpy_testing_support import run_pytest

APP = """
from dash import Dash, Input, Output, no_update
from clientpy import clientside

app = Dash(__name__)

@clientside(Output("o", "children"), Input("i", "value"))
def shout(value):
    if value is None:
        return no_update
    return value.upper() + "!"

@clientside(Output("p", "children"), Input("p", "value"))
def forever(value):
    while value >= 0:
        value = value + 1
    return value
"""


def write(folder, **files):
    for name, text in files.items():
        (folder / name).write_text(textwrap.dedent(text))


def test_fixtures(tmp_path):
    write(
        tmp_path,
        **{
            "app.py": APP,
            "test_fixtures.py": """
                from dash import no_update
                from clientpy.testing import NodeEngine
                from app import shout

                def test_run_js(run_js):
                    assert run_js(shout, "hey") == "HEY!"
                    assert run_js(shout, None) is no_update

                def test_assert_same(assert_same):
                    assert assert_same(shout, "ok") == "OK!"

                def test_engine(clientpy_engine, run_js):
                    assert isinstance(clientpy_engine, NodeEngine)
                    assert clientpy_engine.eval("1 + 1") == 2
                    run_js(shout, "a")
                    assert any("shout" in key for key in clientpy_engine._defs)
                """,
        },
    )
    result = run_pytest(tmp_path, "-v")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
    assert "clientpy-" in result.stdout  # listed among the plugins


def test_the_timeout_ini_option(tmp_path):
    write(
        tmp_path,
        **{
            "app.py": APP,
            "pytest.ini": """
                [pytest]
                clientpy_timeout = 0.5
                """,
            "test_hang.py": """
                import time
                import pytest
                from clientpy.testing import EngineTimeout, run_js
                from app import forever, shout

                def test_hang():
                    started = time.monotonic()
                    with pytest.raises(EngineTimeout, match="within 0.5 s"):
                        run_js(forever, 0)
                    assert time.monotonic() - started < 5
                    assert run_js(shout, "still here") == "STILL HERE!"
                """,
        },
    )
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_a_bad_timeout_is_a_usage_error(tmp_path):
    write(
        tmp_path,
        **{
            "pytest.ini": "[pytest]\nclientpy_timeout = soon\n",
            "test_nothing.py": "def test_nothing():\n    pass\n",
        },
    )
    result = run_pytest(tmp_path)
    assert result.returncode == 4, result.stdout + result.stderr
    assert "clientpy_timeout = 'soon'" in result.stderr


def test_a_session_that_does_not_use_it_pays_nothing(tmp_path):
    write(
        tmp_path,
        **{
            "test_other.py": """
                import sys

                def test_nothing_of_clientpy_loaded():
                    assert "clientpy_pytest" in sys.modules
                    assert "clientpy" not in sys.modules
                """,
        },
    )
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
