# Probes: defaults, keyword-only, *args, **kwargs and builtins called with keywords.


def _f(a, b=2, *args, c, d=4, **kw):
    return [a, b, list(args), c, d, sorted(kw.items())]


def call_variants(x):
    return [
        _f(1, c=3),
        _f(1, 2, 3, 4, c=5, e=6),
        _f(a=1, c=2, d=3, z=4),
        _f(*[1, 2, 3], c=x, **{"y": 1}),
        _f(1, *(x, x), **{"c": 0, "d": 1}),
    ]


# inputs: [9]


def _pos_only(a, b, /, c=1):
    return [a, b, c]


def call_pos_only(x):
    return [_pos_only(1, 2), _pos_only(x, 2, c=3), _pos_only(*[1, 2, 3])]


# inputs: [0]


def _kwonly(*, key, default=None):
    return [key, default]


def call_kwonly(x):
    return [_kwonly(key=x), _kwonly(default=1, key=2)]


# inputs: ["k"]


def call_errors(x):
    out = []

    def g(a, b):
        return a + b

    try:
        g(1)
    except TypeError:
        out.append("missing")
    try:
        g(1, 2, 3)
    except TypeError:
        out.append("toomany")
    try:
        g(1, a=1)
    except TypeError:
        out.append("multiple")
    try:
        g(1, c=2)
    except TypeError:
        out.append("unexpected")
    try:
        g(*x)
    except TypeError:
        out.append("starred")
    return out


# inputs: [[1]]
# inputs: [[1, 2, 3]]
# inputs: [[1, 2]]


def kwargs_names(d):
    def f(**kw):
        return [list(kw), kw]

    return f(**d)


# inputs: [{"__proto__": 1, "constructor": 2, "length": 3, "toString": 4}]
# inputs: [{}]


def args_is_tuple(*args):
    return [args, len(args), isinstance(args, tuple)]


def call_args_tuple(x):
    return [args_is_tuple(), args_is_tuple(x), args_is_tuple(*x)]


# inputs: [[1, 2]]


def kwargs_mutation_isolated(d):
    def f(**kw):
        kw["added"] = True
        return kw

    r = f(**d)
    return [r, d]


# inputs: [{"a": 1}]


def lambda_defaults_kwargs(x):
    f = lambda a, b=10, *rest, **kw: [a, b, rest, kw]
    return [f(x), f(x, 1, 2, 3, k=4)]


# inputs: [0]


def default_refers_to_earlier(x):
    n = 5

    def f(a, b=n * 2):
        return a + b

    n = 100
    return [f(x), f(x, 1)]


# inputs: [1]


def keyword_reserved_names(x):
    def f(new=1, delete=2, this=3, arguments=4, yield_=5, eval=6, let=7, static=8):
        return [new, delete, this, arguments, yield_, eval, let, static]

    return [f(), f(new=x, eval=x, arguments=x, this=x)]


# inputs: [0]


def builtin_kwargs(xs):
    return [
        sorted(xs, reverse=True, key=None),
        list(enumerate(xs, start=1)),
        list(enumerate(xs, 5)),
        sum(xs, start=10),
        max(xs, default=0),
        "-".join(map(str, xs)),
        list(zip(xs, xs[1:])),
        round(number=2.567, ndigits=2),
        int("ff", 16),
        int("101", base=2),
        int("z", 36),
        divmod(7, -2),
        pow(2, -1),
    ]


# inputs: [[3, 1, 2]]


def call_with_unpacked_dict_order(d):
    def f(a, b, c):
        return [a, b, c]

    return f(**d)


# inputs: [{"c": 3, "a": 1, "b": 2}]


def callable_stored_in_dict(op, a, b):
    ops = {
        "add": lambda x, y: x + y,
        "sub": lambda x, y: x - y,
        "max": lambda x, y: max(x, y),
    }
    return ops[op](a, b)


# inputs: ["add", 1, 2]
# inputs: ["sub", 1, 2]
# inputs: ["max", 1, 2]


def higher_order(xs):
    def compose(f, g):
        return lambda v: f(g(v))

    inc = lambda v: v + 1
    dbl = lambda v: v * 2
    return (
        list(map(compose(inc, dbl), xs)),
        list(filter(None, xs)),
        list(filter(lambda v: v > 1, xs)),
    )


# inputs: [[0, 1, 2, 3]]


def map_multiple(xs, ys):
    return [
        list(map(lambda a, b: a * b, xs, ys)),
        list(map(lambda a, b: max(a, b), xs, ys)),
        list(zip(xs, ys, "abc")),
    ]


# inputs: [[1, 2, 3, 4], [5, 6]]
