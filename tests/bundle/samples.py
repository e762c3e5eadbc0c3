"""Callbacks for the bundle tests."""

from pathlib import Path

from dash import no_update

from clientpy import js

HERE = Path(__file__).resolve().parent


def line_of(text: str) -> int:
    lines = Path(__file__).read_text().splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


def uses_browser_globals(key: str):
    js.localStorage.setItem(key, "1")
    return js.document.title + js.window.location.pathname


def uses_eval(text: str):
    return js.eval(text)


def arithmetic(a: int, b: int):
    values = [a, b, a - -b, a + +b, a // (b or 1), a % 3, -(a**2)]
    return {"sum": sum(values), "text": f"{a}/{b} = {a / (b or 1):.3f}", "v": values}


def strings(s: str):
    words = s.split()
    return "".join(w[::-1] for w in words) + " // not a comment /* nor this */ `x`"


def figure_from_parts(data, scale):
    return {"data": data, "layout": {"yaxis": {"type": scale}}}


def figure_or_no_update(data, scale):
    if not data:
        return no_update
    return {"data": data, "layout": {"yaxis": {"type": scale}}}
