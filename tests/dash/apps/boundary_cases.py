"""Callbacks whose results are, or are not, plain Dash data already."""

from dash import no_update


def passes_store_through(store, scale):
    if not store:
        return no_update
    return {"data": store["data"], "layout": {"yaxis": {"type": scale}}}


def builds_a_dict(n):
    return dict(count=n)  # noqa: C408 - the call is what the test is about


def returns_a_tuple(a, b):
    return a, b


def mutates_its_input(store):
    store["seen"] = {1: "one"}
    return store


def _append_one(xs):
    xs.append({1})
    return xs


def passes_input_to_a_mutating_helper(xs):
    _append_one(xs)
    return {"xs": xs}


def _total(values):
    return sum(values)


def passes_input_to_a_reading_helper(xs):
    return {"xs": xs, "total": _total(xs)}


def restyles_a_figure(figure, scale):
    layout = dict(figure["layout"])
    layout["yaxis"] = {**layout.get("yaxis", {}), "type": scale}
    return {**figure, "layout": layout, "range": (0, 1), "marks": [{1, 2}, "x"]}
