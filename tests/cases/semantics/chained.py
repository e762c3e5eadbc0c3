# Chained comparisons: each operand evaluated once, short-circuit.


def chained_basic(a, b, c):
    return [a < b < c, a <= b >= c, a < b > c, a == b == c, a != b != c, 0 <= a < 10]


# inputs: [1, 2, 3]
# inputs: [3, 2, 1]
# inputs: [2, 2, 2]
# inputs: [1, 2, 1]


def chained_calls_once(x):
    calls = []

    def f():
        calls.append(1)
        return x

    result = 0 < f() < 10
    return [result, len(calls)]


# inputs: [5]
# inputs: [50]
# inputs: [-1]


def chained_short_circuit(x):
    calls = []

    def g(v):
        calls.append(v)
        return v

    result = g(1) > g(x) > g(3)
    return [result, calls]


# inputs: [5]
# inputs: [2]
# inputs: [0]


def chained_strings(s):
    return ["a" <= s < "n", "" < s, s < s + "a"]


# inputs: ["m"]
# inputs: ["z"]


def chained_with_in(x, xs):
    return [x in xs in [xs], 1 < x in xs, x not in xs is False]  # noqa: E712


# inputs: [2, [1, 2]]
# inputs: [5, [1, 2]]


def chained_mixed_types(x):
    return 0 < x < "a"


# inputs: [5]
# inputs: [-1]


def lexicographic_list_compare(a, b):
    return [a < b, a <= b, a > b, max(a, b)]


# inputs: [[1, 2], [1, 3]]
# inputs: [[1, 2], [1]]
# inputs: [[], [0]]


def tuple_compare():
    return [(1, 2) < (1, 3), (2,) > (1, 9), (1, "a") < (1, "b"), (1, 2) == (1, 2)]


# inputs: []
