"""An app whose callbacks fail their checks, each in its own way."""

from dash import Dash, Input, Output

from clientpy import Example, clientside, js

app = Dash(__name__)


@clientside(
    Output("a", "children"),
    Input("a", "value"),
    app=app,
    examples=[Example(1, expect=2), (2,)],
)
def wrong_expect(value):
    return value


@clientside(Output("b", "children"), Input("b", "value"), app=app, examples=[(1,)])
def needs_browser(value):
    return js.document.title


@clientside(Output("c", "children"), Input("c", "value"), app=app)
def refused(value):
    import os

    return os.sep


@clientside(Output("d", "children"), Input("d", "value"), app=app, examples=[(0,)])
def hangs(value):
    while value >= 0:
        value = value + 1
    return value
