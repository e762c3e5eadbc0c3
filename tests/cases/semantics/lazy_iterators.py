# map, filter, zip, enumerate and reversed are lazy iterators, as in Python.


def map_break_side_effects(xs):
    log = []

    def f(v):
        log.append(v)
        return v * 2

    for y in map(f, xs):
        if y > 2:
            break
    return log


# inputs: [[1, 2, 3, 4]]


def enumerate_while_appending(xs):
    out = []
    for i, x in enumerate(xs):
        out.append((i, x))
        if i == 0:
            xs.append("late")
    return out


# inputs: [["a", "b"]]


def zip_while_popping(xs, ys):
    out = []
    for a, b in zip(xs, ys):
        out.append([a, b])
        if ys:
            ys.pop()
    return out


# inputs: [[1, 2, 3], [4, 5, 6]]


def interleaved_generators(xs):
    log = []

    def tag(name, v):
        log.append(name + str(v))
        return v

    list(zip((tag("a", x) for x in xs), (tag("b", x) for x in xs)))
    return log


# inputs: [[1, 2]]


def map_sees_later_mutation(xs):
    m = map(lambda v: v * 10, xs)
    xs.append(5)
    return list(m)


# inputs: [[1, 2]]


def reversed_is_lazy(xs):
    r = reversed(xs)
    xs[0] = "changed"
    return list(r)


# inputs: [[1, 2, 3]]


def enumerate_object_reused(xs):
    e = enumerate(xs)
    first = []
    for i, v in e:
        first.append(v)
        if i == 0:
            break
    rest = [v for i, v in e]
    return [first, rest]


# inputs: [["a", "b", "c"]]


def iterators_are_true_and_unsized(xs):
    m = map(str, xs)
    try:
        n = len(m)
    except TypeError:
        n = "no len"
    return [bool(m), n, sorted(filter(None, xs)), list(zip(xs, reversed(xs)))]


# inputs: [[0, 2, 1]]
# inputs: [[]]


def genexp_reads_its_iterable_when_made(xs):
    gen = (x * 2 for x in xs)
    xs = [100]
    first = list(gen)
    n = 3
    counted = (i for i in range(n))
    n = 10
    return [first, list(counted), xs]


# inputs: [[1, 2, 3]]


def genexp_over_a_non_iterable_raises_when_made(x):
    try:
        gen = (v for v in x)
        made = True
    except TypeError:
        return "TypeError at creation"
    return [made, list(gen)]


# inputs: [5]
# inputs: [[1]]


def next_of(gen):
    for v in gen:
        return v
    return None


def genexp_nested_and_lazy(rows):
    log = []

    def seen(v):
        log.append(v)
        return v

    gen = (seen(c) for row in rows for c in row if c)
    first = next_of(gen)
    return [first, log, sum(1 for _ in gen), log]


# inputs: [[[0, 1], [2, 3]]]
