"""Probes, tenth battery: callbacks using dash.ctx, Patch and set_props as Dash's docs and
forums write them (which button, a pattern-matching index, a figure patched in place).
"""

import dash
from dash import (
    ALL,
    MATCH,
    Dash,
    Input,
    Output,
    Patch,
    State,
    callback_context,
    ctx,
    no_update,
    set_props,
)
from dash.exceptions import PreventUpdate

from clientpy import clientside

app = Dash(__name__)


@clientside(
    Output("display", "children"),
    Input("btn-1", "n_clicks"),
    Input("btn-2", "n_clicks"),
    Input("btn-3", "n_clicks"),
    app=app,
)
def which_button(b1, b2, b3):
    button_id = ctx.triggered_id if not None else "No clicks yet"
    msg = {"btn-1": "one", "btn-2": "two"}.get(button_id, "other")
    total = sum(n or 0 for n in (b1, b2, b3))
    return f"{button_id} ({msg}), {total} clicks"


@clientside(
    Output("display-old", "children"),
    Input("btn-1", "n_clicks"),
    Input("btn-2", "n_clicks"),
    app=app,
)
def old_style_context(b1, b2):
    # the pre-2.4 idiom, still everywhere on the forum
    changed = [p["prop_id"] for p in callback_context.triggered][0]  # noqa: RUF015
    if "btn-1" in changed:
        return "Button 1"
    if changed.split(".")[0] == "btn-2":
        return f"Button 2 ({b2})"
    return "nothing"


@clientside(
    Output("counter", "children"),
    Input("plus", "n_clicks"),
    Input("minus", "n_clicks"),
    Input("reset", "n_clicks"),
    State("counter", "children"),
    app=app,
)
def counter(plus, minus, reset, shown):
    trig = ctx.triggered_id
    if trig is None:
        raise PreventUpdate
    value = int(shown or 0)
    if trig == "reset":
        return "0"
    return str(value + (1 if trig == "plus" else -1))


@clientside(
    Output({"type": "out", "index": MATCH}, "children"),
    Input({"type": "btn", "index": MATCH}, "n_clicks"),
    app=app,
)
def matched(n):
    idx = ctx.triggered_id["index"]
    attr = ctx.triggered_id.index
    kind = ctx.triggered_id.type
    return f"{kind} #{idx} ({attr == idx}) clicked {n or 0}x"


@clientside(
    Output("all-out", "children"),
    Input({"type": "item", "index": ALL}, "value"),
    app=app,
)
def all_items(values):
    filled = [v for v in values if v not in (None, "")]
    trig = ctx.triggered_id
    which = trig["index"] if isinstance(trig, dict) else None
    return [len(filled), which, ", ".join(str(v) for v in filled if isinstance(v, str))]


@clientside(
    Output("trig-list", "children"),
    Input("a", "value"),
    Input("b", "value"),
    app=app,
)
def triggered_props(a, b):
    props = ctx.triggered_prop_ids
    vals = [t["value"] for t in ctx.triggered]
    return [sorted(props), list(props.values()), vals, bool(ctx.triggered)]


@clientside(
    Output("graph", "figure"),
    Input("add-point", "n_clicks"),
    State("new-y", "value"),
    prevent_initial_call=True,
    app=app,
)
def add_point(n, y):
    if y is None:
        return no_update
    patched = Patch()
    patched["data"][0]["y"].append(y)
    patched["data"][0]["x"].append(n)
    patched["layout"]["title"]["text"] = f"{n} points"
    return patched


@clientside(
    Output("graph2", "figure"),
    Input("color", "value"),
    Input("drop", "n_clicks"),
    app=app,
)
def restyle(color, drop):
    p = Patch()
    if ctx.triggered_id == "drop":
        del p["data"][1]
        p["layout"]["shapes"].clear()
        return p
    p["data"][0]["marker"]["color"] = color or "gray"
    p["data"].prepend({"type": "bar", "y": [1]})
    p["data"].insert(1, {"type": "scatter"})
    p["layout"]["annotations"].extend([{"text": "a"}, {"text": "b"}])
    p["layout"]["tags"].remove("old")
    p["layout"]["count"] += 1
    p["layout"].update({"height": 300})
    return p


@clientside(
    Input("save", "n_clicks"),
    State("name", "value"),
    prevent_initial_call=True,
    app=app,
)
def save_and_notify(n, name):
    if not name:
        set_props("error", {"children": "Name required", "style": {"color": "red"}})
        return
    set_props("status", {"children": f"Saved {name!r} ({n})"})
    for i in range(2):
        set_props({"type": "row", "index": i}, {"disabled": True})


@clientside(
    Output("store", "data"),
    Input("inc", "n_clicks"),
    State("store", "data"),
    app=app,
)
def store_counts(n, data):
    data = data or {"clicks": 0, "by_id": {}}
    data["clicks"] += 1
    key = str(ctx.triggered_id)
    data["by_id"][key] = data["by_id"].get(key, 0) + 1
    return data


def _which():
    trig = dash.ctx.triggered_id
    return trig if trig is not None else "initial"


@clientside(
    Output("helper-ctx", "children"),
    Input("x", "n_clicks"),
    Input("y", "n_clicks"),
    app=app,
)
def helper_reads_ctx(x, y):
    who = _which()
    n = (x or 0) + (y or 0)
    return f"{who}: {n} click{'s' if n != 1 else ''} ({dash.callback_context.triggered[0]['value']})"


@clientside(
    Output("graph3", "figure"),
    Input("y3", "value"),
    prevent_initial_call=True,
    app=app,
)
def module_style(y):
    # Dash's docs write `import dash` and `dash.Patch()`, `dash.no_update`...
    if y is None:
        raise dash.exceptions.PreventUpdate
    if y == "":
        return dash.no_update
    p = dash.Patch()
    p["layout"]["title"] = f"{y} ({dash.ctx.triggered_id})"
    p["data"][0]["y"].append(len(y))
    dash.set_props("status", {"children": y.upper()})
    return p
