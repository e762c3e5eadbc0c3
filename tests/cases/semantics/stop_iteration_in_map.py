# A StopIteration raised by map's or filter's function ends them, as CPython's
# map.__next__ and filter.__next__ pass it on to whoever iterates them.


def _take(it):
    return next(it)


def mapped(xs):
    it = iter(xs)
    first = list(map(lambda _: next(it), range(3)))
    it = iter(xs)
    total = sum(map(lambda _: _take(it), range(5)))
    return [first, total]


# inputs: [[1, 2]]
# inputs: [[]]


def filtered(xs):
    it = iter(xs)
    kept = list(filter(lambda _: next(it), range(4)))
    out = []
    it = iter(xs)
    for v in map(lambda k: (k, next(it)), "abc"):
        out.append(v)
    return [kept, out]


# inputs: [[1, 0, 1]]
