# Probes: chained comparisons with side effects, any/all short-circuit, identity.


def chained_side_effects(a, b, c):
    log = []

    def f(v):
        log.append(v)
        return v

    r1 = f(a) < f(b) < f(c)
    r2 = f(a) == f(b) == f(c)
    r3 = f(a) < f(b) > f(c) != f(a)
    return [r1, r2, r3, log]


# inputs: [1, 2, 3]
# inputs: [3, 2, 1]
# inputs: [1, 1, 1]
# inputs: [1, 5, 0]


def chained_mixed_ops(x, xs):
    return [0 <= x < len(xs), x in xs is not None, None is not x in xs, 1 < x == x]


# inputs: [1, [1, 2]]
# inputs: [5, [1, 2]]


def chained_with_in_and_not_in(x):
    return ["a" < x not in ["b"], x in "abc" in "xabcx"]


# inputs: ["b"]
# inputs: ["c"]


def chain_short_circuit_index(xs, i):
    return 0 <= i < len(xs) and xs[i] > 0


# inputs: [[1, -1], 1]
# inputs: [[1, -1], 5]
# inputs: [[1, -1], -1]


def comparison_mixed_types(a, b):
    try:
        return a < b
    except TypeError:
        return "TypeError"


# inputs: [1, "2"]
# inputs: [null, 1]
# inputs: [[1], [1, "a"]]
# inputs: [[1], ["a"]]
# inputs: [true, 2]
# inputs: [{"a": 1}, {"a": 1}]
# inputs: ["a", ["a"]]
# inputs: [1.5, true]


def any_all_short_circuit(xs):
    seen = []

    def check(v):
        seen.append(v)
        return v > 2

    a = any(check(v) for v in xs)
    n1 = len(seen)
    b = all(check(v) for v in xs)
    n2 = len(seen)
    c = any([check(v) for v in xs])
    return [a, b, c, n1, n2, len(seen)]


# inputs: [[1, 5, 2, 7]]
# inputs: [[3, 1]]
# inputs: [[]]


def generator_consumed_once(xs):
    g = (x * 2 for x in xs)
    first = list(g)
    second = list(g)
    h = (x for x in xs)
    m = max(h, default=None)
    return [first, second, m, sum(h)]


# inputs: [[1, 2, 3]]


def is_identity(xs):
    ys = xs
    zs = list(xs)
    return [xs is ys, xs is zs, xs is not zs, xs == zs, [] is [], None is None]


# inputs: [[1]]


def is_with_small_values(a, b):
    return [a is b, a is not b]


# inputs: [1, 1]
# inputs: ["a", "a"]
# inputs: [true, true]
# inputs: [null, null]
