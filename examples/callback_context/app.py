"""Callback context: which of three buttons fired the callback.

``ctx.triggered_id`` is the id of the component whose change called the callback, as in a
server callback; on the initial call nothing triggered it and it is ``None``.
"""

from dash import Dash, Input, Output, ctx, html

from clientpy import clientside

app = Dash(__name__, title="Callback context")

app.layout = html.Div(
    [
        html.Button("Button 1", id="btn1"),
        html.Button("Button 2", id="btn2"),
        html.Button("Button 3", id="btn3"),
        html.Div(id="log"),
    ]
)


@clientside(
    Output("log", "children"),
    Input("btn1", "n_clicks"),
    Input("btn2", "n_clicks"),
    Input("btn3", "n_clicks"),
)
def show_trigger(n1, n2, n3):
    return f"triggered id: {ctx.triggered_id}"


if __name__ == "__main__":
    app.run()
