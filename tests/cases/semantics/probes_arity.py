# Probes: calling function values with too few or too many arguments (TypeError as in
# CPython, message included, while calls by name stay bound at build time).
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


def lambda_in_list_too_few(x):
    fs = [lambda a, b: [a, b]]
    try:
        return fs[0](x)
    except TypeError:
        return "TypeError"


# inputs: [1]


def lambda_in_list_too_many(x):
    fs = [lambda v: v * 2]
    try:
        return fs[0](x, x)
    except TypeError:
        return "TypeError"


# inputs: [1]


def param_fn_wrong_arity(x):
    def run(f):
        return f(x)

    try:
        return run(lambda a, b: [a, b])
    except TypeError:
        return "TypeError"


# inputs: [1]


def returned_fn_too_many(x):
    try:
        return _make_adder(1)(x, 2, 3)
    except TypeError:
        return "TypeError"


# inputs: [1]


def sorted_key_wrong_arity(xs):
    try:
        return sorted(xs, key=lambda a, b: a)
    except TypeError:
        return "TypeError"


# inputs: [[2, 1]]


def wrong_arity_to_helper(x):
    out = []
    try:
        _make_adder()
    except TypeError:
        out.append("missing")
    try:
        _make_adder(1, 2)
    except TypeError:
        out.append("extra")
    try:
        _make_adder(1)(x, 2, 3)
    except TypeError:
        out.append("extra-inner")
    return out


# inputs: [1]


def _two(a, b):
    return [a, b]


def _at_least_one(a, *rest):
    return [a, list(rest)]


def module_function_as_key_message(xs):
    try:
        return sorted(xs, key=_two)
    except TypeError as e:
        return str(e)


# inputs: [[3, 1]]


def module_function_called_and_passed(xs):
    out = [_two(1, 2)]
    try:
        out.append(list(map(_two, xs)))
    except TypeError as e:
        out.append(str(e))
    out.append(list(map(_two, xs, xs)))
    return out


# inputs: [[1, 2]]


def varargs_function_as_value(xs):
    fs = [_at_least_one]
    out = [fs[0](1, 2, 3)]
    try:
        fs[0]()
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [[1]]


def lambda_messages(x):
    out = []
    for f in [lambda: 1, lambda a, b=2: a, lambda a, b: a]:
        try:
            out.append(f(x))
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [1]


def nested_def_called_and_stored(x):
    def pair(a, b):
        return [a, b]

    kept = {"f": pair}
    out = [pair(x, x)]
    try:
        out.append(kept["f"](x))
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [3]


def nested_called_by_name_wrongly(x):
    def pair(a, b):
        return [a, b]

    twice = lambda a: a * 2  # noqa: E731
    out = []
    try:
        pair(x)
    except TypeError as e:
        out.append(str(e))
    try:
        twice(x, x)
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [3]
