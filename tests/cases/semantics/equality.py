# Deep ==, !=, is None, is / is not.


def eq(a, b):
    return [a == b, a != b]


# inputs: [[1, 2], [1, 2]]
# inputs: [[1, [2, 3]], [1, [2, 3]]]
# inputs: [[1, 2], [2, 1]]
# inputs: [{"a": 1, "b": [1]}, {"b": [1], "a": 1}]
# inputs: [{"a": 1}, {"a": 2}]
# inputs: ["abc", "abc"]
# inputs: [1, 1.5]
# inputs: [null, 0]
# inputs: [[], {}]
# inputs: [{"a": null}, {}]
# inputs: [1, true]
# inputs: [0, false]
# inputs: ["1", 1]


def list_vs_tuple(xs):
    return [xs == tuple(xs), tuple(xs) == tuple(xs), list(tuple(xs)) == xs]


# inputs: [[1, 2]]
# inputs: [[]]


def int_float_equal(n):
    return [n == n * 1.0, n / 2 == n // 2, 1 == 1.0, 0.1 + 0.2 == 0.3]


# inputs: [4]
# inputs: [5]


def is_none_checks(x):
    return [x is None, x is not None, x == None]  # noqa: E711


# inputs: [null]
# inputs: [0]
# inputs: [""]
# inputs: [[]]
# inputs-undef: [null]


def default_when_missing(value=None):
    if value is None:
        return "unset"
    return value


# inputs: []
# inputs: [null]
# inputs: ["set"]
# inputs-undef: [null]


def is_same_object(xs):
    ys = xs
    zs = list(xs)
    return [ys is xs, zs is xs, zs == xs, zs is not xs]


# inputs: [[1, 2]]


def nested_dict_eq(a):
    b = {"rows": [{"id": 1, "tags": ("x", "y")}], "n": 1}
    c = {"n": 1.0, "rows": [{"tags": ("x", "y"), "id": 1}]}
    return [b == c, a == b, a == {"rows": [{"id": 1, "tags": ["x", "y"]}], "n": 1}]


# inputs: [{"rows": [{"id": 1, "tags": ["x", "y"]}], "n": 1}]


def set_eq(xs, ys):
    return [set(xs) == set(ys), set(xs) != set(ys), {1, 2} == {2, 1}]


# inputs: [[1, 2, 2], [2, 1]]
# inputs: [["a"], ["b"]]


def compare_in_if(a, b):
    if a == b:
        return "same"
    elif a != b and a is not None:
        return "different"
    return "none"


# inputs: [[1, {"x": 2}], [1, {"x": 2}]]
# inputs: [[1], [1, 2]]
# inputs: [null, 1]


def nan_found_by_identity_in_containers():
    n = float("nan")
    xs = [n]
    return [
        n == n,
        n != n,
        xs == xs,
        [n] == [n],
        n in xs,
        xs.count(n),
        xs.index(n),
        [n, 1] < [n, 2],
        {"k": n} == {"k": n},
        (n,) in [(n,)],
    ]


# inputs: []


def str_needles_in_open_sets(rows, allowed):
    wanted = set(allowed)
    keys = {a: 1 for a in allowed}
    return [[r in wanted for r in rows], [r in keys for r in rows]]


# inputs: [["a", "1", 1, true, 1.5, null], ["a", 1, 1.5]]
# inputs: [["x", "", 0, false], [0, "", "x"]]
# inputs: [[], []]
