"""Callbacks for the clientpy.testing tests: values, exceptions, ctx, set_props, async.

Each belongs to this file's app only, so that checking another app does not meet them.
"""

from dash import (
    ALL,
    MATCH,
    Dash,
    Input,
    Output,
    Patch,
    State,
    ctx,
    no_update,
    set_props,
)
from dash.exceptions import PreventUpdate

from clientpy import Example, clientside, js

app = Dash(__name__)


class OutOfStock(ValueError):
    pass


@clientside(Output("greeting", "children"), Input("name", "value"), app=app)
def greet(name):
    if not name:
        return no_update
    return f"Hello, {name.title()}!"


@clientside(
    [Output("a", "children"), Output("b", "children")],
    Input("n", "value"),
    app=app,
)
def two_outputs(n: int):
    if n is None:
        raise PreventUpdate
    if n < 0:
        return no_update, "negative"
    return n * 2, (n, n + 0.5)


@clientside(Output("shapes", "children"), Input("shapes", "id"), app=app)
def shapes(_):
    return {
        "ints": {1: "one", 2: "two"},
        "set": {3},
        "tuple": (1, "x"),
        "float": 2.5,
        "none": None,
        "nested": [[True, False], {"k": -0.0}],
    }


@clientside(Output("stock", "children"), Input("item", "value"), app=app)
def buy(item):
    stock = {"tea": 2, "cake": 0}
    if item == "cake":
        raise OutOfStock("no cake left", stock["cake"])
    return stock[item]


@clientside(Output("err", "children"), Input("err", "id"), app=app)
def returns_exception(kind):
    if kind == "key":
        return KeyError("k")
    return ValueError("bad", 2)


@clientside(Output("browser", "children"), Input("browser", "id"), app=app)
def browser_href(_):
    return js.window.location.href


@clientside(Output("loop", "children"), Input("loop", "value"), app=app)
def spin(n):
    while n >= 0:
        n = n + 1
    return n


@clientside(Output("printed", "children"), Input("printed", "id"), app=app)
def chatty(x):
    print("got", x)
    print("twice", x, sep="|")
    return x


async def _echo(x):
    return x


@clientside(Output("later", "children"), Input("later", "n_clicks"), app=app)
async def later(n):
    first = ctx.triggered_id
    value = await _echo(n)
    # ctx was read on entry, so it still answers after the await
    return [value, first, ctx.triggered_id]


@clientside(
    Output("clicked", "children"),
    Input("left", "n_clicks"),
    Input("right", "n_clicks"),
    State("clicked", "title"),
    app=app,
)
def which(left, right, title):
    return {
        "triggered_id": ctx.triggered_id,
        "triggered": ctx.triggered,
        "truthy": bool(ctx.triggered),
        "prop_ids": ctx.triggered_prop_ids,
        "inputs": ctx.inputs,
        "states": ctx.states,
        "inputs_list": ctx.inputs_list,
        "states_list": ctx.states_list,
        "outputs_list": ctx.outputs_list,
    }


@clientside(
    Output({"type": "label", "index": MATCH}, "children"),
    Input({"type": "button", "index": MATCH}, "n_clicks"),
    State({"type": "field", "index": ALL}, "value"),
    app=app,
)
def pattern(n, fields):
    return {
        "triggered_id": ctx.triggered_id,
        "index": ctx.triggered_id["index"] if ctx.triggered_id else None,
        "inputs": ctx.inputs,
        "states": ctx.states,
        "outputs_list": ctx.outputs_list,
        "fields": fields,
    }


@clientside(Input("save", "n_clicks"), prevent_initial_call=True, app=app)
def save(n):
    set_props("status", {"children": f"saved {n}"})
    set_props({"type": "cell", "index": 2}, {"value": (n, n)})
    set_props("status", {"title": "ok"})


@clientside(Input("edit", "n_clicks"), prevent_initial_call=True, app=app)
def edited_after(n):
    # Dash sends side updates as they are when the callback returns, none if it raises
    props = {"children": "saving"}
    set_props("status", props)
    props["children"] = f"saved {n}"
    if n < 0:
        raise ValueError("no negative clicks")


@clientside(Output("patched", "figure"), Input("patched", "id"), app=app)
def patch(x):
    p = Patch()
    p["layout"]["title"] = x
    p["data"].append({"y": [1, 2]})
    return p


@clientside(
    Output({"type": "removed", "index": MATCH}, "children"),
    Input({"type": "del", "index": MATCH}, "n_clicks"),
    State("clicked", "title"),
    app=app,
)
def methods_on_ctx(n, title):
    tid = ctx.triggered_id
    return {
        "index": ctx.triggered_id.get("index", -1) if tid else None,
        "kind": tid.get("type").upper() if isinstance(tid, dict) else None,
        "inputs": sorted(ctx.inputs.keys()),
        "states": list(ctx.states.items()),
        "first": ctx.triggered[0].get("prop_id"),
        "prop_ids": len(ctx.triggered_prop_ids.values()),
    }


@clientside(
    Output("checked", "children"),
    Input("checked", "value"),
    examples=[(1,), ("x",), Example(None, expect=PreventUpdate)],
    app=app,
)
def checked(value):
    if value is None:
        raise PreventUpdate
    return [value, str(value)]


def plain(a, b=2):
    """Not a callback: run_js takes any function to_js accepts."""
    return {"sum": a + b, "ctx": ctx.triggered_id}
