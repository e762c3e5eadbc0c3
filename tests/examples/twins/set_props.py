"""The guide's version of examples/set_props, with its JavaScript.
Run as ``python set_props.py`` with PORT set."""

from dash import Dash, Input, Output, callback, clientside_callback, dcc, html

app = Dash(__name__)

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

# this one is executed only once when the app is loaded
# and not triggered any more because id of document is not changed
clientside_callback(
    """
    function() {
        document.addEventListener('keydown', function(e) {
            if(e.ctrlKey && e.keyCode == 82) {
                // simulate getting new data
                newData = JSON.stringify(new Date())
                // Update dcc.Store with ID store-events
                dash_clientside.set_props('store-events', {data: newData})

                event.preventDefault()
                event.stopPropagation()
                return dash_clientside.no_update
            }
        });
        return dash_clientside.no_update
    }
    """,
    Output("document", "id"),
    Input("document", "id"),
)


@callback(
    Output("container-events", "children"),
    Input("store-events", "data"),
    prevent_initial_call=True,
)
def handle_key_press(data):
    return f"Current data value: {data}"


if __name__ == "__main__":
    app.run()
