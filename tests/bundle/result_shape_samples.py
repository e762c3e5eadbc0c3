"""Callbacks whose results Dash's server checks against their Outputs."""

from dash import no_update


def echo(value):
    return value


async def echo_later(value):
    return value


def greet_twice(name):
    return [f"Hello {name}", no_update]


def total(quantities):
    return [
        sum(q or 0 for q in quantities),
        [i for i, q in enumerate(quantities) if q is None],
    ]


def is_none(value):
    return value is None


def sort_copy(rows):
    rows.sort(key=lambda r: r is None)
    return rows
