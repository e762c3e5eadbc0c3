# `a % b` of two ints (annotated, or made by int arithmetic) is py_int_mod: the sign of
# the divisor, never -0, ZeroDivisionError for 0 and False, exact past 2**53.


def remainders(a: int, b: int):
    out = [a % b, -a % b, (a * 3) % (b - 1 if b != 1 else 5), True % b]
    return [out, [str(x) for x in out]]


# messages
# inputs: [7, 3]
# inputs: [-7, 3]
# inputs: [7, -3]
# inputs: [-6, 3]
# inputs: [0, -5]
# inputs: [4294967296, 4294967295]
# inputs: [3002399751580330, -7]
# inputs: [5, 0]


def by_flags(n: int, on: bool):
    return n % on


# messages
# inputs: [5, true]
# inputs: [-5, true]
# inputs: [5, false]


def buckets(ids: list[str], k: int):
    counts = [0] * max(k, 1)
    for s in ids:
        counts[len(s) % k] += 1
    return counts


# messages
# inputs: [["a", "bb", "ccc", ""], 2]
# inputs: [["a", "bb"], -3]
# inputs: [["a"], 0]
