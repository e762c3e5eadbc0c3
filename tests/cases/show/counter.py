"""`clientpy show` golden case: several callbacks; NAME picks some of them."""

from dash import Dash, Input, Output, State, ctx, html
from dash.exceptions import PreventUpdate

from clientpy import clientside

app = Dash(__name__)
app.layout = html.Div(
    [html.Button(id="up"), html.Button(id="down"), html.Div(id="n"), html.Div(id="log")]
)


@clientside(
    Output("n", "children"),
    Input("up", "n_clicks"),
    Input("down", "n_clicks"),
    State("n", "children"),
)
def count(up, down, current):
    if ctx.triggered_id is None:
        raise PreventUpdate
    value = int(current or 0)
    step = 1 if ctx.triggered_id == "up" else -1
    return str(value + step)


@clientside(Output("log", "children"), Input("n", "children"))
def history(n):
    return [f"n = {n}"] * 2
