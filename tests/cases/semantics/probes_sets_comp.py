# Probes: sets and comprehensions.
def set_ops(a, b):
    sa, sb = set(a), set(b)
    return [
        sorted(sa | sb),
        sorted(sa & sb),
        sorted(sa - sb),
        sorted(sa ^ sb),
        sa <= sb,
        sa < sb,
        sa >= sb,
        sa.isdisjoint(sb),
        sa.issubset(sb),
        sa.issuperset(sb),
    ]


# inputs: [[1, 2, 3], [2, 3, 4]]
# inputs: [[1], [1, 2]]
# inputs: [[], []]


def set_methods(xs):
    s = set(xs)
    s.add(99)
    s.discard(1)
    s.discard(12345)
    try:
        s.remove(12345)
    except KeyError:
        pass
    u = s.union([7], (8,))
    s.update("ab")
    i = s.intersection({2, "a", 99})
    d = s.difference([2])
    p = {5}.pop()
    return [
        sorted(map(str, s)),
        sorted(map(str, u)),
        sorted(map(str, i)),
        sorted(map(str, d)),
        p,
        len(s),
    ]


# inputs: [[1, 2, 3]]


def set_of_mixed_numbers(xs):
    s = set(xs)
    return [len(s), 1 in s, 1.0 in s, True in s, sorted(s)]


# inputs: [[1, 1.0, true, 2, 2.0]]
# inputs: [[0, false, 0.0]]


def set_of_tuples(pairs):
    s = {tuple(p) for p in pairs}
    return [len(s), (1, 2) in s, sorted(s)]


# inputs: [[[1, 2], [1, 2], [2, 1]]]


def set_add_unhashable(x):
    s = set()
    try:
        s.add(x)
        return len(s)
    except TypeError:
        return "TypeError"


# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: ["ok"]


def set_from_string_unicode(s):
    return [len(set(s)), sorted(set(s))]


# inputs: ["a😀a😀é"]


def set_comprehension_dedupe(rows):
    return sorted({r["k"] for r in rows})


# inputs: [[{"k": "b"}, {"k": "a"}, {"k": "b"}]]


def set_aug_ops(a, b):
    s = set(a)
    s |= set(b)
    t = set(a)
    t &= set(b)
    u = set(a)
    u -= set(b)
    v = set(a)
    v ^= set(b)
    return [sorted(s), sorted(t), sorted(u), sorted(v)]


# inputs: [[1, 2], [2, 3]]


def set_eq_and_bool(xs):
    s = set(xs)
    return [s == set(), bool(s), s == {1}, s != {1}, len(s)]


# inputs: [[]]
# inputs: [[1, 1]]


def comprehension_multi_for_if(n: int):
    return [(i, j) for i in range(n) if i % 2 == 0 for j in range(i) if j != 1]


# inputs: [6]


def dict_comprehension_dup_keys(xs):
    return {x % 3: x for x in xs}


# inputs: [[1, 2, 3, 4, 5, 6]]


def dict_comprehension_from_items(d):
    return {v: k for k, v in d.items()}


# inputs: [{"a": 1, "b": 2, "c": 1}]


def comprehension_over_dict_and_str(d, s):
    return [[k for k in d], [c for c in s], {c: s.count(c) for c in s}]


# inputs: [{"x": 1, "y": 2}, "hello"]


def nested_comprehension_matrix(m):
    return [[row[i] for row in m] for i in range(len(m[0]))] if m else []


# inputs: [[[1, 2, 3], [4, 5, 6]]]
# inputs: [[]]


def comprehension_with_ternary_and_walrus(xs):
    return [y if (y := x * 2) > 2 else -y for x in xs]


# inputs: [[0, 1, 2]]


def comprehension_shadowing_param(x):
    return [[x for x in range(3)], x, {x: x for x in "ab"}, x]


# inputs: [42]


def generator_to_builtins(xs):
    return [
        sum(x for x in xs),
        min(x for x in xs),
        sorted(x for x in xs),
        tuple(x for x in xs),
        set(x % 2 for x in xs),
        dict((x, x) for x in xs),
        list(x for x in xs if x),
    ]


# inputs: [[3, 1, 0, 2]]


def comprehension_int_keys(xs):
    d = {len(x): x for x in xs}
    return [d, list(d), d.get(2), 2 in d]


# inputs: [["a", "bb", "cc"]]
