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
