# Probes, tenth battery: next() with a default, the forum's way of finding the first
# matching row (`next((r for r in rows if r["id"] == sel), None)`).


def first_match(rows, selected):
    row = next((r for r in rows if r["id"] == selected), None)
    if row is None:
        return "not found"
    return f"{row['name']} ({row['id']})"


# inputs: [[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}], 2]
# inputs: [[{"id": 1, "name": "a"}], 5]
# inputs: [[], null]


def first_match_lazy(rows):
    # rows past the first match are never looked at: {"x": 1} has no "v"
    return next((r["v"] for r in rows if r["v"] > 1), -1)


# inputs: [[{"v": 1}, {"v": 3}, {"x": 1}]]
# inputs: [[{"v": 1}, {"x": 1}]]


def next_float_items(values):
    v = next((x * 1.0 for x in values if x), 0.5)
    w = next((x / 2 for x in values), None)
    return [f"{v}", "none" if w is None else f"{w:.3f}", repr(v)]


# inputs: [[0, 2, 3]]
# inputs: [[]]
# inputs: [[4]]


def next_of_iterators(xs):
    it = enumerate(xs)
    first = next(it, None)
    second = next(it, None)
    z = zip(xs, xs[1:])
    pair = next(z, ("none", "none"))
    m = map(str.upper, xs)
    return [
        first,
        second,
        pair,
        next(m, ""),
        next(m, ""),
        next(reversed(xs), None),
        next(filter(None, xs), "no"),
    ]


# inputs: [["a", "b", "c"]]
# inputs: [[]]
# inputs: [["", "q"]]


def _items(xs):
    return (x for x in xs)


def next_without_default(xs):
    it = _items(xs)
    try:
        a = next(it)
        b = next(it)
        return [a, b]
    except StopIteration:
        return "stop"


# inputs: [[1, 2, 3]]
# inputs: [[1]]


def next_on_a_list(xs):
    try:
        return next(xs)
    except TypeError as e:
        return str(e)


# inputs: [[1, 2]]
# inputs: ["ab"]
# messages


def default_is_evaluated(rows):
    calls = []

    def fallback():
        calls.append(1)
        return {"name": "fallback"}

    hit = next((r for r in rows if r.get("name")), fallback())
    return [hit["name"], len(calls)]


# inputs: [[{"name": "x"}]]
# inputs: [[{}]]
