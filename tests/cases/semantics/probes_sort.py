# Probes: sorted/min/max/sum with key, default, reverse, stability and mixed types.


def sorted_mixed_numbers(xs):
    return [sorted(xs), sorted(xs, reverse=True), min(xs), max(xs)]


# inputs: [[10, 9, 100, 1.5, -2, true, false]]
# inputs: [[3, 1.0, 1, true]]
# inputs: [[0.0, -0.0, 0]]


def sorted_stability(rows):
    a = sorted(rows, key=lambda r: r["k"])
    b = sorted(rows, key=lambda r: r["k"], reverse=True)
    c = sorted(sorted(rows, key=lambda r: r["n"]), key=lambda r: r["k"])
    return [[r["n"] for r in a], [r["n"] for r in b], [r["n"] for r in c]]


# inputs: [[{"k": 1, "n": "a"}, {"k": 0, "n": "b"}, {"k": 1, "n": "c"}, {"k": 0, "n": "d"}, {"k": 1, "n": "e"}]]


def min_max_ties(xs):
    return [
        min(xs, key=lambda p: p[0]),
        max(xs, key=lambda p: p[0]),
        min(xs, key=len),
        max(xs, key=len),
    ]


# inputs: [[[1, "a"], [1, "b"], [0, "c", 1], [0, "d", 2]]]


def min_max_default(xs):
    return [min(xs, default=None), max(xs, default="none"), max(xs, key=abs, default=0)]


# inputs: [[]]
# inputs: [[-5, 3]]


def min_max_errors(xs):
    try:
        return max(xs)
    except ValueError as e:
        return str(e)


# inputs: [[]]
# messages


def min_max_args(a, b, c):
    return [min(a, b, c), max(a, b), min(a, b, key=lambda v: -v), max(a, b, c, key=str)]


# inputs: [3, 1, 2]
# inputs: [1, 1.0, true]
# inputs: [10, 9, 100]


def sort_tuples_and_lists(xs):
    ys = [tuple(x) for x in xs]
    return [sorted(xs), sorted(ys), sorted(ys, reverse=True), max(ys), min(xs)]


# inputs: [[[2, "b"], [1, "z"], [2, "a"], [1]]]
# inputs: [[["b", 2], ["a", 3], ["a", 1, 0]]]


def sort_incomparable(xs):
    try:
        return sorted(xs)
    except TypeError:
        return "TypeError"


# inputs: [[1, "a"]]
# inputs: [[null, 1]]
# inputs: [[{"a": 1}, {"b": 2}]]
# inputs: [[[1], "a"]]
# inputs: [[null]]
# inputs: [[[1], [1, "a"], [1, 2]]]


def sort_strings_unicode(xs):
    return [sorted(xs), sorted(xs, key=str.lower), sorted(xs, key=len), max(xs)]


# inputs: [["b", "B", "a", "é", "Z", "😀", "\uffff", "aa", ""]]


def list_sort_method(xs):
    ys = list(xs)
    r = ys.sort()
    zs = list(xs)
    zs.sort(key=lambda v: (v % 3, -v), reverse=True)
    return [r, ys, zs]


# inputs: [[5, 3, 9, 1, 6, 2]]


def sort_key_side_effects(xs):
    calls = []

    def k(v):
        calls.append(v)
        return -v

    r = sorted(xs, key=k)
    return [r, calls]


# inputs: [[3, 1, 2]]


def sorted_dict_and_set(d):
    return [
        sorted(d),
        sorted(d.items()),
        sorted(d.values(), reverse=True),
        sorted(set(d.values())),
    ]


# inputs: [{"b": 2, "a": 3, "c": 1}]


def sorted_int_keys():
    d = {10: "x", 9: "y", 100: "z", -1: "w"}
    return [sorted(d), max(d), min(d.items())]


# inputs: []


def sorted_nan():
    n = float("nan")
    return [sorted([3, n, 1]), max([n, 1]), max([1, n]), min(n, 2)]


# inputs: []


def reversed_cases(xs):
    return [
        list(reversed(xs)),
        list(reversed(range(len(xs)))),
        "".join(reversed("abc")),
        list(reversed(tuple(xs))),
    ]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def sorted_bools(xs):
    return [sorted(xs), sum(xs), max(xs)]


# inputs: [[true, false, true]]


def sum_cases(xs):
    return [sum(xs), sum(xs, 10), sum([[1], [2]], []), sum(x * 1.0 for x in xs)]


# inputs: [[1, 2, 3]]
# inputs: [[]]
# inputs: [[0.1, 0.2, 0.3]]


def sum_strings(xs):
    try:
        return sum(xs, "")
    except TypeError:
        return "TypeError"


# inputs: [["a", "b"]]
