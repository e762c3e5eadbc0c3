# Probes: isinstance narrowing, where bool is an int.
def _json_like(v):
    return str([v])


def narrowed_int_prints(x):
    if isinstance(x, int):
        return [
            str(x),
            f"{x}",
            repr(x),
            "%s" % x,
            str(x + 0),
            str(-x),
            str(abs(x)),
            f"{x:>4}",
            _json_like(x),
        ]
    return "not int"


# inputs: [true]
# inputs: [false]
# inputs: [3]
# inputs: ["s"]


def narrowed_number_ops(x):
    if isinstance(x, (int, float)):
        return [str(x), x + 1, x == 1, max(x, 0), str(max(x, 0))]
    return None


# inputs: [true]
# inputs: [2]


def narrowed_str_ops(x):
    if isinstance(x, str):
        return [x + "!", x * 2, len(x), x.upper()]
    if isinstance(x, list):
        return [x + [0], x * 2, len(x)]
    if isinstance(x, dict):
        return [len(x), list(x)]
    return "other"


# inputs: ["ab"]
# inputs: [[1]]
# inputs: [{"k": 1}]
# inputs: [5]


def narrowed_bool_then_int(x):
    if isinstance(x, bool):
        return ["bool", str(x), x + 1]
    elif isinstance(x, int):
        return ["int", str(x), x + 1]
    return ["other"]


# inputs: [true]
# inputs: [1]


def narrowing_not_isinstance(x):
    if not isinstance(x, int):
        return "not int"
    return [str(x), x * 2]


# inputs: [true]
# inputs: [4]


def narrowing_in_comprehension(xs):
    return [str(v) for v in xs if isinstance(v, int)]


# inputs: [[1, true, "a", false, 2.5, 0]]


def narrowing_with_and(x):
    return isinstance(x, int) and str(x)


# inputs: [true]
# inputs: [7]
