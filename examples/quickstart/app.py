"""clientpy quickstart: a Dash app whose clientside callbacks are written in Python.

Run it with `python examples/quickstart/app.py` and open http://127.0.0.1:8050.
The page shows each callback's Python source next to the JavaScript clientpy made of it.
"""

import inspect
import os

from dash import Dash, Input, Output, State, ctx, dcc, html, no_update

from clientpy import clientside, compile_function

app = Dash(__name__, title="clientpy quickstart")


@clientside(Output("greeting", "children"), Input("name", "value"))
def greet(name):
    if not name:
        return no_update
    return f"Hello, {name.title()}!"


@clientside(
    Output("stats", "children"),
    Input("numbers", "value"),
    prevent_initial_call=False,
)
def describe(text):
    values = [float(part) for part in (text or "").replace(",", " ").split()]
    if not values:
        return "Type some numbers, e.g. 3 1 4 1 5"
    mean = sum(values) / len(values)
    ordered = sorted(values)
    return f"n={len(values)}  mean={mean:.3f}  min={ordered[0]:g}  max={ordered[-1]:g}"


@clientside(
    Output("last-button", "children"),
    Input("left", "n_clicks"),
    Input("right", "n_clicks"),
)
def which_button(left, right):
    clicks = {"left": left or 0, "right": right or 0}
    if ctx.triggered_id is None:
        return "No button pressed yet"
    return f"{ctx.triggered_id} pressed; clicks so far: {clicks}"


@clientside(
    Output("todo-list", "children"),
    Output("todo-input", "value"),
    Input("todo-add", "n_clicks"),
    State("todo-input", "value"),
    State("todo-list", "children"),
    prevent_initial_call=True,
)
def add_todo(n_clicks, text, items):
    items = list(items or [])
    if not text or not text.strip():
        return no_update, ""
    items.append(f"• {text.strip()}  ")
    return items[-5:], ""


def source_panel(func):
    js_code = compile_function(func).code
    return html.Details(
        [
            html.Summary(func.__name__),
            html.Div(
                [
                    html.Pre(inspect.getsource(func), className="py"),
                    html.Pre(js_code, className="js"),
                ],
                style={"display": "flex", "gap": "1em"},
            ),
        ]
    )


app.layout = html.Div(
    [
        html.H2("clientpy quickstart: clientside callbacks written in Python"),
        dcc.Input(id="name", placeholder="your name"),
        html.Div(id="greeting"),
        html.Hr(),
        dcc.Input(id="numbers", value="3 1 4 1 5", style={"width": "20em"}),
        html.Div(id="stats"),
        html.Hr(),
        html.Button("left", id="left"),
        html.Button("right", id="right"),
        html.Div(id="last-button"),
        html.Hr(),
        dcc.Input(id="todo-input", placeholder="a todo"),
        html.Button("add", id="todo-add"),
        html.Div(id="todo-list"),
        html.Hr(),
        html.H3("The Python you write, and the JavaScript that runs"),
        *[source_panel(f) for f in (greet, describe, which_button, add_todo)],
    ],
    style={"fontFamily": "sans-serif", "margin": "2em"},
)

if __name__ == "__main__":
    port = int(os.environ.get("CLIENTPY_TEST_PORT") or os.environ.get("PORT", "8050"))
    app.run(host="127.0.0.1", port=port, debug=False)
