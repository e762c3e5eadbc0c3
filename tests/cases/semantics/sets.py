# Sets and their operators.


def set_operators(a, b):
    x, y = set(a), set(b)
    return [
        x | y,
        x & y,
        x - y,
        y - x,
        x ^ y,
        x <= y,
        x < y,
        x >= y,
        x > y,
        x == y,
        x.isdisjoint(y),
    ]


# inputs: [[1, 2, 3], [2, 3, 4]]
# inputs: [[1], [1, 2]]
# inputs: [[], []]
# inputs: [["a", "b"], ["c"]]


def set_methods(xs):
    s = set(xs)
    s.add(10)
    s.add(1)
    s.discard(99)
    s.discard(2)
    s.remove(3)
    t = s.copy()
    t.update([7, 8])
    return [
        sorted(s),
        sorted(t),
        sorted(s.union([0])),
        sorted(s.intersection([1, 10])),
        sorted(s.difference([1])),
        sorted(s.symmetric_difference({1, 5})),
        s.issubset(t),
        t.issuperset(s),
    ]


# inputs: [[1, 2, 3]]


def set_remove_missing(xs):
    s = set(xs)
    s.remove(42)
    return s


# inputs: [[1]]
# messages


def set_dedup_preserving_order(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


# inputs: [[3, 1, 3, 2, 1]]
# inputs: [["b", "a", "b"]]


def set_equality_types(xs):
    return [set(xs) == {1, 2}, 1.0 in set(xs), True in set(xs), len({1, 1.0, True})]


# inputs: [[1, 2]]


def set_of_strings(s):
    return [len(set(s)), sorted(set(s)), "a" in set(s)]


# inputs: ["banana"]


def set_tuples(pairs):
    s = {tuple(p) for p in pairs}
    return [len(s), (1, 2) in s, [1, 2] in [list(p) for p in s]]


# inputs: [[[1, 2], [1, 2], [2, 1]]]


def set_augmented_ops(a, b):
    s = set(a)
    s |= set(b)
    t = set(a)
    t &= set(b)
    u = set(a)
    u -= set(b)
    v = set(a)
    v ^= set(b)
    return [s, t, u, v]


# inputs: [[1, 2], [2, 3]]


def set_truthiness_and_len(xs):
    s = set(xs)
    return [bool(s), len(s), not s]


# inputs: [[]]
# inputs: [[0]]


def set_pop_all(xs):
    s = set(xs)
    out = []
    while s:
        out.append(s.pop())
    return sorted(out)


# inputs: [[5, 4, 6]]


def set_clear_and_literal(xs):
    s = {1, 2, 3}
    s.clear()
    return [s, len(s), set(), s == set(), {*xs}]


# inputs: [[1, 1]]


def frozen_set_of_ints_returned(xs):
    return set(x % 4 for x in xs)


# inputs: [[1, 5, 2, 8]]


def unhashable_in_set(xs):
    return {xs}


# inputs: [[1]]
# messages
