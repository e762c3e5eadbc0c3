"""Plotly Express figure in the store: the browser only restyles it.

The server builds a whole ``px.line`` figure and stores it; a clientside callback copies it
with the y-axis type taken from the radio buttons, leaving the rest of the layout as
Plotly Express made it.
"""

import json

import plotly.express as px
from dash import Dash, Input, Output, callback, dcc, html

from clientpy import clientside

df = px.data.gapminder()
available_countries = df["country"].unique()

app = Dash(__name__, title="Plotly Express figure in the store")

app.layout = html.Div(
    [
        dcc.Graph(id="clientside-graph-px"),
        dcc.Store(id="clientside-figure-store-px"),
        "Indicator",
        dcc.Dropdown(
            {
                "pop": "Population",
                "lifeExp": "Life Expectancy",
                "gdpPercap": "GDP per Capita",
            },
            "pop",
            id="clientside-graph-indicator-px",
        ),
        "Country",
        dcc.Dropdown(available_countries, "Canada", id="clientside-graph-country-px"),
        "Graph scale",
        dcc.RadioItems(["linear", "log"], "linear", id="clientside-graph-scale-px"),
        html.Hr(),
        html.Details(
            [
                html.Summary("Contents of figure storage"),
                dcc.Markdown(id="clientside-figure-json-px"),
            ]
        ),
    ]
)


@callback(
    Output("clientside-figure-store-px", "data"),
    Input("clientside-graph-indicator-px", "value"),
    Input("clientside-graph-country-px", "value"),
)
def update_store_data(indicator, country):
    dff = df[df["country"] == country]
    return px.line(dff, x="year", y=str(indicator), markers=True)


@clientside(
    Output("clientside-graph-px", "figure"),
    Input("clientside-figure-store-px", "data"),
    Input("clientside-graph-scale-px", "value"),
)
def update_figure(figure, scale):
    if figure is None:
        return {"data": [], "layout": {}}
    layout = figure["layout"]
    yaxis = {**layout.get("yaxis", {}), "type": scale}
    return {**figure, "layout": {**layout, "yaxis": yaxis}}


@callback(
    Output("clientside-figure-json-px", "children"),
    Input("clientside-figure-store-px", "data"),
)
def generated_px_figure_json(data):
    return "```\n" + json.dumps(data, indent=2) + "\n```"


if __name__ == "__main__":
    app.run()
