# Dash's JSON writes a number from 1e21 on with an exponent, which Python reads as a
# float: where CPython needs an int (a repeat count, an index, round's digits, a find
# range), such a number is its TypeError, not a JS integer.
import math


def repeat(n):
    out = []
    for f in (lambda: "" * n, lambda: [] * n, lambda: "x" * n, lambda: [0] * n):
        try:
            out.append(f())
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [1e21]
# inputs: [-1e21]
# inputs: [3]


def as_index(xs, s, n):
    out = []
    for f in (
        lambda: xs[n],
        lambda: s[n],
        lambda: xs.index(1, 0, n),
        lambda: s.find("a", n),
    ):
        try:
            out.append(f())
        except (TypeError, IndexError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


# inputs: [[1, 2], "ab", 1e21]
# inputs: [[1, 2], "ab", -1e22]
# inputs: [[1, 2], "ab", 1]


def other_ints(x, n):
    out = []
    for f in (
        lambda: round(x, n),
        lambda: math.comb(n, 1),
        lambda: "%*d" % (n, 1),
        lambda: x / 0,
    ):
        try:
            out.append(f())
        except (TypeError, ValueError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


# inputs: [2.5, 1e21]
# inputs: [1e21, 2]
# messages
