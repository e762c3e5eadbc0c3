# A float stored into a local's own nested display that nothing reads back (a figure's
# axis range set through `fig["layout"]["yaxis"]`) is no store through another name:
# values read out of Dash's data still print as they are.


def figure_with_range(rows):
    fig = {"data": [], "layout": {"title": {"text": ""}, "yaxis": {}}}
    for r in rows:
        fig["data"].append({"x": r["x"], "y": r["y"], "name": r["name"]})
    fig["layout"]["yaxis"]["range"] = [0, max(max(r["y"]) for r in rows) * 1.1]
    fig["layout"]["title"]["text"] = "Series: " + ", ".join(
        f"{r['name']}" for r in rows
    )
    return fig


# inputs: [[{"x": [1, 2], "y": [3, 4.5], "name": "a"}, {"x": [1], "y": [2], "name": 7}]]
# inputs: [[{"x": [], "y": [0], "name": 2.5}]]


def names_and_layout(store, top):
    traces = []
    for name, series in sorted(store.items()):
        traces.append(f"{name}: {series}")
    layout = {"yaxis": {"type": "linear"}, "xaxis": {}}
    layout["yaxis"]["range"] = [top / 2, top]
    layout["xaxis"] = {"title": "x"}
    layout["yaxis"]["type"] = "log"
    return traces, layout


# inputs: [{"b": [1, 2.5], "a": 3}, 5]
# inputs: [{}, 0]


def display_made_in_a_loop(rows, scale):
    names = []
    for r in rows:
        fig = {"layout": {"yaxis": {}}, "name": r["name"]}
        fig["layout"]["yaxis"]["range"] = (0, r["v"] * scale)
        names.append(f"{fig['name']}")
    return names


# inputs: [[{"name": 1, "v": 2}, {"name": "b", "v": 0.5}], 1.5]
# inputs: [[], 2]


def _layout(top):
    fig = {"layout": {"yaxis": {}}}
    fig["layout"]["yaxis"]["range"] = [0, top / 2]
    return fig


def helper_result_read_back(top: int):
    # A helper's result is read by its type: the store is one through another name there.
    fig = _layout(top)
    return fig["layout"]["yaxis"]["range"][1] * 2, fig


# inputs: [4]
# inputs: [3]
