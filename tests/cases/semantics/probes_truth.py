# Probes: truthiness of containers, None and numbers in while/and/or/not/ternary/filters.


def while_pop(xs):
    out = []
    while xs:
        out.append(xs.pop())
    return out


# inputs: [[1, 2, 3]]
# inputs: [[]]


def and_or_values(a, b):
    return [a and b, a or b, not a, (a or "d"), (a and b) or "z"]


# inputs: [[], {}]
# inputs: [{}, [0]]
# inputs: [0.0, ""]
# inputs: [[0], {"a": 0}]
# inputs: [null, 0]
# inputs: ["0", false]


def ternary_truth(x):
    return "yes" if x else "no"


# inputs: [[]]
# inputs: [{}]
# inputs: [[[]]]
# inputs: [" "]
# inputs: [0.0]
# inputs: [-0.0]
# inputs: [null]
# inputs: [{"": null}]


def filter_truth(xs):
    return [x for x in xs if x], [x for x in xs if not x]


# inputs: [[0, 1, "", "a", [], [0], {}, {"a": 1}, null, false, true, 0.0, 0.5]]


def frozen_like(n):
    return {k: k for k in range(n)}


def tuple_set_truth(n: int):
    t = tuple(range(n))
    s = set(range(n))
    e = set()
    return [
        bool(t),
        bool(s),
        bool(e),
        bool(()),
        not t,
        "t" if s else "f",
        bool(frozen_like(n)),
    ]


# inputs: [0]
# inputs: [2]


def any_all_truth(xs):
    return [any(xs), all(xs), any([]), all([]), any(x for x in xs), all(x for x in xs)]


# inputs: [[[], {}, ""]]
# inputs: [[[1], {"a": 1}, "x"]]
# inputs: [[0.0, null]]


def while_dict(d):
    n = 0
    while d:
        d.popitem()
        n += 1
    return n


# inputs: [{"a": 1, "b": 2}]
# inputs: [{}]


def while_str(s):
    out = []
    while s:
        out.append(s[-1])
        s = s[:-1]
    return out


# inputs: ["abc"]


def bool_of_results(xs):
    r = xs[1:]
    return [bool(r), bool(xs[:0]), bool("".join(xs)), bool(" ".strip()), bool(len(xs))]


# inputs: [["a"]]
# inputs: [["a", "b"]]


def truth_in_if_chain(x):
    if x == []:
        return "empty list"
    elif not x:
        return "falsy"
    elif x:
        return "truthy"


# inputs: [[]]
# inputs: [{}]
# inputs: [0]
# inputs: [[1]]
# inputs-undef: [null]


def or_default_undef(x):
    v = x or []
    return [v, len(v), x is None, x == None]


# inputs-undef: [null]
# inputs: [null]
# inputs: [[1]]


def not_not(x):
    return [not not x, bool(x) is True, (not x) == False]


# inputs: [[]]
# inputs: [{}]
# inputs: [1]
# inputs-undef: [null]


def nested_and_or_side(xs):
    log = []

    def t(v):
        log.append(v)
        return v

    r = t(xs) and t(len(xs)) or t("none")
    return [r, log]


# inputs: [[]]
# inputs: [[5]]


def truth_of_nan_inf(x: float):
    return [bool(x * 0), bool(x - x), not x]


# inputs: [1.5]
# inputs: [0.0]
