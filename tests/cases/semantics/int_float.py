# int vs float: printing and types survive although JS has one number type.


def float_strings():
    return [
        str(2.0),
        str(7 / 2),
        str(4 / 2),
        str(1e16),
        str(0.1),
        str(-0.0),
        str(1e-5),
        str(1.5e300 * 1.5e300),
        repr(3.0),
    ]


# inputs: []


def int_strings(n: int):
    return [str(n), str(n * 2), str(n // 2), str(n / 1), str(float(n)), str(int(n / 2))]


# inputs: [5]
# inputs: [-6]


def bool_strings(b: bool):
    return [
        str(b),
        str(True + 1),
        str(b + 0),
        str(True * 1.0),
        repr(b),
        f"{b}",
        str(None),
    ]


# inputs: [true]
# inputs: [false]


def isinstance_numbers(x):
    return [
        isinstance(x, int),
        isinstance(x, float),
        isinstance(x, (int, float)),
        isinstance(x, bool),
        isinstance(x, str),
    ]


# inputs: [1]
# inputs: [1.5]
# inputs: [true]
# inputs: ["1"]
# inputs: [null]


def isinstance_true_is_int():
    return [
        isinstance(True, int),
        isinstance(1, bool),
        isinstance(1.0, int),
        isinstance(2.0, float),
    ]


# inputs: []


def float_literals_in_results(n):
    return [n * 1.0, n + 0.0, float(n), n / 1, 2.0, 2.0 * n]


# inputs: [3]


def float_in_fstrings(n):
    half = n / 2
    return [f"{half}", f"{n}", f"{float(n)}", "%s" % half, "{}".format(n / 1)]


# inputs: [4]
# inputs: [5]


def sum_of_floats(xs: list[int]):
    total = sum(xs, 0.0)
    return [total, str(total), str(sum(xs))]


# inputs: [[1, 2, 3]]


def int_conversion(s):
    return [int(s), int(s) + 1, str(int(s))]


# inputs: ["12"]
# inputs: [" -7 "]
# inputs: ["1_000"]
# inputs: ["+3"]


def int_conversion_errors(s):
    return int(s)


# inputs: ["1.5"]
# inputs: ["abc"]
# inputs: [""]
# messages


def float_conversion(s):
    f = float(s)
    return [
        f,
        str(f),
        f == int(f) if f == f and f not in (float("inf"), float("-inf")) else None,
    ]


# inputs: ["2"]
# inputs: ["  2.5 "]
# inputs: ["1e3"]
# inputs: ["-inf"]
# inputs: ["nan"]


def float_conversion_error(s):
    return float(s)


# inputs: ["abc"]
# messages


def int_of_float(x):
    return [int(x), int(-x), str(int(x))]


# inputs: [2.9]
# inputs: [-0.5]


def repr_of_numbers(n: int):
    return [repr(n), repr(n / 3), repr([n, True]), str((n, "a"))]


# inputs: [3]


def big_and_small_floats():
    return [
        str(1e22),
        str(123456789012345680.0),
        str(1.0e-7),
        str(0.0001),
        str(12345.678),
        str(2**0.5),
    ]


# inputs: []


def division_results_type(a: int, b: int):
    q = a / b
    return [isinstance(q, float), str(q), str(a // b), isinstance(a // b, int)]


# inputs: [6, 3]
# inputs: [7, 2]


def float_is_integer(n: int):
    half = n / 2
    return [
        half.is_integer(),
        (n * 1.5).is_integer(),
        float(n).is_integer(),
        (0.1 + 0.2).is_integer(),
    ]


# inputs: [4]
# inputs: [3]
# inputs: [-7]


def dict_builtin_keeps_float_values(n: int, names: list[str]):
    ratios = dict(zip(names, [n / 2, n * 1.5, 1.0]))
    pairs = dict([("a", n / 4), ("b", 0.5)])
    copied = dict(pairs, c=2.0)
    named = dict(x=n / 1, y=3.0)
    return [
        str(ratios),
        str(pairs["a"]),
        repr(copied),
        f"{named['x']}",
        str(list(named.values())),
    ]


# inputs: [4, ["p", "q", "r"]]
# inputs: [3, ["only"]]


def walrus_in_comprehension_keeps_float(n: int, xs: list[int]):
    kept = [y for v in xs if (y := v / 2) > 1]
    nested = [[z for w in range(v) if (z := w * 1.5) >= 0] for v in xs]
    last = y if xs else 0.0
    return [str(kept), str(last), str(nested), str(z) if any(xs) else "-"]


# inputs: [1, [1, 4, 6]]
# inputs: [2, [3]]


def fromkeys_keeps_the_value_type(n: int, names: list[str]):
    shares = dict.fromkeys(names, n / 4)
    empty = dict.fromkeys("ab")
    return [str(shares), str(empty), str(list(shares.values())[:1])]


# inputs: [2, ["x", "y"]]
# inputs: [8, []]


def tuples_of_floats_and_text_print(n: int):
    d = {"a": n / 1, "b": 0.5}
    pair = ("total", n / 2, True, None)
    return [str(sorted(d.items())), repr(pair), f"{pair}", str(list(d.items())[0])]


# inputs: [4]
# inputs: [-1]
