"""Promises: an async clientside callback fetches JSON and fills a table.

The app serves two data sets as JSON on its own routes; picking one in the dropdown makes
an ``async`` callback ``await`` the browser's ``fetch`` and hand the records to a
paginated DataTable. Dash waits for the promise an async function returns.
"""

import plotly.express as px
from dash import Dash, Input, Output, dash_table, dcc, hooks, html

from clientpy import clientside, js

DATASETS = {
    "iris": ("Iris data", px.data.iris),
    "carshare": ("Car-sharing data", px.data.carshare),
}


# A Dash hook adds the route to every app created after this point: this one, and the
# gallery's when it shows this example.
@hooks.route("datasets/iris.json")
def iris_json():
    return px.data.iris().to_dict("records")


@hooks.route("datasets/carshare.json")
def carshare_json():
    return px.data.carshare().to_dict("records")


app = Dash(__name__, title="Promises")

app.layout = html.Div(
    [
        dcc.Dropdown(
            options=[
                {"label": "Car-sharing data", "value": "/datasets/carshare.json"},
                {"label": "Iris data", "value": "/datasets/iris.json"},
            ],
            value="/datasets/iris.json",
            id="data-select",
        ),
        html.Br(),
        dash_table.DataTable(id="my-table-promises", page_size=10),
    ]
)


@clientside(Output("my-table-promises", "data"), Input("data-select", "value"))
async def load_table(url):
    response = await js.fetch(url)
    return await response.json()


if __name__ == "__main__":
    app.run()
