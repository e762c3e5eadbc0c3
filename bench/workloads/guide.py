"""The callbacks of Dash's clientside-callbacks guide, written in Python."""

import json

from dash import ctx


def graph_from_store(data, scale):
    # Guide: "Graph from a store" — the figure is the stored traces plus the axis type.
    return {"data": data, "layout": {"yaxis": {"type": scale}}}


def px_figure_scale(figure, scale):
    # Guide: a Plotly Express figure kept in the store; only the y-axis type changes.
    if figure is None:
        return {"data": [], "layout": {}}
    layout = dict(figure["layout"])
    layout["yaxis"] = {**layout.get("yaxis", {}), "type": scale}
    return {**figure, "layout": layout}


def store_as_markdown(data):
    # Guide: the details panel shows the store's contents.
    return "```\n" + json.dumps(data, indent=2) + "\n```"


def last_button(b1: int | None, b2: int | None, b3: int | None):
    # Guide: callback context, the button that fired.
    clicks = (b1 or 0) + (b2 or 0) + (b3 or 0)
    return f"Last clicked: {ctx.triggered_id}, clicks {clicks}"
