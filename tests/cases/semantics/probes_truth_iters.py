# Probes: truthiness of iterators, views and ranges.
def truth_of_iterators(xs):
    return [
        bool(range(0)),
        bool(range(len(xs))),
        bool({}.keys()),
        bool(map(str, [])),
        bool(filter(None, [])),
        bool(zip()),
        bool(enumerate([])),
        bool(reversed([])),
        bool(x for x in []),
        "yes" if map(str, xs) else "no",
        not zip(xs),
    ]


# inputs: [[]]
# inputs: [[1]]


def len_of_iterators(xs):
    out = []
    for k in range(3):
        try:
            if k == 0:
                out.append(len(map(str, xs)))
            elif k == 1:
                out.append(len(zip(xs, xs)))
            else:
                out.append(len(range(0, 10, 3)))
        except TypeError:
            out.append("TypeError")
    return out


# inputs: [[1, 2]]


def iterator_equality(xs):
    return [
        list(map(str, xs)) == list(map(str, xs)),
        range(3) == range(0, 3),
        range(0) == range(5, 5),
        list(zip(xs)) == [(x,) for x in xs],
    ]


# inputs: [[1, 2]]


def range_membership_and_index(n: int):
    r = range(0, n, 2)
    return [
        2 in r,
        r.count(4),
        list(r[1:])[0] if len(r) > 1 else None,
        list(r[::-1]),
        list(r)[-1] if r else None,
        r == range(0, n + 1, 2),
        not r,
    ]


# inputs: [7]
# inputs: [0]
