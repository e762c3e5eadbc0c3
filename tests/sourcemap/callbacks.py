"""Callbacks whose every statement the source-map tests follow back to Python."""

from dash.exceptions import PreventUpdate

from .helpers import lookup, scale


class Invalid(Exception):
    pass


def totals(n: int, items: list[int]):
    if n is None:
        raise PreventUpdate
    total = 0
    for x in scale(items, 2):
        total += x
    doubled = [x * 2 for x in items if x > 0]
    return f"{total} {len(doubled)}"


# fmt: off
def accents(name: str):
    greeting = "héllo 😀 wörld"; tail = name + "!"
    parts = []
    while len(parts) < 2:
        parts.append(greeting)
    return " ".join(parts) + tail
# fmt: on


def nested(key: str):
    table = {"a": 1}

    def inner(k):
        return lookup(table, k)

    try:
        value = inner(key)
    except KeyError:
        value = -1
    else:
        value += 1
    finally:
        table["seen"] = 1
    check = lambda v: v > 0
    return value if check(value) else None


def failing(kind: str, n: int):
    items = [1, 2, 3]
    if kind == "key":
        return lookup({"a": 1}, "b")
    if kind == "index":
        return items[n]
    if kind == "zero":
        return 10 // n
    if kind == "type":
        return items + kind
    if kind == "user":
        raise Invalid("bad value", n)
    return "ok"


async def later(n: int):
    if n > 1:
        raise ValueError(f"too big: {n}")
    return n
