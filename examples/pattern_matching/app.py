"""Pattern matching: a basket whose rows are added at run time.

The server adds a row per click, each with ids of the form ``{"type": ..., "index": n}``.
One clientside callback with ``MATCH`` ids updates the line total of the row whose
quantity changed; another with ``ALL`` ids adds up every row.
"""

import math

from dash import (
    ALL,
    MATCH,
    Dash,
    Input,
    Output,
    Patch,
    State,
    callback,
    dcc,
    html,
)

from clientpy import clientside

PRICES = {"Apples": 0.5, "Bread": 2.25, "Coffee": 7.99, "Milk": 1.15}

app = Dash(__name__, title="Pattern matching")

app.layout = html.Div(
    [
        dcc.Dropdown(list(PRICES), "Apples", id="pm-product", clearable=False),
        html.Button("Add to basket", id="pm-add"),
        html.Div([], id="pm-basket"),
        html.Div(id="pm-total"),
    ]
)


@callback(
    Output("pm-basket", "children"),
    Input("pm-add", "n_clicks"),
    State("pm-product", "value"),
    prevent_initial_call=True,
)
def add_row(n_clicks, product):
    row = html.Div(
        [
            html.Span(product, className="pm-name"),
            dcc.Input(
                id={"type": "pm-qty", "index": n_clicks},
                type="number",
                value=1,
            ),
            dcc.Store(id={"type": "pm-price", "index": n_clicks}, data=PRICES[product]),
            html.Span(id={"type": "pm-line", "index": n_clicks}),
        ],
        className="pm-row",
    )
    basket = Patch()
    basket.append(row)
    return basket


def entered(value):
    """The quantity typed in, or None: a cleared number input gives None to a server
    callback (JSON has no NaN) but NaN to a clientside one."""
    if value is None or math.isnan(value):
        return None
    return value


@clientside(
    Output({"type": "pm-line", "index": MATCH}, "children"),
    Input({"type": "pm-qty", "index": MATCH}, "value"),
    State({"type": "pm-price", "index": MATCH}, "data"),
)
def line_total(quantity, price):
    quantity = entered(quantity)
    if quantity is None:
        return "enter a quantity"
    return f"{quantity:g} × {price:.2f} = {quantity * price:.2f}"


@clientside(
    Output("pm-total", "children"),
    Input({"type": "pm-qty", "index": ALL}, "value"),
    Input({"type": "pm-price", "index": ALL}, "data"),
)
def basket_total(quantities, prices):
    if not quantities:
        return "The basket is empty."
    amounts = [entered(q) or 0 for q in quantities]
    items = sum(amounts)
    total = sum(a * p for a, p in zip(amounts, prices))
    return f"{len(quantities)} rows, {items:g} items, total {total:.2f}"


if __name__ == "__main__":
    app.run()
