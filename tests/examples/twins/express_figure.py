"""The guide's version of examples/express_figure: the same app with the figure restyled
by the guide's JavaScript. Run as ``python express_figure.py`` with PORT set."""

import json

import plotly.express as px
from dash import Dash, Input, Output, callback, clientside_callback, dcc, html

df = px.data.gapminder()
available_countries = df["country"].unique()

app = Dash(__name__)

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


clientside_callback(
    """
    function(figure, scale) {
        if(figure === undefined) {
            return {'data': [], 'layout': {}};
        }
        const fig = Object.assign({}, figure, {
            'layout': {
                ...figure.layout,
                'yaxis': {
                    ...figure.layout.yaxis, type: scale
                }
             }
        });
        return fig;
    }
    """,
    Output("clientside-graph-px", "figure"),
    Input("clientside-figure-store-px", "data"),
    Input("clientside-graph-scale-px", "value"),
)


@callback(
    Output("clientside-figure-json-px", "children"),
    Input("clientside-figure-store-px", "data"),
)
def generated_px_figure_json(data):
    return "```\n" + json.dumps(data, indent=2) + "\n```"


if __name__ == "__main__":
    app.run()
