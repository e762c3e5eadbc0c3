"""`clientpy show` golden case: a callback calling a helper of its own module."""

from dash import Dash, Input, Output, html, no_update

from clientpy import clientside

app = Dash(__name__)
app.layout = html.Div([html.Div(id="name"), html.Div(id="out")])


def shout(text: str) -> str:
    return text.upper() + "!"


@clientside(Output("out", "children"), Input("name", "children"))
def greet(name):
    if not name:
        return no_update
    return f"Hello, {shout(name.strip())}"
