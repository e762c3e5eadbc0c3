# Keyword arguments, defaults, *args, **kwargs, keyword-only parameters.


def _describe(name, size=10, *extra, unit="px", **options):
    return [name, size, list(extra), unit, sorted(options.items())]


def keyword_binding(a, b):
    return [
        _describe(a),
        _describe(a, b),
        _describe(name=a),
        _describe(a, size=b),
        _describe(a, b, 1, 2, unit="em"),
        _describe(a, b, color="red", bold=True),
        _describe(size=b, name=a, unit="%"),
    ]


# inputs: ["box", 3]


def _star_only(*args):
    return args


def star_args(xs):
    return [
        _star_only(),
        _star_only(*xs),
        _star_only(1, *xs, 2),
        len(_star_only(*xs, *xs)),
    ]


# inputs: [[1, 2]]
# inputs: [[]]


def _kw_only(a, *, b, c=3):
    return [a, b, c]


def keyword_only(x):
    return [_kw_only(x, b=2), _kw_only(a=x, c=9, b=1)]


# inputs: [1]


def keyword_only_missing(x):
    return _kw_only(x)


# inputs: [1]


def _kwargs_only(**kw):
    return kw


def double_star(d):
    return [
        _kwargs_only(),
        _kwargs_only(**d),
        _kwargs_only(a=1, **d),
        list(_kwargs_only(z=1, y=2)),
    ]


# inputs: [{"x": 1, "y": 2}]


def too_many_positional(x):
    def f(a, b=1):
        return a + b

    return f(x, 2, 3)


# inputs: [1]


def unexpected_keyword(x):
    def f(a):
        return a

    return f(a=x, b=2)


# inputs: [1]


def missing_argument():
    def f(a, b):
        return a

    return f(1)


# inputs: []


def duplicate_argument(x):
    def f(a, b=0):
        return a

    return f(x, a=2)


# inputs: [1]


def mutable_default_shared():
    def add(item, bucket=[]):  # noqa: B006
        bucket.append(item)
        return len(bucket)

    return [add(1), add(2), add(3, []), add(4)]


# inputs: []


def default_evaluated_once(n):
    base = n

    def f(x=base * 2):
        return x

    base = 100
    return [f(), f(1), base]


# inputs: [5]


def call_with_star_and_kwargs(args, kwargs):
    def target(a, b, c=0, d=0):
        return [a, b, c, d]

    return target(*args, **kwargs)


# inputs: [[1, 2], {"d": 4}]
# inputs: [[1], {"b": 2, "c": 3}]


def positional_only_style(values):
    def total(*numbers, start=0):
        return sum(numbers, start)

    return [total(*values), total(*values, start=10), total()]


# inputs: [[1, 2, 3]]


def builtin_keywords(xs):
    return [
        sorted(xs, reverse=True),
        max(xs, default=None),
        min([], default="empty"),
        sum(xs, start=100),
        list(enumerate(xs, start=1)),
        round(2.675, ndigits=2),
        int("ff", base=16),
    ]


# inputs: [[3, 1, 2]]


def kwargs_iteration_order(**kwargs):
    return list(kwargs.items())


# inputs: []


def star_kwargs_forwarding(name):
    def inner(*args, **kwargs):
        return [list(args), kwargs]

    def outer(*args, **kwargs):
        return inner(*args, extra=True, **kwargs)

    return outer(name, 2, flag=name)


# inputs: ["n"]


def lambda_kwargs(xs):
    f = lambda *a, **k: [len(a), sorted(k)]  # noqa: E731
    return [f(*xs), f(x=1, y=2), f(1, z=3)]


# inputs: [[1, 2, 3]]
