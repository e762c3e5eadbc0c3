# Probes: sort keys that are bound methods and builtins; incomparable tuples.
def key_bound_methods(d):
    return [
        sorted(d, key=d.get),
        max(d, key=d.get),
        min(d, key=d.get),
        sorted(d, key=d.get, reverse=True),
    ]


# inputs: [{"a": 3, "b": 1, "c": 2}]
# inputs: [{"x": 1, "y": 1}]


def key_builtins(xs):
    return [
        sorted(xs, key=int),
        sorted(xs, key=float),
        sorted(xs, key=len),
        max(xs, key=int),
        sorted(xs, key=str.strip),
    ]


# inputs: [["10", " 9", "100", "9.0 "]]


def key_str_methods(xs):
    return [
        sorted(xs, key=str.lower),
        sorted(xs, key=str.casefold),
        sorted(xs, key=str.upper),
        max(xs, key=str.lower),
    ]


# inputs: [["b", "A", "a", "B", "ß", "SS"]]


def key_list_index(xs, order):
    return sorted(xs, key=order.index)


# inputs: [["c", "a", "b"], ["a", "b", "c"]]


def key_tuple_with_none(rows):
    try:
        return sorted(rows)
    except TypeError:
        return "TypeError"


# inputs: [[[1, null], [1, 2]]]
# inputs: [[[1, null], [2, null]]]
# inputs: [[[null, 1], [null, 1]]]


def key_returns_lists(d):
    return sorted(d.items(), key=lambda kv: kv[1])


# inputs: [{"a": [2, 1], "b": [1, 5], "c": [1, 4, 0]}]


def sort_dicts_error(rows):
    try:
        return sorted(rows)
    except TypeError:
        return "TypeError"


# inputs: [[{"a": 1}, {"a": 0}]]
# inputs: [[{"a": 1}]]


def sort_sets_by_subset(n: int):
    sets = [{1, 2}, {1}, {3}]
    return [sorted(sets, key=len), {1} < {1, 2}, {3} < {1, 2}]


# inputs: [0]


def sort_mixed_int_float_bool(xs):
    return [sorted(xs), sorted(xs, reverse=True), max(xs), min(xs)]


# inputs: [[1, true, 1.0, 0, false, 0.5]]


def key_abs_and_neg(xs):
    return [
        sorted(xs, key=abs),
        sorted(xs, key=lambda v: -v),
        max(xs, key=abs),
        min(xs, key=abs),
    ]


# inputs: [[-3, 2, -2, 3, 0]]


def sort_unicode_keys(words):
    return [sorted(words), sorted(words, key=len), sorted(words, reverse=True)]


# inputs: [["é", "e", "f", "É", "😀", "z", "\u00ff", "\u0100"]]
