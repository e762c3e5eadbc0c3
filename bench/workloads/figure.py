"""A figure built from a 100k-point store: a moving average, on a linear or log axis.

The store holds ``{"x": [...], "y": [...]}``; a log axis cannot show values <= 0, so
the callback drops them first, then smooths what is left.
"""

from dash import no_update


def moving_average(values: list[float], window: int) -> list[float]:
    out = []
    total = 0.0
    for i, v in enumerate(values):
        total += v
        if i >= window:
            total -= values[i - window]
        out.append(total / min(i + 1, window))
    return out


def figure_from_store(store: dict, window: int, scale: str):
    if not store:
        return no_update
    xs = store["x"]
    ys = store["y"]
    if scale == "log":
        kept_x, kept_y = [], []
        for i, y in enumerate(ys):
            if y > 0:
                kept_x.append(xs[i])
                kept_y.append(y)
        xs, ys = kept_x, kept_y
    smooth = moving_average(ys, window)
    if smooth:
        title = f"{len(ys):,} points, last mean {smooth[-1]:.3f}"
    else:
        title = "no data"
    return {
        "data": [
            {"x": xs, "y": ys, "type": "scattergl", "mode": "markers", "name": "raw"},
            {
                "x": xs,
                "y": smooth,
                "type": "scattergl",
                "mode": "lines",
                "name": f"{window}-point mean",
            },
        ],
        "layout": {"yaxis": {"type": scale}, "title": {"text": title}},
    }
