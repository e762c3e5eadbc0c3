# Lambdas given to map, filter and `key=`: those the builtin calls with one argument per
# parameter carry no argument-count check; the others still raise CPython's TypeError.


def keyed_lambdas(rows):
    by = sorted(rows, key=lambda r: r.get("n") or 0, reverse=True)
    top = max(rows, key=lambda r: r.get("n") or 0) if rows else None
    low = min(rows, key=lambda r: -(r.get("n") or 0), default=None)
    copy = list(rows)
    copy.sort(key=lambda r: str(r.get("n")))
    return [by, top, low, copy]


# inputs: [[{"n": 2}, {"n": 5}, {"m": 1}, {"n": 5, "k": 1}]]
# inputs: [[]]


def mapped_and_filtered(xs, ys):
    pairs = list(map(lambda a, b: [a, b], xs, ys))
    kept = list(filter(lambda v: v, xs))
    return [pairs, kept, list(map(lambda v: v * 2, ys))]


# inputs: [[1, 0, 3], [4, 5]]
# inputs: [[], [1]]


def key_taking_two(xs):
    return sorted(xs, key=lambda a, b: a)


# inputs: [[3, 1]]
# inputs: [[]]


def key_with_default(xs):
    return sorted(xs, key=lambda a, b=1: a * b)


# inputs: [[3, 1, 2]]


def map_with_too_few_parameters(xs, ys):
    return list(map(lambda a: a, xs, ys))


# inputs: [[1], [2]]


def filter_with_no_parameter(xs):
    return list(filter(lambda: True, xs))


# inputs: [[1]]
# inputs: [[]]
