# Probes: calling functions held in variables, returned from functions, passed as arguments.
def _apply(f, *args):
    return f(*args)


def _make_adder(n):
    def add(v, times=1):
        return v + n * times

    return add


def call_returned_function(x):
    add = _make_adder(10)
    return [add(x), _make_adder(1)(x), _apply(add, x), _apply(_make_adder(2), x, 3)]


# inputs: [5]


def call_function_from_list(x):
    out = []
    for f in [lambda v: -v, lambda v: [v], _make_adder(1)]:
        out.append(f(x))
    return out


# inputs: [3]


def functions_as_dict_values_with_kwargs(op, x):
    ops = {"inc": _make_adder(1), "dec": _make_adder(-1)}
    f = ops.get(op)
    if f is None:
        return "unknown"
    return f(x)


# inputs: ["inc", 5]
# inputs: ["dec", 5]
# inputs: ["nope", 5]


def _even(k):
    return True if k == 0 else _odd(k - 1)


def _odd(k):
    return False if k == 0 else _even(k - 1)


def recursion_through_helper_chain(n: int):
    return _even(n)


# inputs: [7]
