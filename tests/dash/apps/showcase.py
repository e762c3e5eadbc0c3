"""A Dash app whose clientside callbacks are all written in Python.

Each section exercises one part of Dash's clientside API; the browser tests click through
it and read the DOM. Run as ``python showcase.py`` with ``CLIENTPY_TEST_PORT`` set.
"""

import os

from dash import (
    ALL,
    MATCH,
    Dash,
    Input,
    Output,
    Patch,
    State,
    ctx,
    dcc,
    html,
    no_update,
    set_props,
)
from dash.exceptions import PreventUpdate

from clientpy import clientside, js

app = Dash(__name__)
server = app.server

ITEMS = [1, 2, 3]


@server.route("/api/greeting")
def greeting():
    return {"greeting": "hello from the server", "items": ITEMS}


app.layout = html.Div(
    [
        # multiple outputs, no_update inside a tuple, undefined inputs as None
        html.Button("multi", id="multi-btn"),
        html.Div(id="multi-a"),
        html.Div(id="multi-b"),
        html.Div("untouched", id="multi-c"),
        # pattern matching: ALL and MATCH
        html.Div(
            [
                dcc.Input(id={"type": "item", "index": i}, value=str(i), type="text")
                for i in ITEMS
            ]
        ),
        html.Div([html.Span(id={"type": "label", "index": i}) for i in ITEMS]),
        html.Div(id="total"),
        # PreventUpdate
        dcc.Input(id="even-in", value="0", type="text"),
        html.Div(id="even-out"),
        # ctx.triggered_id, ctx.triggered falsy on the initial call
        html.Button("left", id="left-btn"),
        html.Button("right", id="right-btn"),
        html.Div(id="which"),
        html.Div(
            [html.Button(f"pick {i}", id={"type": "pick", "index": i}) for i in ITEMS]
        ),
        html.Div(id="picked"),
        # set_props without an output
        html.Button("set", id="set-btn"),
        html.Div(id="set-target"),
        # Patch
        html.Button("append", id="patch-btn"),
        dcc.Store(id="patch-store", data=[]),
        html.Div(id="patch-view"),
        # async fetch from this app's own route
        html.Button("fetch", id="fetch-btn"),
        html.Div(id="fetch-out"),
        # callback_context beyond triggered_id
        dcc.Input(id="ctx-in", value="a", type="text"),
        html.Div(id="ctx-out"),
        # the browser's globals through js
        html.Button("browser", id="js-btn"),
        html.Div(id="js-out"),
        html.Div(id="js-later"),
        # a js event listener, installed by a callback
        dcc.Store(id="listener-ready"),
        html.Div(id="key-out"),
    ]
)


@clientside(
    Output("multi-a", "children"),
    Output("multi-b", "children"),
    Output("multi-c", "children"),
    Input("multi-btn", "n_clicks"),
)
def multi(n):
    if n is None:
        return "a: none", "b: none", no_update
    return f"a: {n}", f"b: {int(n) * 10}", no_update


@clientside(
    Output({"type": "label", "index": MATCH}, "children"),
    Input({"type": "item", "index": MATCH}, "value"),
)
def label(value):
    return f"[{value.upper()}]"


@clientside(Output("total", "children"), Input({"type": "item", "index": ALL}, "value"))
def total(values):
    numbers = [int(v) for v in values if v and v.isdigit()]
    return f"total {sum(numbers)} of {len(values)}"


@clientside(Output("even-out", "children"), Input("even-in", "value"))
def only_even(value):
    if not value or not value.isdigit() or int(value) % 2 == 1:
        raise PreventUpdate
    return f"even {value}"


@clientside(
    Output("which", "children"),
    Input("left-btn", "n_clicks"),
    Input("right-btn", "n_clicks"),
)
def which(left, right):
    if not ctx.triggered:
        return "initial call"
    return f"{ctx.triggered_id} clicked"


@clientside(
    Output("picked", "children"),
    Input({"type": "pick", "index": ALL}, "n_clicks"),
    prevent_initial_call=True,
)
def picked(clicks):
    index = ctx.triggered_id["index"]
    return f"picked {index} ({clicks[index - 1]} clicks)"


@clientside(Input("set-btn", "n_clicks"), prevent_initial_call=True)
def set_target(n):
    set_props("set-target", {"children": f"set {n} times"})


@clientside(
    Output("patch-store", "data"),
    Input("patch-btn", "n_clicks"),
    prevent_initial_call=True,
)
def append_item(n):
    patch = Patch()
    patch.append(n)
    return patch


@clientside(Output("patch-view", "children"), Input("patch-store", "data"))
def show_store(data):
    return ",".join(str(x) for x in data)


@clientside(
    Output("fetch-out", "children"),
    Input("fetch-btn", "n_clicks"),
    State("fetch-out", "children"),
    prevent_initial_call=True,
)
async def fetch_greeting(n, previous):
    response = await js.fetch("/api/greeting")
    payload = await response.json()
    # ctx was captured at entry, so it survives the awaits
    return f"{payload['greeting']} ({len(payload['items'])} items, {ctx.triggered_id})"


@clientside(
    Output("ctx-out", "children"),
    Input("ctx-in", "value"),
    State("ctx-out", "title"),
)
def context_info(value, title):
    inputs = ctx.inputs
    return (
        f"value {inputs['ctx-in.value']}; "
        f"{len(ctx.inputs_list)} input, {len(ctx.states_list)} state, "
        f"output {ctx.outputs_list['id']}.{ctx.outputs_list['property']}; "
        f"state {ctx.states['ctx-out.title']}"
    )


@clientside(
    Output("js-out", "children"), Input("js-btn", "n_clicks"), prevent_initial_call=True
)
def use_browser(n):
    js.localStorage.setItem("clientpy-test", f"stored {n}")
    stored = js.localStorage.getItem("clientpy-test")
    biggest = js.Math.max(3, 9, 4)
    encoded = js.JSON.stringify({"n": n})
    js.console.log("clientpy showcase", n)
    js.window.setTimeout(lambda: set_props("js-later", {"children": "timer fired"}), 10)
    return f"{stored}; max {biggest}; {encoded}; path {js.window.location.pathname}"


@clientside(Output("listener-ready", "data"), Input("listener-ready", "id"))
def install_listener(_):
    def on_key(event):
        epoch = js.new(js.Date, 0)
        set_props("key-out", {"children": f"key {event.key} {epoch.getUTCFullYear()}"})

    js.document.addEventListener("keydown", on_key)
    return True


if __name__ == "__main__":
    app.run(
        host="127.0.0.1",
        port=int(os.environ["CLIENTPY_TEST_PORT"]),
        debug=os.environ.get("CLIENTPY_TEST_DEBUG") == "1",
        use_reloader=False,
    )
