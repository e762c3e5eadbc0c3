# Probes: builtins given keywords they do not take, or explicit None keywords.
def builtin_explicit_none(xs):
    return [
        sorted(xs, key=None),
        max(xs, key=None),
        min(xs, default=None, key=None),
        round(2.5, None),
        "a b".split(None),
        "a,b".split(",", -1),
    ]


# inputs: [[3, 1]]


def enumerate_negative_start(xs):
    return [list(enumerate(xs, -1)), list(enumerate(xs, start=10)), dict(enumerate(xs))]


# inputs: [["a", "b"]]


def builtin_keywords_cpython_refuses(xs):
    out = []
    for k in range(9):
        try:
            if k == 0:
                out.append(list(range(0, 5, step=2)))
            elif k == 1:
                out.append(len(obj=xs))
            elif k == 2:
                out.append(sum(xs, begin=1))
            elif k == 3:
                out.append(abs(x=-1))
            elif k == 4:
                out.append(sum(xs, start=1))
            elif k == 5:
                out.append(list(enumerate(iterable=xs, start=2)))
            elif k == 6:
                out.append(format(3, format_spec="x"))
            elif k == 7:
                out.append(sorted(iterable=xs))
            else:
                out.append(int("7", base=8))
        except TypeError:
            out.append("TypeError")
    return out


# inputs: [[3, 1]]
