# Probes: calling function values with too few or too many arguments.
def _make_adder(n):
    def add(v, times=1):
        return v + n * times

    return add


def returned_fn_too_few(x):
    f = _make_adder(x)
    try:
        return f()
    except TypeError:
        return "TypeError"


# inputs: [1]


def map_with_wrong_arity(xs):
    try:
        return list(map(lambda a, b: a + b, xs))
    except TypeError:
        return "TypeError"


# inputs: [[1, 2]]
