"""Callbacks that change their arguments in place, as Dash users write them."""


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
