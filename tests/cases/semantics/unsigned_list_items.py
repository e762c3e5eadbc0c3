"""Zero products added to list items: an item that starts as a literal and changes only
by `+=`/`-=` is never -0, so a product's zero adds the same whatever its sign. Where
something else may store into the list, the int product's zero keeps CPython's sign."""

import math


def products_added_to_items(a, b):
    res = [0] * len(b)
    out = []
    for x in a:
        for j in range(len(b)):
            res[j] += x * b[j]
            res[j] -= x * b[j] * 2
        out.append(res)
    signs = [math.copysign(1, v) for v in res]
    return [str(float(res[0])), signs, out[0][0], len(out), sum(res)]


# inputs: [[0, 2], [-3, 0]]
# inputs: [[0], [-1]]
# inputs: [[0.5, -0.5], [0, 1]]
# inputs: [[], [1]]


def item_set_to_minus_zero_first(a, b):
    res = [0.0] * 2
    res[0] = -0.0
    res[0] += a * b
    return [str(float(res[0])), [math.copysign(1, v) for v in res]]


# inputs: [0, -3]
# inputs: [-2, 0]


def item_multiplied_first(a, b):
    res = [0.0, 1.0]
    res[0] *= -1
    res[0] += a * b
    return [math.copysign(1, v) for v in res]


# inputs: [0, -3]


def item_written_through_a_holder(a, b):
    res = [0.0]
    out = [res]
    out[0][0] = -0.0
    res[0] += a * b
    return [math.copysign(1, v) for v in res]


# inputs: [0, -3]


def holder_row_taken_out(a, b):
    res = [0.0]
    out = []
    out.append(res)
    row = out[0]
    row[0] = -0.0
    res[0] += a * b
    return [math.copysign(1, v) for v in res]


# inputs: [0, -3]


def item_appended(a, b):
    res = [0.0]
    res.append(-0.0)
    res[1] += a * b
    return [math.copysign(1, v) for v in res]


# inputs: [0, -3]


def _set_minus_zero(xs):
    xs[0] = -0.0


def list_given_to_a_helper(a, b):
    res = [0.0]
    _set_minus_zero(res)
    res[0] += a * b
    return [math.copysign(1, v) for v in res]


# inputs: [0, -3]


def slice_extended(a, b):
    res = [0.0]
    res[:0] += [-0.0]
    res[0] += a * b
    return [math.copysign(1, v) for v in res]


# inputs: [0, -3]


def holder_walked(a, b):
    res = [0.0]
    out = []
    out.append(res)
    for row in out:
        row[0] = -0.0
    res[0] += a * b
    return [math.copysign(1, v) for v in res]


# inputs: [0, -3]


def counts_by_bin(values, nbins):
    counts = [0] * nbins
    for v in values:
        counts[int(v) % nbins] += 1
        counts[-1] -= 2
    return [counts, str(counts[0]), sum(counts)]


# inputs: [[0.5, 1.5, 2, 7], 3]
# inputs: [[], 2]
# inputs: [[1], 0]


def big_steps_stay_checked(n):
    totals = [0, 0]
    for _ in range(3):
        totals[0] += 1099511627776  # past the counting step: checked
        totals[1] += n
    return totals


# inputs: [1]
# inputs: [1125899906842624]


def holder_given_to_max(a, b):
    res = [0, 0]
    out = []
    out.append(res)
    m = max(out)
    m[0] = -0.0
    res[0] += a * b
    return [str(float(res[0])), math.copysign(1, res[0])]


# inputs: [0, -3]


def holder_walked_by_enumerate(a, b):
    res = [0, 0]
    out = []
    out.append(res)
    for i, row in enumerate(out):
        row[0] = -0.0
    res[0] += a * b
    return [str(float(res[0])), math.copysign(1, res[0])]


# inputs: [0, -3]
