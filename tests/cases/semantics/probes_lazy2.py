# Probes: lazy iterators raising late, consumed twice, nested and compared.
def map_raises_when_consumed(xs):
    log = []
    try:
        m = map(int, xs)
        log.append("created")
    except ValueError:
        log.append("early")
    try:
        log.append(list(m))
    except ValueError:
        log.append("late")
    return log


# inputs: [["1", "x"]]
# inputs: [["1", "2"]]


def iterator_consumed_twice(xs):
    m = map(str, xs)
    z = zip(xs, xs)
    e = enumerate(xs)
    f = filter(None, xs)
    r = reversed(xs)
    return [
        list(m),
        list(m),
        list(z),
        list(z),
        list(e),
        list(e),
        list(f),
        list(f),
        list(r),
        list(r),
    ]


# inputs: [[0, 1, 2]]


def nested_lazy(xs):
    return list(enumerate(zip(map(str, xs), filter(None, reversed(xs))), 1))


# inputs: [[0, 1, 2, 3]]


def lazy_in_membership_and_builtins(xs):
    m = map(lambda v: v * 2, xs)
    first = 4 in m
    rest = list(m)
    return [
        first,
        rest,
        sum(map(abs, xs)),
        max(zip(xs, map(str, xs))),
        sorted(filter(lambda v: v > 0, xs), reverse=True),
        any(map(bool, xs)),
        dict(zip(map(str, xs), xs)),
    ]


# inputs: [[-1, 2, 3, 0]]


def lazy_star_unpack(xs):
    a, *b = map(str, xs)
    c, d = zip(*[(1, 2), (3, 4)])
    return [a, b, c, d, [*enumerate("ab")], (*map(str, xs),)]


# inputs: [[1, 2, 3]]


def lazy_in_fstring_and_str(xs):
    return [", ".join(map(str, xs)), "".join(reversed("abc")), str(list(zip(xs, xs)))]


# inputs: [[1, 2]]


def reversed_range_and_string(n: int):
    return [
        list(reversed(range(n))),
        list(reversed("héllo")),
        list(reversed((1, 2, 3))),
    ]


# inputs: [4]


def zip_with_generator_and_dict(d):
    return [list(zip(d, d.values())), list(zip((k for k in d), range(10)))]


# inputs: [{"a": 1, "b": 2}]
