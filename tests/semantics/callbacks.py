"""Realistic clientside callbacks, checked on generated inputs by test_properties.py."""


def filter_sort_records(records, min_score, descending):
    rows = [r for r in records if r["score"] >= min_score]
    rows.sort(key=lambda r: (r["score"], r["name"]), reverse=descending)
    return [f"{r['name']} ({r['score']})" for r in rows]


def format_label(value, unit, precision):
    if value is None:
        return "-"
    if abs(value) >= 1000:
        text = f"{value / 1000:,.{precision}f}k"
    elif isinstance(value, int):
        text = str(value)
    else:
        text = f"{value:.{precision}f}"
    share = f"{value / 100:.1%}" if value else "0%"
    return f"{text} {unit}".strip() + f" [{share}] {value!r}"


def aggregate_store(store):
    by_category = {}
    for item in store.get("items", []):
        agg = by_category.setdefault(
            item["category"], {"count": 0, "total": 0, "max": None}
        )
        agg["count"] += 1
        agg["total"] += item["value"]
        if agg["max"] is None or item["value"] > agg["max"]:
            agg["max"] = item["value"]
    summary = []
    for category in sorted(by_category):
        agg = by_category[category]
        summary.append(
            {
                "category": category,
                "count": agg["count"],
                "mean": round(agg["total"] / agg["count"], 3),
                "max": agg["max"],
            }
        )
    return {"categories": summary, "n": sum(a["count"] for a in by_category.values())}


def build_figure(xs, ys, title, log_y):
    n = min(len(xs), len(ys))
    points = sorted(zip(xs[:n], ys[:n]))
    y_values = [y for _, y in points]
    layout = {
        "title": {"text": f"{title} ({n} points)" if title else f"{n} points"},
        "yaxis": {"type": "log" if log_y else "linear"},
        "xaxis": {"tickformat": ".2f"},
    }
    if y_values:
        lo, hi = min(y_values), max(y_values)
        pad = (hi - lo) * 0.05 or 1
        layout["yaxis"]["range"] = [lo - pad, hi + pad]
    trace = {
        "type": "scatter",
        "x": [x for x, _ in points],
        "y": y_values,
        "mode": "lines+markers" if n < 50 else "lines",
        "name": title or "series",
        "text": [f"({x:g}, {y:.2f})" for x, y in points],
    }
    return {"data": [trace], "layout": layout}


def search_table(rows, query, page: int, page_size: int):
    q = query.strip().lower()
    hits = [r for r in rows if not q or q in r["name"].lower() or q in str(r["id"])]
    start = page * page_size
    shown = hits[start : start + page_size]
    label = f"{min(start + 1, len(hits))}-{min(start + page_size, len(hits))} of {len(hits)}"
    return {"total": len(hits), "ids": [r["id"] for r in shown], "label": label}


def word_stats(text, top):
    words = [w.strip(".,!?").lower() for w in text.split()]
    counts = {}
    for w in words:
        if w:
            counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return {
        "words": len(words),
        "unique": len(counts),
        "top": ranked[:top],
        "longest": max(words, key=len, default=""),
        "title": text.title()[:20],
    }


def order_total(price: float, qty: float, discount: float):
    # Sums and products of Dash numbers printed as they are (float exactly when an
    # operand has a fraction).
    net = f"{price * qty - discount}"
    return [
        f"{price} x {qty} = {price * qty}",
        net,
        str(qty // 2 + discount % 3),
        f"{-price + qty * 2:>12}|{price - discount!r}",
    ]
