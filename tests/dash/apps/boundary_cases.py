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


def copies_a_layout(figure, scale):
    if figure is None:
        return {"data": [], "layout": {}}
    layout = dict(figure["layout"])
    layout["yaxis"] = {**layout.get("yaxis", {}), "type": scale}
    if "title" not in layout:
        layout["title"] = {"text": scale}
    return {**figure, "layout": layout}


def copies_pairs_and_stores_a_tuple(pairs):
    table = dict(pairs)
    table["range"] = (0, len(table))
    return {"table": table}


def counts_into_a_copy(store):
    counts = dict(store)
    counts["n"] = counts.get("n", 0) + 1
    counts["zeta"] = counts["n"] * 2
    return [counts, counts["n"]]


def changes_what_a_copy_holds(store):
    copy = {**store}
    copy["inner"]["pair"] = (1, 2)
    return copy


def keys_objects_would_reorder(store):
    out = dict(store)
    out["2"] = "two"
    out["__proto__"] = "kept"
    return out


def changes_rows_through_the_loop_variable(rows):
    for r in rows:
        r["pair"] = (1, 2)
        r["tags"] = {"a"}
    return rows


def changes_a_row_through_an_alias(rows):
    first = rows[0]
    first["seen"] = {1: "one"}
    return rows


def keeps_the_positive_points(store):
    xs, ys = store["x"], store["y"]
    kept_x, kept_y = [], []
    for i, y in enumerate(ys):
        if y > 0:
            kept_x.append(xs[i])
            kept_y.append(y)
    xs, ys = kept_x, kept_y
    return {"x": xs, "y": ys}


def smooths_a_grid(grid, passes: int):
    cur = grid
    for _ in range(passes):
        nxt = []
        for line in cur:
            row = []
            for v in line:
                row.append(v / 2)
            nxt.append(row)
        cur = nxt
    return cur


def changes_the_grid_through_an_alias(grid):
    cur = grid
    cur[0] = (1, 2)
    return cur


def changes_a_row_of_an_alias(grid):
    cur = grid
    line = cur[0]
    line.append({1: "one"})
    return grid


def grows_rows_of_tuples(n: int):
    rows = []
    for i in range(n):
        row = []
        row.append((i, i))
        rows.append(row)
    return rows
