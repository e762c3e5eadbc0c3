"""`clientpy show` golden case: a callback that cannot be translated shows why."""

from dash import Dash, Input, Output, html

from clientpy import clientside

app = Dash(__name__)
app.layout = html.Div([html.Div(id="a"), html.Div(id="b")])


@clientside(Output("b", "children"), Input("a", "children"))
def read_file(path):
    with open(path) as f:
        return f.read()
