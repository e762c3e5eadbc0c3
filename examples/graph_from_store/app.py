"""Graph from a store: the server filters the data, the browser draws it.

A server callback puts one country's gapminder series into a ``dcc.Store``; a clientside
callback turns the store and the linear/log choice into the figure, so switching the
scale never waits for the server.
"""

import json

import plotly.express as px
from dash import Dash, Input, Output, callback, dcc, html

from clientpy import clientside

df = px.data.gapminder()
available_countries = df["country"].unique()

app = Dash(__name__, title="Graph from a store")

app.layout = html.Div(
    [
        dcc.Graph(id="clientside-graph"),
        dcc.Store(id="clientside-figure-store"),
        "Indicator",
        dcc.Dropdown(
            {
                "pop": "Population",
                "lifeExp": "Life Expectancy",
                "gdpPercap": "GDP per Capita",
            },
            "pop",
            id="clientside-graph-indicator",
        ),
        "Country",
        dcc.Dropdown(available_countries, "Canada", id="clientside-graph-country"),
        "Graph scale",
        dcc.RadioItems(["linear", "log"], "linear", id="clientside-graph-scale"),
        html.Hr(),
        html.Details(
            [
                html.Summary("Contents of figure storage"),
                dcc.Markdown(id="clientside-figure-json"),
            ]
        ),
    ]
)


@callback(
    Output("clientside-figure-store", "data"),
    Input("clientside-graph-indicator", "value"),
    Input("clientside-graph-country", "value"),
)
def update_store_data(indicator, country):
    dff = df[df["country"] == country]
    return [{"x": dff["year"], "y": dff[indicator], "mode": "markers"}]


@clientside(
    Output("clientside-graph", "figure"),
    Input("clientside-figure-store", "data"),
    Input("clientside-graph-scale", "value"),
)
def update_figure(data, scale):
    return {"data": data, "layout": {"yaxis": {"type": scale}}}


@callback(
    Output("clientside-figure-json", "children"),
    Input("clientside-figure-store", "data"),
)
def generated_figure_json(data):
    return "```\n" + json.dumps(data, indent=2) + "\n```"


if __name__ == "__main__":
    app.run()
