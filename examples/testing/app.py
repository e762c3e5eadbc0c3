"""A small app whose clientside callbacks declare examples, tested by test_app.py.

Run the app with `python examples/testing/app.py`; test it with
`python -m pytest examples/testing` (needs `pip install clientpy[testing]`).
"""

from dash import ALL, Dash, Input, Output, State, ctx, dcc, html, no_update, set_props
from dash.exceptions import PreventUpdate

from clientpy import Example, clientside

app = Dash(__name__, title="clientpy testing example")


@clientside(
    Output("greeting", "children"),
    Input("name", "value"),
    examples=[("ada lovelace",), ("",), Example(None, expect=no_update)],
)
def greet(name):
    if not name:
        return no_update
    return f"Hello, {name.title()}!"


@clientside(
    Output("counter", "children"),
    Input("plus", "n_clicks"),
    Input("minus", "n_clicks"),
    State("counter", "children"),
    examples=[
        Example(None, None, "0", expect=PreventUpdate, name="initial call"),
        Example(1, None, "0", ctx="plus", expect="1"),
        Example(1, 1, "5", ctx="minus.n_clicks", expect="4"),
    ],
)
def count(plus, minus, shown):
    if ctx.triggered_id is None:
        raise PreventUpdate
    step = 1 if ctx.triggered_id == "plus" else -1
    return str(int(shown) + step)


@clientside(
    Output("total", "children"),
    Input({"type": "qty", "item": ALL}, "value"),
    State("prices", "data"),
    examples=[
        ([1, 2], {"tea": 2.5, "cake": 4}),
        ([None, 3], {"tea": 2.5, "cake": 4}),
        ([], {}),
    ],
)
def total(quantities, prices):
    amounts = [int(q or 0) for q in quantities]
    cost = sum(a * p for a, p in zip(amounts, prices.values()))
    if sum(amounts) > 10:
        set_props("warning", {"children": "That is a lot of cake."})
    return f"{sum(amounts)} items, {cost:.2f} EUR"


app.layout = html.Div(
    [
        dcc.Input(id="name", placeholder="your name"),
        html.H2(id="greeting"),
        html.Button("+", id="plus"),
        html.Button("-", id="minus"),
        html.Span("0", id="counter"),
        dcc.Store(id="prices", data={"tea": 2.5, "cake": 4}),
        dcc.Input(id={"type": "qty", "item": "tea"}, type="number", value=1),
        dcc.Input(id={"type": "qty", "item": "cake"}, type="number", value=0),
        html.P(id="total"),
        html.P(id="warning"),
    ]
)

if __name__ == "__main__":
    app.run(debug=True)
