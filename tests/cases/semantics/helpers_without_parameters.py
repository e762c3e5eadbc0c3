# A helper of the user's that takes no arguments has one version, typed like any other:
# its result was taken for "not typed yet", and a float it returned printed as an int
# ('1' for CPython's '1.0').


def _rate():
    return 0.5 * 2


def _pairs():
    return [1.5 * 2, 0.5]


def _count():
    return 3


def rate_text(x):
    r = _rate()
    return f"{r} {_pairs()} {r + x / 2}", str(_rate()), repr(_count() * 2)


# inputs: [1]
# inputs: [3]
