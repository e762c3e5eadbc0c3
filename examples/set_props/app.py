"""set_props: a keyboard shortcut updates a store without being a callback output.

A clientside callback, run when the page loads, installs a ``keydown`` handler. On Ctrl+R
the handler keeps the browser from reloading and calls ``set_props`` to put a new value
into the store; a server callback then renders it.
"""

from dash import Dash, Input, Output, callback, dcc, html, no_update, set_props

from clientpy import clientside, js

app = Dash(__name__, title="set_props")

app.layout = html.Div(
    [
        html.Span(
            ["Press ", html.Kbd("Ctrl"), " + ", html.Kbd("R"), " to refresh the data"]
        ),
        dcc.Store(id="store-events", data={}),
        html.Div(id="container-events"),
    ],
    id="document",
)


# Runs when the layout appears: the id of its root never changes afterwards.
@clientside(Output("document", "id"), Input("document", "id"))
def listen_for_refresh(_):
    def on_keydown(event):
        if js.document.getElementById("document") is None:
            return  # this layout is not shown (another page of a multi-page app)
        if event.ctrlKey and event.key == "r":
            event.preventDefault()
            event.stopPropagation()
            # simulate getting new data
            new_data = js.JSON.stringify(js.new(js.Date))
            set_props("store-events", {"data": new_data})

    # One handler for the whole document, however often the layout appears.
    js.document.onkeydown = on_keydown
    return no_update


@callback(
    Output("container-events", "children"),
    Input("store-events", "data"),
    prevent_initial_call=True,
)
def handle_key_press(data):
    return f"Current data value: {data}"


if __name__ == "__main__":
    app.run()
