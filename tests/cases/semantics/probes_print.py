# Probes: printing ints and floats in str/repr/f-strings/%/format/print/json.dumps.
import json


def print_contexts(n: int):
    f = n / 2
    print(f, n, f * 2, (f,), {"a": f}, sep="|")
    print("x", end="!\n")
    print(None, True, [None, True, "s"], {"k": "v"}, ("a",), set())
    return [str(f), repr(f), f"{f}", "%s" % f, "%r" % f, "{}".format(f), str([f, 1.0])]


# inputs: [4]
# inputs: [3]


def float_repr_edge():
    return [
        str(1e16),
        str(1e15),
        str(123456789012345678.0),
        str(1e-4),
        str(1e-5),
        str(0.1 + 0.2),
        str(1 / 3),
        str(2.5e-7),
        str(-1e22),
        repr(float("inf")),
        str(float("-inf")),
        str(float("nan")),
        str(5e-324),
        str(1.7976931348623157e308),
        str(100.0),
        str(1e21),
        str(1.5e21),
    ]


# inputs: []


def json_loads_cases(s):
    v = json.loads(s)
    return [v, isinstance(v, dict)]


# inputs: ["{\"a\": [1, 2.5, null, true]}"]
# inputs: ["1.0"]
# inputs: ["[1e2]"]
# inputs: ["\"x\""]


def str_of_containers(n: int):
    x = n + 0.5
    return [
        str(x),
        str((n,)),
        str(()),
        str({1: n}),
        str([[], {}]),
        str(["it's", 'say "hi"', "both ' \""]),
        repr("a\nb\\c\t"),
        repr("é😀\x00\x7f"),
        str({"a"}),
    ]


# inputs: [2]


def str_of_tuple_of_ints(xs):
    return [str(tuple(len(x) for x in xs)), str(list(map(len, xs)))]


# inputs: [["ab", "c"]]


def print_floats_in_loop(n: int):
    total = 0.0
    for i in range(n):
        total += i
        print(total)
    return str(total)


# inputs: [3]


def mean_str(xs: list[int]):
    m = sum(xs) / len(xs)
    return [str(m), f"{m}", f"{m:.1f}", f"{m:g}", round(m, 1)]


# inputs: [[1, 2, 3]]
# inputs: [[1, 2]]
