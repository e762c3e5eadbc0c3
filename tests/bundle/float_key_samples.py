"""Callbacks returning dicts to Dash whose keys may or may not be floats."""


def rounded_bins(values):
    counts = {}
    for v in values:
        k = round(v, 1)
        counts[k] = counts.get(k, 0) + 1
    return counts


def halves(n: int):
    return {"bins": {n / 2: 1}}


def listed(n: int):
    return [{"a": 1}, {n * 0.5: 2}]


def int_bins(values: list[int]):
    counts = {}
    for v in values:
        counts[v // 10] = counts.get(v // 10, 0) + 1
    return counts


def str_bins(values: list[float]):
    return {f"{round(v, 1)}": v for v in values}


def open_width_bins(values, width):
    counts = {}
    for v in values:
        k = int(v // width) * width  # 5.0 for a width of 2.5
        counts[k] = counts.get(k, 0) + 1
    return counts


def keyed_by_dash_values(rows):
    return {r["id"]: r["v"] for r in rows}
