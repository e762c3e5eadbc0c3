# Module-level helper functions and JSON-like constants used by the cases.

PAGE_SIZE = 3
COLORS = {"ok": "green", "warn": "orange", "error": "red"}
LEVELS = ["debug", "info", "warn", "error"]
THRESHOLDS = (10, 100, 1000)
SCALE = 1.5
ENABLED = True
NOTHING = None
NESTED = {"axis": {"range": [0, 10], "title": "x"}, "ticks": [1, 2.5]}


def _clamp(x, lo=0, hi=100):
    return max(lo, min(hi, x))


def _bucket(value):
    for i, t in enumerate(THRESHOLDS):
        if value < t:
            return i
    return len(THRESHOLDS)


def _page(items, page):
    start = page * PAGE_SIZE
    return items[start : start + PAGE_SIZE]


def _color_for(level):
    return COLORS.get(level, "gray")


def _fmt_money(x):
    return f"${x:,.2f}"


def _total(rows):
    return sum(_price(r) for r in rows)


def _price(row):
    return row["qty"] * row["unit"]


def uses_helpers(values):
    return [_clamp(v) for v in values] + [_clamp(v, hi=5) for v in values]


# inputs: [[-5, 50, 500]]


def uses_constants(level):
    return [
        _color_for(level),
        LEVELS.index(level) if level in LEVELS else -1,
        PAGE_SIZE * SCALE,
        ENABLED,
        NOTHING,
    ]


# inputs: ["warn"]
# inputs: ["fatal"]


def uses_tuple_constant(values):
    return [_bucket(v) for v in values]


# inputs: [[5, 10, 99, 1000, 5000]]


def pagination(items, page):
    return {
        "page": page,
        "items": _page(items, page),
        "pages": (len(items) + PAGE_SIZE - 1) // PAGE_SIZE,
    }


# inputs: [["a", "b", "c", "d", "e"], 0]
# inputs: [["a", "b", "c", "d", "e"], 1]
# inputs: [[], 0]


def transitive_helpers(rows):
    return _fmt_money(_total(rows))


# inputs: [[{"qty": 3, "unit": 1.25}, {"qty": 1000, "unit": 2}]]
# inputs: [[]]


def constants_are_not_shared_mutably(x):
    levels = list(LEVELS)
    levels.append(x)
    return [levels, LEVELS, NESTED["axis"]["range"], NESTED["ticks"][-1]]


# inputs: ["trace"]


def constant_dict_iteration():
    return [f"{k}={v}" for k, v in COLORS.items()]


# inputs: []


def helper_with_kwargs(x):
    return [_clamp(x, hi=10), _clamp(x, lo=5), _clamp(hi=1, x=x, lo=-1)]


# inputs: [7]
# inputs: [-3]


def _depth(x):
    if isinstance(x, list):
        return 1 + max((_depth(v) for v in x), default=0)
    if isinstance(x, dict):
        return 1 + max((_depth(v) for v in x.values()), default=0)
    return 0


def recursive_helper_user(data):
    return _depth(data)


# inputs: [[1, [2, [3]], {"a": [4]}]]
# inputs: [5]
