# `type(x)` compared with builtin classes and exception classes, or asked its
# `__name__`: exact, as CPython's (a bool is no int, a subclass no base class).


class QuotaError(KeyError):
    pass


def class_of_a_dash_value(x):
    return [
        type(x) is list,
        type(x) == dict,
        type(x) in (int, float),
        type(x) is not str,
        type(x) is type(None),
        type(x) is bool,
        type(x) != int,
        type(x).__name__,
    ]


# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: [1]
# inputs: [2.5]
# inputs: ["s"]
# inputs: [null]
# inputs: [true]
# inputs: [false]


def class_of_a_caught_exception(x):
    try:
        if x:
            raise QuotaError("k")
        return {}["a"]
    except LookupError as e:
        return [
            type(e) is KeyError,
            type(e) is QuotaError,
            type(e) == LookupError,
            type(e).__name__,
            e.__class__ is QuotaError,
            type(e) in (IndexError, QuotaError),
        ]


# inputs: [1]
# inputs: [0]


def class_of_known_values(n: int, s: str):
    return [
        type(n) is int,
        type(s) is str,
        type(n).__name__,
        type([n]) is list,
        type((n,)) is tuple,
        type({n}) is set,
        type({}) is dict,
        type(n > 1) is bool,
        type(n / 2) is float,
    ]


# inputs: [3, "a"]


def class_of_an_operator_error(x):
    try:
        return x + 1
    except Exception as e:
        return [type(e) is TypeError, type(e).__name__]


# inputs: ["a"]
# inputs: [null]
# inputs: [1]


def class_names_of_items(xs):
    return [type(v).__name__ for v in xs]


# inputs: [[1, 2.5, "a", null, true, [1], {"a": 1}]]


def class_tested_in_a_dispatch(value):
    if type(value) is list:
        return ", ".join(str(v) for v in value)
    if type(value) in (int, float):
        return f"{value:.1f}"
    if value is None:
        return "-"
    return str(value)


# inputs: [[1, "b"]]
# inputs: [3]
# inputs: [0.25]
# inputs: [null]
# inputs: ["x"]


def class_of_a_dict_copy(figure):
    layout = dict(figure["layout"])
    layout["yaxis"] = {"type": "log"}
    return [type(layout) is dict, type(layout).__name__, layout]


# inputs: [{"layout": {"title": "t", "yaxis": {"type": "linear"}, "x": 1}}]
# inputs: [{"layout": {}}]
