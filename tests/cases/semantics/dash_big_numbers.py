# Dash's JSON writes a number from 1e21 on with an exponent ("1e+22"), so a server
# callback reads it as a float; the same number reaches a clientside one as a float too.
# Ints the callback computes stop short of 1e21 (OverflowError: test_int_overflow.py),
# and so does `x % 7` of such a float, whose 6.0 would print as an int.
import json


def shown(v):
    return [str(v), repr(v), f"{v}", f"{v:>8}", "%s" % v, type(v).__name__]


# inputs: [1e22]
# inputs: [-6.02e23]
# inputs: [1e300]


def kinds(values):
    return [[isinstance(v, int), isinstance(v, float)] for v in values]


# inputs: [[1e21, -1e21, 2.5, 3, 9007199254740991]]


def computed(v):
    return [v + 1, v * 2, v // 7, v / 2, round(v, 2), -v, abs(v), v**2]


# inputs: [1e22]
# inputs: [6.02e23]


def as_keys(values):
    return json.dumps({v: type(v).__name__ for v in values})


# inputs: [[1e22, 7]]


def as_index(v):
    out = []
    for use in (hex, chr, lambda n: "ab"[n:], lambda n: f"{n:d}"):
        try:
            out.append(use(v))
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__)
    return out


# inputs: [65]
# inputs: [1e22]
