"""Callbacks that raise, to see how their errors read in the browser.

Run as ``python errors.py`` with ``CLIENTPY_TEST_PORT`` set (``CLIENTPY_TEST_DEBUG=1``
for Dash's dev tools).
"""

import os

from dash import Dash, Input, Output, State, dcc, html
from errors_helpers import lookup

from clientpy import clientside, js

KINDS = ("key", "index", "zero", "type", "user", "native", "annotation")


class Invalid(Exception):
    pass


app = Dash(__name__)
app.layout = html.Div(
    [html.Button(kind, id=f"b-{kind}") for kind in KINDS]
    + [html.Div(id=f"o-{kind}") for kind in KINDS]
    + [dcc.Input(id="i-amount", type="number")]
)


@clientside(
    Output("o-key", "children"), Input("b-key", "n_clicks"), prevent_initial_call=True
)
def key_error(n):
    return lookup({"a": 1}, "missing")


@clientside(
    Output("o-index", "children"),
    Input("b-index", "n_clicks"),
    prevent_initial_call=True,
)
def index_error(n):
    items = [1, 2, 3]
    return items[n + 10]


@clientside(
    Output("o-zero", "children"), Input("b-zero", "n_clicks"), prevent_initial_call=True
)
def zero_error(n):
    return n // (n - n)


@clientside(
    Output("o-type", "children"), Input("b-type", "n_clicks"), prevent_initial_call=True
)
def type_error(n):
    return "clicks: " + n


@clientside(
    Output("o-user", "children"), Input("b-user", "n_clicks"), prevent_initial_call=True
)
async def user_error(n):
    raise Invalid(f"bad click {n}")


@clientside(
    Output("o-native", "children"),
    Input("b-native", "n_clicks"),
    prevent_initial_call=True,
)
def native_error(n):
    return js.document.querySelector("#nowhere").textContent


@clientside(
    Output("o-annotation", "children"),
    Input("b-annotation", "n_clicks"),
    State("i-amount", "value"),
    prevent_initial_call=True,
)
def annotation_error(n, amount: float):  # an empty input gives None
    return amount * 2


if __name__ == "__main__":
    app.run(
        port=int(os.environ["CLIENTPY_TEST_PORT"]),
        debug=os.environ.get("CLIENTPY_TEST_DEBUG") == "1",
        use_reloader=False,
    )
