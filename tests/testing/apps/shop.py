"""An app whose callbacks all pass their examples; they belong to this app only."""

from dash import Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from clientpy import Example, clientside, js

app = Dash(__name__)


@clientside(
    Output("basket", "children"),
    Input("add", "n_clicks"),
    State("basket", "children"),
    app=app,
    examples=[
        (1, "tea"),
        Example(2, "tea, cake", ctx="add", expect="tea, cake, tea"),
        Example(None, "", expect=PreventUpdate, name="initial"),
    ],
)
def add(n, basket):
    if not n:
        raise PreventUpdate
    return f"{basket}, tea" if basket else "tea"


@clientside(
    Output("sorted", "children"),
    Input("numbers", "value"),
    app=app,
    examples=[("10 9 100",), ("",), (None,)],
)
def sort_numbers(text):
    if text is None:
        return no_update
    return sorted(int(t) for t in text.split())


@clientside(
    Output("source", "children"),
    Input("source", "id"),
    app=app,
    examples=[Example("x", ctx="source.id", expect="source")],
)
def source(_):
    return ctx.triggered_id


@clientside(Output("untested", "children"), Input("untested", "value"), app=app)
def untested(value):
    return value


@clientside(
    Output("title", "children"),
    Input("title", "id"),
    app=app,
    examples=[Example("x", expect="node")],
)
def browser_title(_):
    # node has no document; but `typeof` tells the JavaScript where it runs
    return "node" if js.globalThis.process else js.document.title
