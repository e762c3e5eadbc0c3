# math.comb and math.prod: exact ints (a float loop rounded comb(60, 30) and a product
# past 2**53), Python's argument errors, and prod of anything that multiplies.
import math
from math import prod


def comb_of(n, k):
    try:
        return math.comb(n, k)
    except TypeError as e:
        return "TypeError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)


# inputs: [50, 25]
# inputs: [52, 26]
# inputs: [10, 3]
# inputs: [3, 10]
# inputs: [0, 0]
# inputs: [true, 1]
# inputs: [-1, 2]
# inputs: [5, -1]
# inputs: [2.5, 1]
# inputs: [5, "2"]


def prod_of(xs):
    try:
        return [math.prod(xs), math.prod(xs) * 2]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [[1, 2, 3, 4]]
# inputs: [[1.5, 2]]
# inputs: [["a", 3]]
# inputs: [[2, [1]]]
# inputs: [[]]
# inputs: [[0.5, 0.5]]


def prod_zero_sign(xs):
    # An int zero has no sign; a float factor keeps CPython's -0.0.
    return [f"{math.prod(xs):.1f}", math.copysign(1, math.prod(xs))]


# inputs: [[0, -5]]
# inputs: [[-5, 0, 3]]
# inputs: [[0.5, 0, -5]]
# inputs: [[-0.0, 5]]
# inputs: [[-1e21, 0]]
# inputs: [[0, -1e21]]


def product_of_ints_printed(n: int, xs: list[int]):
    """math.prod of ints is an int (its start is the int 1): it prints as one."""
    return str(math.prod([n, n])), f"{prod(xs)}", repr(math.prod(xs) * 2)


# inputs: [3, [2, 5]]
# inputs: [0, []]
# inputs: [-7, [1, -1, 3]]


def pow_at_the_edges(a: float, b: float):
    """math.pow as C99's pow with CPython's checks: 0 ** -inf is inf, -inf to a fraction
    is inf or 0.0, -1 ** inf is 1.0; finite arguments overflowing raise OverflowError.
    """
    inf = math.inf
    out = []
    for x, y in ((0, -inf), (-inf, 0.5), (-inf, -0.5), (-1, inf), (-0.5, -inf), (a, b)):
        try:
            out.append(repr(math.pow(x, y)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    return out


# inputs: [1e308, 1e308]
# inputs: [-2, 0.5]
# inputs: [0, -1]
# inputs: [2, 3]


def log_checks_x_first(x, base):
    """math.log(x, base) checks x before it converts the base, as CPython computes
    log(x) first."""
    try:
        return repr(math.log(x, base))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        return f"{type(e).__name__}: {e}"


# inputs: [0, null]
# inputs: [-1, "10"]
# inputs: [10, null]
# inputs: [10, 1]
# inputs: [8, 2]
# messages
