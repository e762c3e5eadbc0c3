# Probes, tenth battery: DataTable callbacks as Dash users write them: filtering rows by
# a search box and a dropdown, sorting with tuple keys that guard None, grouping, totals,
# selected_rows, and pagination.

import json


def filter_rows_by_text(rows, query):
    if not rows:
        return []
    q = (query or "").strip().lower()
    if not q:
        return rows
    return [r for r in rows if q in str(r.get("name", "")).lower()]


# inputs: [[{"name": "Alice", "age": 30}, {"name": "bob", "age": 25}, {"name": null}], "AL"]
# inputs: [[{"name": "Alice", "age": 30}, {"name": "bob", "age": 25}], ""]
# inputs: [[{"name": "Alice", "age": 30}, {"name": "bob", "age": 25}], null]
# inputs: [null, "x"]
# inputs: [[{"name": "None"}, {"name": null}, {"age": 1}], "none"]


def filter_by_dropdown_multi(rows, selected):
    if selected is None:
        return json.dumps(rows)
    if not selected:
        return json.dumps([])
    keep = [r for r in rows if r["country"] in selected]
    return json.dumps(keep, sort_keys=True)


# inputs: [[{"country": "FR", "pop": 67.5}, {"country": "DE", "pop": 83}], ["FR"]]
# inputs: [[{"country": "FR", "pop": 67.5}, {"country": "DE", "pop": 83.0}], []]
# inputs: [[{"country": "FR", "pop": 67.5}, {"country": "DE", "pop": 83}], null]
# inputs: [[{"country": "FR", "pop": 1.5e300}, {"country": "DE", "pop": 1e-7}], ["DE", "FR"]]


def sort_rows_none_last(rows, col, descending):
    def key(r):
        v = r.get(col)
        return (v is None, v if v is not None else 0)

    out = sorted(rows, key=key, reverse=bool(descending))
    return [r.get("id") for r in out]


# inputs: [[{"id": 1, "v": 3}, {"id": 2, "v": null}, {"id": 3, "v": 1.5}, {"id": 4}], "v", false]
# inputs: [[{"id": 1, "v": 3}, {"id": 2, "v": null}, {"id": 3, "v": 1.5}, {"id": 4}], "v", true]
# inputs: [[{"id": 1, "v": 2}, {"id": 2, "v": 2.0}, {"id": 3, "v": -0.0}, {"id": 4, "v": 0}], "v", null]


def sort_by_sort_by_prop(rows, sort_by):
    # DataTable's sort_by: [{"column_id": ..., "direction": "asc"|"desc"}]
    if not sort_by:
        return rows
    out = list(rows)
    for s in reversed(sort_by):
        out.sort(
            key=lambda r: (r[s["column_id"]] is None, r[s["column_id"]] or ""),
            reverse=s["direction"] == "desc",
        )
    return [r["name"] for r in out]


# inputs: [[{"name": "b", "city": "X"}, {"name": "a", "city": "Y"}, {"name": "c", "city": null}], [{"column_id": "city", "direction": "desc"}, {"column_id": "name", "direction": "asc"}]]
# inputs: [[{"name": "b", "city": "X"}, {"name": "a", "city": "X"}, {"name": "c", "city": "x"}], [{"column_id": "city", "direction": "asc"}]]
# inputs: [[{"name": "b", "city": "X"}], []]
# inputs: [[{"name": "b", "city": "X"}], null]


def group_totals(rows):
    totals = {}
    counts = {}
    for r in rows:
        k = r["cat"]
        totals[k] = totals.get(k, 0) + r["amount"]
        counts.setdefault(k, 0)
        counts[k] += 1
    out = []
    for k in sorted(totals):
        out.append(
            f"{k}: {totals[k]:,.2f} ({counts[k]} rows, avg {totals[k] / counts[k]:.3g})"
        )
    return "\n".join(out)


# inputs: [[{"cat": "b", "amount": 10}, {"cat": "a", "amount": 2.5}, {"cat": "b", "amount": 1234567.891}]]
# inputs: [[{"cat": "z", "amount": -0.0}, {"cat": "z", "amount": 0}]]
# inputs: [[]]


def group_to_store(rows):
    groups = {}
    for r in rows:
        groups.setdefault(r["year"], []).append(r["value"])
    return {y: sum(vs) for y, vs in groups.items()}


# inputs: [[{"year": 2020, "value": 1}, {"year": 2021, "value": 2.5}, {"year": 2020, "value": 3}]]
# inputs: [[{"year": "2020", "value": 1}, {"year": 2020, "value": 2}]]


def group_to_json(rows):
    groups = {}
    for r in rows:
        groups.setdefault(str(r["cat"]), []).append(r["value"])
    return json.dumps({c: float(sum(vs)) for c, vs in groups.items()}, sort_keys=True)


# inputs: [[{"cat": "b", "value": 1}, {"cat": "a", "value": 2.5}, {"cat": "b", "value": 3}]]
# inputs: [[{"cat": "x", "value": 0.5}, {"cat": "x", "value": 0.5}]]


def selected_rows_summary(rows, selected_rows):
    if not selected_rows:
        return "Nothing selected"
    picked = [rows[i] for i in selected_rows if i < len(rows)]
    names = ", ".join(p["name"] for p in picked)
    total = sum(p["price"] * p["qty"] for p in picked)
    return f"{len(picked)} selected: {names} — total {total:.2f}"


# inputs: [[{"name": "pen", "price": 1.2, "qty": 3}, {"name": "ink", "price": 4, "qty": 1}], [1, 0]]
# inputs: [[{"name": "pen", "price": 1.2, "qty": 3}], []]
# inputs: [[{"name": "pen", "price": 1.2, "qty": 3}], null]
# inputs: [[{"name": "pen", "price": 1.2, "qty": 3}], [0, 5]]
# inputs: [[{"name": "pen", "price": 1.2, "qty": 3}], [-1]]


def selected_total_str(rows, selected_rows):
    total = 0
    for i in selected_rows or []:
        total += rows[i]["qty"]
    return "Total: " + format(total, "g") + " / " + str(int(total))


# inputs: [[{"qty": 3}, {"qty": 4}], [0, 1]]
# inputs: [[{"qty": 3}, {"qty": 4.5}], [1]]
# inputs: [[{"qty": 3}], null]


def paginate(rows, page_current, page_size):
    current = int(page_current or 0)
    size = int(page_size or 10)
    start = current * size
    page = rows[start : start + size]
    n_pages = (len(rows) + size - 1) // size
    return [page, f"page {current + 1} of {n_pages}", len(rows) % size]


# inputs: [[1, 2, 3, 4, 5, 6, 7], 1, 3]
# inputs: [[1, 2, 3, 4, 5, 6, 7], null, null]
# inputs: [[], 0, 5]
# inputs: [[1, 2, 3], 5, 2]


def paginate_negative(rows, page, size):
    start = page * size
    return [rows[start : start + size], divmod(len(rows), size), -len(rows) // size]


# inputs: [[1, 2, 3, 4, 5], -1, 2]
# inputs: [[1, 2, 3, 4, 5], 0, -2]


def top_n_by_value(rows, n):
    ranked = sorted(rows, key=lambda r: (-r["score"], r["name"]))
    return [f"{i}. {r['name']:<6}{r['score']:>6}" for i, r in enumerate(ranked[:n], 1)]


# inputs: [[{"name": "ann", "score": 9}, {"name": "bo", "score": 9.5}, {"name": "al", "score": 9}], 2]
# inputs: [[{"name": "ann", "score": 9}, {"name": "bo", "score": 9.5}, {"name": "al", "score": 9}], 10]
# inputs: [[{"name": "ann", "score": 12345.678}, {"name": "z", "score": -1.5}], null]


def column_defs(data):
    if not data:
        return []
    cols = []
    for k in data[0].keys():
        v = data[0][k]
        t = (
            "numeric"
            if isinstance(v, (int, float)) and not isinstance(v, bool)
            else "text"
        )
        cols.append({"name": k.replace("_", " ").title(), "id": k, "type": t})
    return cols


# inputs: [[{"first_name": "a", "age": 3, "is_ok": true, "score_2": 1.5}]]
# inputs: [[]]
# inputs: [null]


def conditional_styles(rows, threshold):
    styles = []
    for i, r in enumerate(rows):
        if threshold is not None and r["v"] > threshold:
            styles.append({"if": {"row_index": i}, "backgroundColor": "#fdd"})
    return styles


# inputs: [[{"v": 1}, {"v": 5}, {"v": 3.5}], 3]
# inputs: [[{"v": 1}, {"v": 5}], null]


def dedupe_rows(rows, key):
    seen = set()
    out = []
    for r in rows:
        k = tuple(r.get(c) for c in key)
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return len(out), [list(r.values()) for r in out]


# inputs: [[{"a": 1, "b": 2}, {"a": 1.0, "b": 2}, {"a": 1, "b": null}, {"a": 1}], ["a", "b"]]
# inputs: [[{"a": "1", "b": 2}, {"a": 1, "b": 2}, {"a": true, "b": 2}], ["a", "b"]]


def pivot(rows):
    table = {}
    cols = []
    for r in rows:
        if r["col"] not in cols:
            cols.append(r["col"])
        table.setdefault(r["row"], {})[r["col"]] = r["v"]
    return [[row] + [table[row].get(c, "") for c in cols] for row in table]


# inputs: [[{"row": "x", "col": "q1", "v": 1}, {"row": "y", "col": "q2", "v": 2}, {"row": "x", "col": "q2", "v": 3}]]


def max_by_key_tie(rows):
    best = max(rows, key=lambda r: r["v"])
    worst = min(rows, key=lambda r: (r["v"], r["n"]))
    return [best["n"], worst["n"]]


# inputs: [[{"n": "a", "v": 2}, {"n": "b", "v": 2.0}, {"n": "c", "v": 1}, {"n": "d", "v": 1}]]


def filter_query_parse(rows, filter_query):
    # a tiny version of DataTable's filter_query: "{col} > 3"
    if not filter_query:
        return rows
    col, op, val = filter_query.split(" ", 2)
    col = col.strip("{}")
    v = float(val) if "." in val else int(val)
    ops = {
        ">": lambda a: a > v,
        "<": lambda a: a < v,
        "=": lambda a: a == v,
        "!=": lambda a: a != v,
    }
    return [r for r in rows if r.get(col) is not None and ops[op](r[col])]


# inputs: [[{"x": 1}, {"x": 4}, {"x": 3.0}, {"y": 9}], "{x} > 3"]
# inputs: [[{"x": 1}, {"x": 4}, {"x": 3.0}, {"y": 9}], "{x} = 3"]
# inputs: [[{"x": 1}, {"x": 4}, {"x": 3.0}, {"x": null}], "{x} != 3.0"]
# inputs: [[{"x": 1}], ""]
