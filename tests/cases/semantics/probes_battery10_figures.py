# Probes, tenth battery: plotly figure dicts built in a clientside callback: traces from a
# store, axis ranges with padding, colors by value, hover text through format specs.

import json
import math


def line_figure(data, log_y):
    if not data:
        return {"data": [], "layout": {"title": {"text": "No data"}}}
    xs = [p["x"] for p in data]
    ys = [p["y"] for p in data]
    return {
        "data": [{"x": xs, "y": ys, "type": "scatter", "mode": "lines+markers"}],
        "layout": {
            "yaxis": {"type": "log" if log_y == "log" else "linear"},
            "xaxis": {"range": [min(xs), max(xs)]},
        },
    }


# inputs: [[{"x": 1, "y": 2}, {"x": 0.5, "y": -3}], "log"]
# inputs: [[], "linear"]
# inputs: [null, null]


def padded_range(values, pad_pct):
    lo, hi = min(values), max(values)
    span = hi - lo or abs(hi) or 1
    pad = span * (pad_pct or 0) / 100
    return [lo - pad, hi + pad, f"{lo - pad:.3f}..{hi + pad:.3f}"]


# inputs: [[1, 5, 3], 10]
# inputs: [[2, 2], 5]
# inputs: [[0, 0], null]
# inputs: [[-1.5, 2.25], 12.5]


def color_by_value(values, threshold):
    colors = []
    for v in values:
        if v is None:
            colors.append("lightgray")
        elif threshold is not None and v >= threshold:
            colors.append("crimson")
        else:
            colors.append("steelblue")
    return {"marker": {"color": colors}}


# inputs: [[1, null, 5, 3.5], 3.5]
# inputs: [[1, null, 5], null]


def hover_texts(rows):
    return [
        f"<b>{r['name']}</b><br>Sales: ${r['sales']:,.2f}<br>Share: {r['share']:.1%}"
        f"<br>Rank: {r['rank']:>4}<br>Delta: {r['delta']:+.3e}"
        for r in rows
    ]


# inputs: [[{"name": "A", "sales": 1234567.891, "share": 0.12345, "rank": 3, "delta": 0.00123}]]
# inputs: [[{"name": "B", "sales": 0, "share": 1, "rank": 12345, "delta": -1500}]]
# inputs: [[{"name": "C", "sales": -0.004, "share": 0.0005, "rank": -1, "delta": 0}]]
# inputs: [[{"name": "D", "sales": 1e16, "share": 0.99995, "rank": 1.5, "delta": 123456789.5}]]


def tick_labels(lo, hi, n):
    if n is None or n < 2:
        return []
    step = (hi - lo) / (n - 1)
    return [f"{lo + i * step:g}" for i in range(n)]


# inputs: [0, 1, 5]
# inputs: [0, 1000000, 3]
# inputs: [-1e-5, 1e-5, 3]
# inputs: [1, 2, null]
# inputs: [0.1, 0.7, 7]


def bar_text_formats(values):
    return [
        [
            f"{v:,}",
            f"{v:,.0f}",
            f"{v:_d}" if isinstance(v, int) else f"{v:_.1f}",
            f"{v:e}",
        ]
        for v in values
    ]


# inputs: [[0, 1234, -9876543, 1234.5, 0.5, 2.5, -0.5]]


def percent_labels(parts):
    total = sum(parts)
    if not total:
        return ["n/a" for _ in parts]
    return [f"{p / total:.0%}" for p in parts]


# inputs: [[1, 1, 1]]
# inputs: [[1, 7]]
# inputs: [[0, 0]]
# inputs: [[5, 3, -2]]


def heatmap_z(store):
    # dcc.Store JSON turns int keys into str keys
    rows = sorted(store, key=int)
    z = [[store[r][c] for c in sorted(store[r], key=int)] for r in rows]
    return {"z": z, "y": rows, "x": sorted(store[rows[0]], key=int) if rows else []}


# inputs: [{"10": {"2": 1, "1": 0}, "9": {"1": 5, "2": 6}}]
# inputs: [{}]


def figure_from_store_int_keys(store):
    xs = []
    ys = []
    for k, v in store.items():
        xs.append(int(k))
        ys.append(v)
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    return [[xs[i] for i in order], [ys[i] for i in order], list(store)]


# inputs: [{"3": 1.5, "1": 2, "10": 0, "b": 9}]


def annotations_text(points):
    out = []
    for p in points:
        x, y = p
        out.append({"x": x, "y": y, "text": f"({x}, {y:.1f})", "showarrow": False})
    return out


# inputs: [[[1, 2], [3.5, -0.25]]]
# inputs: [[[-1, 1e-5]]]


def scale_marker_sizes(values, max_size):
    m = max((abs(v) for v in values), default=0)
    if m == 0:
        return [max_size / 2] * len(values)
    return [round(abs(v) / m * max_size, 1) for v in values]


# inputs: [[1, -4, 2], 20]
# inputs: [[0, 0], 10]
# inputs: [[], 10]
# inputs: [[3, 1.5], 7]


def log_axis_ticks(lo, hi):
    if lo is None or hi is None or lo <= 0 or hi <= 0:
        return []
    a = math.floor(math.log10(lo))
    b = math.ceil(math.log10(hi))
    return [10**e for e in range(a, b + 1)], [f"1e{e}" for e in range(a, b + 1)]


# inputs: [0.5, 2000]
# inputs: [1, 1000]
# inputs: [3, null]


def relayout_range(relayout):
    if not relayout or "xaxis.range[0]" not in relayout:
        if relayout and relayout.get("xaxis.autorange"):
            return "auto"
        return "none"
    lo = relayout["xaxis.range[0]"]
    hi = relayout["xaxis.range[1]"]
    return f"{lo:.2f} to {hi:.2f} ({hi - lo:.1f} wide)"


# inputs: [{"xaxis.range[0]": 1.23456, "xaxis.range[1]": 5}]
# inputs: [{"xaxis.autorange": true}]
# inputs: [null]
# inputs: [{"dragmode": "zoom"}]


def click_data_point(click_data):
    if click_data is None:
        return "Click a point"
    pt = click_data["points"][0]
    return f"x={pt['x']}, y={pt['y']}, curve {pt.get('curveNumber', 0)}, {pt.get('customdata')}"


# inputs: [{"points": [{"x": "2020-01-01", "y": 3, "curveNumber": 1, "customdata": ["a", 1]}]}]
# inputs: [{"points": [{"x": 1.5, "y": -2}]}]
# inputs: [null]


def selected_data_sum(selected):
    if not selected or not selected.get("points"):
        return "0 points"
    ys = [p["y"] for p in selected["points"]]
    return f"{len(ys)} points, sum {sum(ys):.4g}, mean {sum(ys) / len(ys):.4g}"


# inputs: [{"points": [{"y": 1}, {"y": 2.5}, {"y": 1e6}]}]
# inputs: [{"points": []}]
# inputs: [null]


def figure_json(values):
    fig = {"data": [{"y": values, "type": "bar"}], "layout": {"height": 300}}
    return json.dumps(fig, indent=2, sort_keys=True)


# inputs: [[1, 2.5, null]]
# inputs: [[]]


def color_scale(v, lo, hi):
    if v is None:
        return "rgb(200,200,200)"
    t = 0 if hi == lo else (v - lo) / (hi - lo)
    t = max(0, min(1, t))
    r = int(255 * t)
    b = round(255 * (1 - t))
    return f"rgb({r},{0},{b})", f"#{r:02x}00{b:02X}"


# inputs: [5, 0, 10]
# inputs: [-3, 0, 10]
# inputs: [3, 3, 3]
# inputs: [null, 0, 1]
# inputs: [0.5, 0, 1]
