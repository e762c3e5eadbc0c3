"""Heavy data: 100,000 points stay in the browser; every slider move recomputes.

The series is sent once, in a ``dcc.Store``. Moving the slider runs a moving average over
all 100,000 points in the browser and redraws a thinned-out copy: nothing crosses the
network, which is what clientside callbacks are for.
"""

import numpy as np
from dash import Dash, Input, Output, dcc, html

from clientpy import clientside, js

POINTS = 100_000


def random_walk(n=POINTS, seed=7):
    steps = np.random.default_rng(seed).normal(size=n)
    return np.round(np.cumsum(steps), 3).tolist()


app = Dash(__name__, title="Heavy data")

app.layout = html.Div(
    [
        dcc.Store(id="heavy-data", data=random_walk()),
        html.Label("Moving-average window", htmlFor="heavy-window"),
        dcc.Slider(
            1,
            2000,
            value=100,
            marks={1: "1", 500: "500", 1000: "1000", 1500: "1500", 2000: "2000"},
            updatemode="drag",
            id="heavy-window",
        ),
        html.Div(id="heavy-stats"),
        html.Div(id="heavy-timing"),
        dcc.Graph(id="heavy-graph"),
    ]
)


@clientside(
    Output("heavy-graph", "figure"),
    Output("heavy-stats", "children"),
    Output("heavy-timing", "children"),
    Input("heavy-window", "value"),
    Input("heavy-data", "data"),
)
def smooth(window: int, values: list[float]):
    started = js.performance.now()
    figure, stats = moving_average(window, values)
    elapsed = js.performance.now() - started
    return figure, stats, f"computed in the browser in {elapsed:.1f} ms"


def moving_average(window: int, values: list[float]):
    """The moving average of ``values``, thinned out to about 1,000 points to draw."""
    n = len(values)
    smoothed = []
    running = 0.0
    for i in range(n):
        running += values[i]
        if i >= window:
            running -= values[i - window]
        smoothed.append(running / min(i + 1, window))
    step = max(1, n // 1000)
    xs = list(range(0, n, step))
    figure = {
        "data": [
            {"x": xs, "y": [values[i] for i in xs], "name": "raw", "opacity": 0.4},
            {"x": xs, "y": [smoothed[i] for i in xs], "name": f"window {window}"},
        ],
        "layout": {"margin": {"t": 20}, "uirevision": "keep-zoom"},
    }
    stats = (
        f"{n:,} points, window {window}: smoothed min {min(smoothed):.3f}, "
        f"max {max(smoothed):.3f}, last {smoothed[-1]:.3f}"
    )
    return figure, stats


if __name__ == "__main__":
    app.run()
