# Probes: forwarding *args and **kwargs between helpers; keyword-only defaults.
def _inner(a, b=2, *rest, key="k", **kw):
    return [a, b, list(rest), key, sorted(kw.items())]


def forward_all(*args, **kwargs):
    return _inner(*args, **kwargs)


def call_forward(x):
    return [
        forward_all(x),
        forward_all(x, 3, 4, key="z", extra=1),
        forward_all(a=x, b=0),
    ]


# inputs: [1]


def forward_partial_kwargs(x, **opts):
    opts.setdefault("key", "default")
    return _inner(x, **opts)


def call_forward_partial(x):
    return [forward_partial_kwargs(x), forward_partial_kwargs(x, key="given", b=9)]


# inputs: [5]


def kwonly_after_star(x):
    def f(a, *, b=1, c):
        return [a, b, c]

    try:
        f(x, 2)
    except TypeError:
        err = "TypeError"
    return [f(x, c=3), f(x, c=3, b=4), err]


# inputs: [0]


def default_shared_list_between_calls(x):
    def add(v, into=[]):
        into.append(v)
        return into

    a = add(x)
    b = add(x + 1)
    return [a, b, a is b]


# inputs: [1]


def _module_default(v, seen=[]):
    seen.append(v)
    return len(seen)


def module_helper_default_across_calls(x):
    return _module_default(x)


# inputs: [1]
# inputs: [2]
# inputs: [3]


def args_tuple_ops(x):
    def f(*args):
        return [args + (x,), args * 2, args[::-1], len(args), x in args]

    return f(1, 2)


# inputs: [2]


def default_none_mutable_idiom(x):
    def f(v, acc=None):
        if acc is None:
            acc = []
        acc.append(v)
        return acc

    return [f(x), f(x), f(x, [0])]


# inputs: [1]
