# A helper of the user's that only reads what it is given, called on parts of a local's
# items from a comprehension or a lambda (`[_label(r["value"]) for r in rows]`): the
# rows keep the types they have (helper_stores_into_parts.py in refuse/ has helpers
# that store, which are still refused), so filtering Dash's rows and formatting their
# values with a helper is translated.


def _label(v):
    return f"{v:,.2f}" if isinstance(v, float) else str(v)


def _total(row):
    return sum(row["parts"]) + len(_label(row["value"]))


def filtered_then_labelled(data):
    rows = [r for r in data if r.get("value") is not None]
    return [_label(r["value"]) for r in rows[:50]]


# inputs: [[{"value": 1}, {"value": 2.5}, {"value": null}, {"value": 1234.5}, {"value": "n/a"}]]
# inputs: [[]]


def sorted_then_labelled(data, key):
    rows = list(data)
    rows.sort(key=lambda r: r[key or "name"])
    return [[r["name"], _label(r["value"])] for r in rows]


# inputs: [[{"name": "b", "value": 3}, {"name": "a", "value": 0.5}], null]
# inputs: [[{"name": "b", "value": 3}, {"name": "a", "value": 0.5}], "value"]


def key_through_reading_helper(data):
    rows = [dict(r) for r in data]
    ranked = sorted(rows, key=lambda r: _total(r), reverse=True)
    return [f"{r['name']}: {r['parts']}" for r in ranked]


# inputs: [[{"name": "a", "parts": [1, 2], "value": 1}, {"name": "b", "parts": [5], "value": 2.5}]]
