# Builtins and their keyword arguments.


def len_of_things(s, xs, d):
    return [len(s), len(xs), len(d), len(set(xs)), len((1, 2)), len(range(2, 10, 3))]


# inputs: ["héllo😀", [1, 1, 2], {"a": 1, "b": 2}]
# inputs: ["", [], {}]


def len_of_number_raises(n):
    return len(n)


# inputs: [5]
# messages


def abs_values(x):
    return [abs(x), abs(-x), abs(x) == abs(-x)]


# inputs: [-3]
# inputs: [2.5]
# inputs: [0]
# inputs: [true]


def min_max_forms(xs):
    return [
        min(xs),
        max(xs),
        min(*xs),
        max(xs[0], xs[-1]),
        min(xs, key=lambda v: -v),
        max(xs, default=0),
        min(x * 2 for x in xs),
    ]


# inputs: [[3, 1, 2]]
# inputs: [[-1.5, 2, 0]]


def min_max_empty(xs):
    return [
        min(xs, default=None),
        max(xs, default="none"),
        max(xs, key=len, default=[]),
    ]


# inputs: [[]]


def max_of_empty_raises(xs):
    return max(xs)


# inputs: [[]]
# messages


def max_ties_first(words):
    return [max(words, key=len), min(words, key=len)]


# inputs: [["ab", "cd", "e", "f"]]


def sum_forms(xs):
    return [
        sum(xs),
        sum(xs, 10),
        sum(x * x for x in xs),
        sum([]),
        sum([0.5, 0.25]),
        sum([[1], [2]], []),
    ]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def any_all_forms(xs):
    return [
        any(x > 2 for x in xs),
        all(x > 0 for x in xs),
        any([]),
        all([]),
        any(x for x in xs if x < 0),
    ]


# inputs: [[1, 2, 3]]
# inputs: [[-1, 5]]


def enumerate_forms(xs):
    return [
        list(enumerate(xs)),
        list(enumerate(xs, 1)),
        [i for i, _ in enumerate(xs, start=10)],
        dict(enumerate(xs)),
    ]


# inputs: [["a", "b"]]


def zip_forms(a, b):
    return [
        list(zip(a, b)),
        list(zip(a, b, a)),
        dict(zip(a, b)),
        list(zip()),
        list(zip(*[a, b])),
    ]


# inputs: [["x", "y", "z"], [1, 2]]


def range_forms(n):
    return [
        list(range(n)),
        list(range(1, n)),
        list(range(n, 0, -1)),
        list(range(0, n, 3)),
        list(range(-n)),
        len(range(n)),
        list(range(n))[::-1],
        3 in range(n),
    ]


# inputs: [7]
# inputs: [0]


def range_step_zero():
    return list(range(1, 5, 0))


# inputs: []
# messages


def map_filter(xs):
    return [
        list(map(str, xs)),
        list(map(lambda x: x * 2, xs)),
        list(filter(None, xs)),
        list(filter(lambda x: x > 1, xs)),
        list(map(lambda a, b: a + b, xs, xs[1:])),
    ]


# inputs: [[0, 1, 2, 3]]


def reversed_forms(xs):
    return [
        list(reversed(xs)),
        "".join(reversed("abc")),
        list(reversed(range(3))),
        tuple(reversed(tuple(xs))),
    ]


# inputs: [[1, 2, 3]]


def round_half_even(x):
    return [round(x), round(x, 1), round(x, 2), round(-x), round(x, 0), round(x, -1)]


# inputs: [0.5]
# inputs: [1.5]
# inputs: [2.5]
# inputs: [2.675]
# inputs: [0.125]
# inputs: [0.375]
# inputs: [-1.25]
# inputs: [15.5]
# inputs: [1234.5678]


def round_ints(n):
    return [
        round(n),
        round(n, 2),
        round(n, -1),
        round(n, -2),
        round(25, -1),
        round(35, -1),
    ]


# inputs: [1234]
# inputs: [-55]


def conversions(x):
    return [str(x), bool(x), list(str(x)), repr(x)]


# inputs: [12]
# inputs: ["hi"]
# inputs: [[1, "a"]]
# inputs: [{"k": null}]
# inputs: [null]


def container_constructors(xs):
    return [
        list(xs),
        tuple(xs),
        sorted(set(xs)),
        dict(a=1, b=2),
        dict([("x", 1), ("y", 2)]),
        list("ab"),
        tuple("ab"),
        list({"k": 1, "j": 2}),
        dict({"a": 1}, b=2),
    ]


# inputs: [[3, 1, 3]]


def isinstance_containers(x):
    return [
        isinstance(x, list),
        isinstance(x, dict),
        isinstance(x, str),
        isinstance(x, (list, tuple)),
        x is None,
    ]


# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: ["s"]
# inputs: [null]


def isinstance_built_values(n):
    return [
        isinstance((n,), tuple),
        isinstance((n,), list),
        isinstance({n}, set),
        isinstance({n: 1}, dict),
        isinstance(str(n), str),
        isinstance(n / 2, float),
    ]


# inputs: [1]


def print_calls(x):
    print("value:", x)
    print(x, [x], sep="|")
    print("a", "b", end="!\n")
    print()
    print(1.0, True, None, (1,), {"k": x})
    return x


# inputs: ["v"]
# inputs: [2]


def divmod_pow(a, b):
    return [divmod(a, b), pow(a, b), pow(a, b, 7), pow(2, -1), a**2]


# inputs: [7, 3]
# inputs: [-7, 3]


def chr_ord_hex(n):
    return [
        chr(n),
        ord(chr(n)),
        hex(n),
        hex(-n),
        ord("é"),
        chr(9731),
        ord("😀"),
        bin(n),
        oct(n),
    ]


# inputs: [65]
# inputs: [255]


def ord_of_long_string_raises(s):
    return ord(s)


# inputs: ["ab"]
# messages


def bool_builtin(x):
    return [bool(x), bool(), bool([x]), bool(str(x))]


# inputs: [0]
# inputs: ["False"]


def int_float_builtin_forms(x):
    return [
        int(),
        float(),
        int(True),
        float(True),
        int(x),
        float(x),
        int("  42  "),
        int("-0"),
        float("1_000.5"),
        int("0x1f", 16),
        int("101", 2),
        int("z", 36),
    ]


# inputs: [3.99]
# inputs: [-3.99]


def str_of_containers(n):
    return [
        str([n, "a"]),
        str((n,)),
        str(()),
        str({"k": n}),
        str({n}),
        str(set()),
        str({"a": [1, (2, 3)]}),
    ]


# inputs: [1]


def repr_of_strings(s):
    return [repr(s), str([s]), repr([s, s])]


# inputs: ["plain"]
# inputs: ["it's"]
# inputs: ["say \"hi\""]
# inputs: ["both ' and \""]
# inputs: ["tab\tnew\nline\\"]
# inputs: ["é😀"]
