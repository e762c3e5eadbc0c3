"""``clientpy.js`` in CPython: a marker that explains itself when touched."""

from __future__ import annotations

import copy
import pickle

import pytest
from dash import Input, Output

from clientpy import clientside, js
from clientpy.js import BrowserOnlyError


def test_attribute_access_says_it_is_browser_only():
    with pytest.raises(
        BrowserOnlyError, match=r"js\.window exists only in the browser"
    ):
        js.window  # noqa: B018
    with pytest.raises(BrowserOnlyError, match=r"js\.console"):
        js.console.log("x")
    with pytest.raises(BrowserOnlyError, match="exists only in the browser"):
        js.new(js.Date)
    with pytest.raises(BrowserOnlyError):
        js.document = None
    with pytest.raises(BrowserOnlyError):
        js()
    with pytest.raises(BrowserOnlyError):
        js["x"]


def test_it_is_an_attribute_error_so_probes_stay_quiet():
    assert not hasattr(js, "window")
    assert getattr(js, "window", "absent") == "absent"
    assert not hasattr(js, "__wrapped__")
    assert "browser" in repr(js)
    assert copy.copy(js) is js
    assert pickle.loads(pickle.dumps(js)) is js


def test_a_clientside_function_using_js_fails_clearly_in_cpython():
    @clientside(Output("o", "children"), Input("b", "n_clicks"))
    def now(n):
        if n is None:
            return "no clicks"
        return js.Date.now()

    assert now(None) == "no clicks"  # the pure path runs in CPython
    with pytest.raises(BrowserOnlyError, match=r"js\.Date"):
        now(1)
