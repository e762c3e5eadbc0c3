# list.sort / sorted with key functions: stability under reverse=True, the key's run-time
# type (int, float, mixed, NaN, str by code point, tuples, None), and keys that raise or
# count their calls.


def reverse_keeps_equal_order(rows):
    by_key = sorted(rows, key=lambda r: r["k"], reverse=True)
    rows.sort(key=lambda r: r["k"], reverse=True)
    plain = sorted([r["k"] for r in rows], reverse=True)
    return [[r["n"] for r in by_key], [r["n"] for r in rows], plain]


# inputs: [[{"k": 1, "n": "a"}, {"k": 2, "n": "b"}, {"k": 1, "n": "c"}, {"k": 2, "n": "d"}, {"k": 0, "n": "e"}, {"k": 1, "n": "f"}]]
# inputs: [[{"k": 1.5, "n": "a"}, {"k": 1.5, "n": "b"}, {"k": -0.0, "n": "c"}, {"k": 0, "n": "d"}, {"k": 0.0, "n": "e"}]]
# inputs: [[]]
# inputs: [[{"k": "x", "n": "a"}]]


def float_keys_fractional(xs):
    # Differences below 1 must still order: the comparison is not a truncated subtraction.
    return [
        sorted(xs, key=lambda v: v / 1000),
        sorted(xs, key=lambda v: v / 1000, reverse=True),
    ]


# inputs: [[3, 1, 2, 1000, -1, 0.5, 0.25]]


def mixed_int_float_keys(xs):
    return [
        sorted(xs, key=lambda v: v),
        sorted(xs, key=lambda v: v, reverse=True),
        sorted(xs, key=lambda v: -v),
    ]


# inputs: [[2, 1, 0.5, true, false, -3, 1.5, 3, 0]]


def nan_keys(xs):
    nan = float("nan")
    keyed = [(v if v is not None else nan) for v in xs]
    order = sorted(range(len(keyed)), key=lambda i: keyed[i])
    back = sorted(range(len(keyed)), key=lambda i: keyed[i], reverse=True)
    return [order, back]


# inputs: [[3, null, 1, 2, null, 0]]
# inputs: [[null, 5, 4, 3, 2, 1]]
# inputs: [[1, 2, null, 3, 4, 5, 6, 7, null, 0]]
# inputs: [[4, null, 3, 3, null, 1, 2, 2, 9, null, 8, 0]]


def nan_plain(xs):
    nan = float("nan")
    vals = [(v if v is not None else nan) for v in xs]
    return [
        [f"{v:.1f}" for v in sorted(vals)],
        [f"{v:.1f}" for v in sorted(vals, reverse=True)],
    ]


# inputs: [[1, 2, null, 3, 4, 5, 6, 7, null, 0]]
# inputs: [[null, 3, 1, null, 2]]


def partial_order_reverse(xs):
    sets = [set(x) for x in xs]
    return [sorted(sorted(s)) for s in sorted(sets, reverse=True)]


# inputs: [[[1], [2], [1, 2], [3], [], [2, 3]]]


def str_keys_code_points(xs):
    # Above U+FFFF (surrogate pairs in UTF-16) against U+E000..U+FFFF: code point order.
    ids = list(range(len(xs)))
    return [
        sorted(ids, key=lambda i: xs[i]),
        sorted(ids, key=lambda i: xs[i], reverse=True),
        sorted(xs),
    ]


# inputs: [["\ue000", "\ud83d\ude00", "\uffff", "a", "\ud800\udc00", "\ufb01", "", "a\ud83d\ude00", "a\uffff"]]
# inputs: [["b", "a", "B", "ab", "a"]]


def tuple_keys(rows):
    return [
        [r["n"] for r in sorted(rows, key=lambda r: (r["a"], r["b"]))],
        [r["n"] for r in sorted(rows, key=lambda r: (r["a"], r["b"]), reverse=True)],
        [r["n"] for r in sorted(rows, key=lambda r: (-r["a"], r["n"]))],
    ]


# inputs: [[{"a": 1, "b": "y", "n": "p"}, {"a": 0, "b": "z", "n": "q"}, {"a": 1, "b": "x", "n": "r"}, {"a": 1, "b": "y", "n": "s"}]]


def none_keys_raise(xs):
    return sorted(xs, key=lambda v: v)


# inputs: [[1, null, 2]]
# inputs: [[null, null]]
# inputs: [["a", null]]
# messages


def key_raises(rows):
    rows.sort(key=lambda r: r["k"])
    return rows


# inputs: [[{"k": 2}, {"j": 1}, {"k": 0}]]
# inputs: [[{"k": 2}, 5]]
# messages


def key_raises_leaves_list(rows):
    try:
        rows.sort(key=lambda r: r["k"])
    except KeyError as e:
        return ["raised", str(e), rows]
    return ["sorted", rows]


# inputs: [[{"k": 2}, {"k": 1}, {"j": 1}, {"k": 0}]]


def key_call_count(xs):
    seen = []

    def key(v):
        seen.append(v)
        return v % 3

    a = sorted(xs, key=key, reverse=True)
    n = len(seen)
    xs.sort(key=key)
    return [a, xs, n, seen]


# inputs: [[5, 3, 9, 1, 6, 2, 3, 9]]
# inputs: [[]]
# inputs: [[7]]


def empty_and_single(xs):
    ys = list(xs)
    ys.sort(key=lambda v: v["missing"], reverse=True)
    return [sorted(xs, key=lambda v: v, reverse=True), ys]


# inputs: [[]]


def membership_open_needle(xs, probes):
    d = {}
    for x in xs:
        key = tuple(x) if isinstance(x, list) else x
        if key not in d:
            d[key] = 0
        d[key] += 1
    s = set(d)
    out = []
    for p in probes:
        k = tuple(p) if isinstance(p, list) else p
        out.append([k in d, k not in s])
    return [out, len(d)]


# inputs: [[1, "a", [1, 2], true, 2.5, "a", 1], [1, true, 1.0, "a", "b", [1, 2], [2, 1], 2.5, 0, false]]


def membership_unhashable(xs, probe):
    d = {}
    for x in xs:
        d[x] = 1
    return probe in d


# inputs: [["a", "b"], ["a"]]
# messages
