"""Callbacks that change their arguments in place, as Dash users write them."""

from dash import ctx

from .dash_state_helpers import remember_into, summarize


def sort_rows(rows, current):
    # Input("table", "data") and State("table", "data"): one object in the browser
    rows.sort(key=lambda r: r["v"])
    rows[0]["seen"] = True
    return [[r["v"] for r in rows], [r["v"] for r in current], "seen" in current[0]]


def _bump(store):
    store["clicks"] = store.get("clicks", 0) + 1
    return store


def count_clicks(n, data):
    data = data or {}
    return _bump(data)


def loop_marks(rows, *more):
    for r in rows:
        r["mark"] = 1
    for m in more:
        m.append(0)
    return len(rows)


def reads_only(rows, n):
    return sorted(r["v"] for r in rows)[: n or 1]


def with_default(rows, limit=2):
    rows.append(limit)
    return rows[-limit:]


async def later(rows):
    rows.reverse()
    return rows


def star_args(first, *rest):
    for r in rest:
        r.append(first)
    return [len(r) for r in rest]


HISTORY = []
LAYOUT = {"title": "fixed"}


def remember(n):
    HISTORY.append(n)
    return HISTORY


def with_history(n, seen=[]):  # noqa: B006 - the forum's way to keep state
    seen.append(n)
    return {"seen": seen, "layout": LAYOUT}


def constant_only(n):
    return LAYOUT


def key_mutates(rows):
    return sorted(rows, key=lambda r: r.setdefault("k", 0))


def _mark_row(row):
    row.append(0)
    return len(row)


def _row_size(row):
    return len(row)


def sorted_by_changing_key(rows):
    return [len(r) for r in sorted(rows, key=_mark_row)]


def _longest(rows):
    return max(rows, key=_mark_row)


def longest_through_helper(rows):
    return len(_longest(rows))


def sorted_in_place_by_changing_key(rows):
    rows.sort(key=_mark_row)
    return len(rows)


def sorted_by_reading_key(rows):
    return [len(r) for r in sorted(rows, key=_row_size)]


def _total(values):
    return sum(v for v in values)


def _stamp(values):
    values.append(0)
    return values


def via_reader(rows):
    return _total(rows) + len(rows)


def via_writer(rows):
    return _stamp(rows)


def moving_average(values, window):
    out = []
    total = 0.0
    for i, v in enumerate(values):
        total += v
        if i >= window:
            total -= values[i - window]
        out.append(total / min(i + 1, window))
    return out


def matrix_rows(a):
    m = len(a[0])
    res = [0.0] * m
    for row in a:
        for j in range(m):
            res[j] += row[j]
    return res


def changed_and_read_through_ctx(rows, store):
    rows.append({"v": 9})
    store["n"] = store.get("n", 0) + 1
    return [
        len(ctx.inputs["table.data"]),
        ctx.inputs_list[0]["value"] is rows,
        ctx.states["store.data"]["n"],
        ctx.triggered[0]["value"] is rows,
    ]


def _tag_with_map(row):
    row["tags"] = {1: "a", 2: (3, 4)}
    return 0


def tagged_through_key_lambda(data):
    sorted(data["rows"], key=lambda r: _tag_with_map(r))
    return data


def log_through_bound_method(n, log):
    add = log.append
    add(n)
    return len(log)


def pop_through_bound_method(rows):
    take = rows.pop
    return [take(), len(rows)]


def grow_through_nested_getter(store):
    def items():
        return store["items"]

    items().append(0)
    return len(store["items"])


def grow_through_lambda_getter(rows):
    get = lambda: rows
    get().append(1)
    return len(rows)


def changed_through_ctx_only(n, log):
    """Changes the State's object read through ctx, never by its own name."""
    entries = ctx.states["log.data"]
    entries.append(n)
    first = ctx.triggered[0]["value"]
    return [len(entries), first]


def read_through_ctx_only(n, log):
    return len(ctx.states["log.data"]) + len(log)


# Dash's data kept past the call: in a module-level container the code changes (by this
# callback or another, through a helper too), or in an exception's args.
RECENT = []
BY_KEY = {}
PICKED = {}


def _keep(entry):
    RECENT.append(entry)


def age_kept_entries(n, entry):
    _keep(entry)
    for kept in RECENT:
        kept["age"] = kept.get("age", 0) + 1
    return [kept["age"] for kept in RECENT]


def _put(key, value):
    BY_KEY[key] = value


def cache_then_grow(key, rows):
    _put(key, rows)
    BY_KEY[key].append({"cached": True})
    return len(BY_KEY[key])


def pick_rows(rows):
    PICKED["rows"] = rows  # changes nothing of rows itself: add_picked does, later
    return len(rows)


def add_picked(n):
    PICKED.setdefault("rows", []).append({"n": n})
    return len(PICKED["rows"])


def mark_through_exception(n, row):
    try:
        raise ValueError(row)
    except ValueError as e:
        e.args[0]["checked"] = True
    return len(row)


NAMES = ["a", "b"]
KEPT = []


def summary_with_a_constant(rows):
    return summarize(rows, NAMES)  # reads NAMES only: no argument needs a copy


def remembered_in_a_constant(rows):
    remember_into(rows, KEPT)  # Dash's row kept from call to call: copied
    return len(KEPT)
