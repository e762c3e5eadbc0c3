# Probes, tenth battery: the awkward values Dash components really send: a slider's
# float step, a number input's None or float, RangeSlider pairs, an emptied text input.


def slider_steps(value, step):
    out = []
    try:
        out.append(list(range(value)))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("#" * value)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(["a", "b", "c"][value])
    except (TypeError, IndexError) as e:
        out.append(str(e))
    out.append(round(value / step) * step if step else value)
    return out


# inputs: [2, 0.5]
# inputs: [2.5, 0.5]
# inputs: [0, null]
# inputs: [-1, 1]
# messages


def range_slider_label(bounds):
    if not bounds or len(bounds) != 2:
        return "select a range"
    lo, hi = sorted(bounds)
    width = hi - lo
    return f"{lo:g} – {hi:g} (width {width:g}, mid {(lo + hi) / 2:g})"


# inputs: [[2, 8]]
# inputs: [[8.5, 2]]
# inputs: [[3, 3]]
# inputs: [[]]
# inputs: [null]
# inputs: [[1, 2, 3]]


def number_input_sum(a, b):
    if a is None and b is None:
        return "enter numbers"
    total = (a or 0) + (b or 0)
    return [f"{total:.2f}", f"{total:g}", total == int(total), a is None, b == 0]


# inputs: [1, 2]
# inputs: [0.1, 0.2]
# inputs: [null, 3.5]
# inputs: [-0.5, 0.5]
# inputs: [null, null]
# inputs: [1e20, 1e20]


def text_input_state(value):
    if value is None:
        return "never typed"
    if value == "":
        return "cleared"
    if not value.strip():
        return "whitespace"
    return f"{len(value)} chars, {len(value.split())} words"


# inputs: [null]
# inputs: [""]
# inputs: ["  \t"]
# inputs: ["hi there  "]
# inputs: ["\u3000"]


def dropdown_values(value, options):
    labels = {o["value"]: o["label"] for o in options}
    if value is None or value == []:
        return "nothing selected"
    chosen = value if isinstance(value, list) else [value]
    return ", ".join(labels.get(v, f"?{v}") for v in chosen)


# inputs: [["a", "c"], [{"value": "a", "label": "Apple"}, {"value": "b", "label": "Banana"}]]
# inputs: ["b", [{"value": "a", "label": "Apple"}, {"value": "b", "label": "Banana"}]]
# inputs: [[], [{"value": "a", "label": "Apple"}]]
# inputs: [1, [{"value": 1, "label": "One"}, {"value": 1.5, "label": "One and a half"}]]
# inputs: [[true], [{"value": 1, "label": "One"}]]


def checklist_flags(values):
    flags = set(values or [])
    return [
        "show" in flags,
        sorted(flags),
        len(flags),
        {"grid": "grid" in flags, "log": "log" in flags},
    ]


# inputs: [["show", "log", "show"]]
# inputs: [[]]
# inputs: [null]


def date_picker_range(start_date, end_date):
    if start_date is None or end_date is None:
        return "pick both dates"
    s, e = start_date[:10], end_date[:10]
    days_s = int(s[:4]) * 372 + int(s[5:7]) * 31 + int(s[8:10])
    days_e = int(e[:4]) * 372 + int(e[5:7]) * 31 + int(e[8:10])
    return [s <= e, days_e - days_s, f"{s} to {e}"]


# inputs: ["2024-01-01", "2024-01-31T00:00:00"]
# inputs: ["2024-02-01", "2024-01-31"]
# inputs: [null, "2024-01-01"]


def interval_ticks(n_intervals, max_intervals):
    n: int = n_intervals or 0
    if max_intervals is not None and max_intervals >= 0 and n >= max_intervals:
        return "done"
    return [n % 60, n // 60, f"{n // 60:02d}:{n % 60:02d}", n * 0.5]


# inputs: [0, -1]
# inputs: [125, null]
# inputs: [null, 10]
# inputs: [10, 10]
