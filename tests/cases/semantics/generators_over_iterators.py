# Generator expressions over lazy iterators (zip, map, filter, enumerate, reversed), given
# to the builtins that run them as loops. The iterator was wrapped twice on the way in,
# and the second wrapping saw no items: any() was False and sum() 0 for any input.


def over_zip(xs, ys):
    return [
        any(a * b for a, b in zip(xs, ys)),
        all(a < b for a, b in zip(xs, ys)),
        sum(a * b for a, b in zip(xs, ys)),
        min(a + b for a, b in zip(xs, ys)),
        max(b - a for a, b in zip(xs, ys)),
        list(a for a, _ in zip(xs, ys)),
    ]


# inputs: [[1, 2, 3], [0.5, 2.5, 4]]
# inputs: [[0, 2], [0.5, 1.25]]


def over_other_iterators(xs):
    return [
        sum(v for v in map(abs, xs)),
        any(v > 2 for v in filter(None, xs)),
        max(i * v for i, v in enumerate(xs)),
        min(v for v in reversed(xs)),
        all(v for v in map(bool, xs)),
    ]


# inputs: [[3, -4, 0, 1.5]]
# inputs: [[1]]


def iterator_kept_open(xs):
    it = zip(xs, xs)
    first = any(a > 1 for a, _ in it)
    rest = [a for a, _ in it]
    return [first, rest]


# inputs: [[1, 5, 7, 9]]
