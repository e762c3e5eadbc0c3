# A float the code made (0.0, a quotient) accumulating values from Dash: `+=` and `-=`
# add plain JS numbers, products of two numbers go unchecked, and anything else raises
# CPython's TypeError, which names the float 'float'.

import math


def add_each(values):
    total = 0.0
    try:
        for v in values:
            total += v
    except TypeError as e:
        return "TypeError: " + str(e)
    return str(total)


# inputs: [[1, 2, 3]]
# inputs: [[0.5, 0.25, true]]
# inputs: [[1, "a"]]
# inputs: [[null]]
# inputs: [[[1]]]
# inputs: [[9007199254740992, 1, 1]]
# inputs: [[1e300, 1e300]]


def take_each(values):
    left = 10.0
    try:
        for v in values:
            left -= v
    except TypeError as e:
        return "TypeError: " + str(e)
    return str(left)


# inputs: [[1, 2]]
# inputs: [[false, 0.5]]
# inputs: [[{"a": 1}]]


def dot(xs, ys):
    total = 0.0
    try:
        for x, y in zip(xs, ys):
            total += x * y
    except TypeError as e:
        return "TypeError: " + str(e)
    return str(total)


# inputs: [[1, 2, 3], [4, 5, 6]]
# inputs: [[3002399751580331, 2], [3, 1]]
# inputs: [[100000000000000000000, 3], [7, 11]]
# inputs: [[true, 0.5], [2, 2]]
# inputs: [["ab", 1], [2, 1]]
# inputs: [[[1], 1], [2, 1]]
# inputs: [[null], [2]]


def scaled_sum(xs, ys):
    acc = 0.5
    for x, y in zip(xs, ys):
        acc = acc + (x - y)
    return str(acc)


# inputs: [[9007199254740992, 1], [-9007199254740992, 2]]
# inputs: [[0.1, 0.2], [0.3, 0.4]]


def signed_zero_sum(x, y):
    total = -0.0
    total += x * y
    return str(total)


# inputs: [0, -5]
# inputs: [-2.5, 0]
# inputs: [-0.0, 3]
# inputs: [3, 4]


def zero_products(xs, ys):
    # 0 * -3 is the int 0 in Python, -0 in JS: a float made from a literal that only
    # `+=` and `-=` change is never -0.0, so either zero adds the same to it; one that
    # starts as -0.0, or is given, can tell them apart.
    total = 0.0
    rest = 0.0
    signed = -0.0
    given = ys[0] * 0.0
    for x, y in zip(xs, ys):
        total += x * y
        rest -= x * y
        signed += x * y
        given += x * y
    return [str(total), str(rest), str(total + xs[0] * ys[0]), str(signed), str(given)]


# inputs: [[0, 0], [-3, 5]]
# inputs: [[-0.0, 2], [0, -1]]
# inputs: [[0], [-3]]
# inputs: [[2.5, 0], [-2, -7]]


# A product of two reads (not names) added to a float: both read once, in order, and an
# int zero product adds as 0 (-0.0 + 0 is 0.0), a float one with its sign.


def products_of_reads(xs, x):
    acc = 0.5
    acc += x * (x := 3)
    acc = acc + xs[0] * xs[1]
    neg = -0.0
    neg = neg + xs[2] * xs[3]
    return [acc, x, neg, str(neg)]


# inputs: [[2, 0.25, 0, -3], 4]
# inputs: [[2, 0.25, -0.5, 0], 4]
# inputs: [["ab", 2, 0, 1], 1]
# inputs: [[2, 0.25, 0, -3], "s"]


def matrix_rows(a, b):
    n = len(a)
    m = len(b[0])
    out = []
    for i in range(n):
        res = [0.0] * m
        for p in range(len(b)):
            x = a[i][p]
            brow = b[p]
            for j in range(m):
                res[j] += x * brow[j]
        out.append(res)
    return [out, [[f"{v:.3f}" for v in r] for r in out]]


# inputs: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
# inputs: [[[0.5, 0], [0, -1]], [[2, 0], [0, 3]]]
# inputs: [[[1]], [["x"]]]


# An int the code made (0) is never -0 either, nor what adding or subtracting makes of
# it: a zero product of two ints (JS's -0) adds the same as Python's 0 to it.


def int_zero_products(xs, ys):
    total = 0
    rest = 0
    swapped = 0
    made = 1
    for i in range(len(xs)):
        total += xs[i] * ys[i]
        rest = rest - xs[i] * ys[i]
        swapped = xs[i] * ys[i] + swapped
        made = xs[i] * ys[i]
    return [
        f"{total:.1f}",
        f"{rest:.1f}",
        f"{swapped:.1f}",
        f"{made:.1f}",
        math.copysign(1.0, total),
        math.copysign(1.0, rest),
        math.copysign(1.0, made),
    ]


# inputs: [[0, 0], [-3, 5]]
# inputs: [[-0.0, 2], [0, -1]]
# inputs: [[0], [-3]]
# inputs: [[2.5, 0], [-2, -7]]
# inputs: [[-2.5, 1], [0, -1]]
# inputs: [[true, false], [-1, -2]]


def counted_from_parameter(start, xs, ys):
    # a local bound to a parameter's -0.0 (Dash sends it): its sum with a zero product
    # tells the product's sign
    total = start * 1
    for i in range(len(xs)):
        total += xs[i] * ys[i]
    return [f"{total:.1f}", math.copysign(1.0, total)]


# inputs: [-0.0, [0], [-3]]
# inputs: [0, [0], [-3]]
# inputs: [-0.0, [-0.0], [3]]


def counted_on_a_parameter(start, xs, ys):
    # `total += ...` may extend a list in place (start's): what it can put there is the
    # product's items, never a float the product makes, so the data's ints stay ints
    total = start
    for x, y in zip(xs, ys):
        total += x * y
    return [f"{total:.1f}", math.copysign(1.0, total), xs]


# inputs: [-0.0, [0], [-3]]
# inputs: [-0.0, [-0.0], [3]]
# inputs: [[], [[1], [2.5]], [2, 1]]
# inputs: [[0.5], [[1]], [0]]
