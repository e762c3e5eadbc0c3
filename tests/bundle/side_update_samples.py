"""Callbacks calling dash.set_props, for tests/bundle/test_side_updates.py."""

from dash import set_props
from dash.exceptions import PreventUpdate


def notify_then_prevent(n):
    set_props("toast", {"children": f"saved {n}"})
    if n > 1:
        raise PreventUpdate
    return n


def notify_then_fail(n):
    set_props("toast", {"children": "saving"})
    return {"a": 1}["b"]


def notify_then_change(n):
    props = {"data": [n]}
    set_props("store", props)
    props["data"].append(n + 1)
    return "done"


def _tell(text):
    set_props("toast", {"children": text})


def notify_through_helper(n):
    _tell(f"{n} rows")
    _tell("last")
    return n
