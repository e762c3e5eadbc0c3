# Tuple and starred unpacking, nested targets, in assignments and for loops.


def star_unpack(xs):
    first, *rest = xs
    *init, last = xs
    a, *mid, z = xs
    return [first, rest, init, last, a, mid, z]


# inputs: [[1, 2, 3, 4]]
# inputs: [[1, 2]]
# inputs: ["abc"]


def star_unpack_too_short(xs):
    a, *mid, z = xs
    return mid


# inputs: [[1]]
# messages


def exact_unpack(xs):
    a, b, c = xs
    return [c, b, a]


# inputs: [[1, 2, 3]]
# inputs: [[1, 2]]
# inputs: [[1, 2, 3, 4]]
# messages


def nested_targets(data):
    first, (x, y) = data
    (p, q), *others = [data[1], data[0]]
    return [first, x, y, p, q, others]


# inputs: [["pt", [1, 2]]]


def swap(a, b):
    a, b = b, a
    return [a, b]


# inputs: [1, "x"]


def rotate_three(a, b, c):
    a, b, c = b, c, a
    return (a, b, c)


# inputs: [1, 2, 3]


def for_unpacking(pairs):
    out = []
    for name, value in pairs:
        out.append(f"{name}={value}")
    return out


# inputs: [[["a", 1], ["b", 2]]]


def for_nested_unpacking(rows):
    out = []
    for i, (name, (lo, hi)) in enumerate(rows):
        out.append([i, name, hi - lo])
    return out


# inputs: [[["x", [1, 5]], ["y", [2, 3]]]]


def for_star_unpacking(rows):
    out = []
    for head, *tail in rows:
        out.append([head, tail])
    return out


# inputs: [[[1, 2, 3], [4], [5, 6]]]


def dict_items_unpacking(d):
    return [f"{k}:{v}" for k, v in d.items()]


# inputs: [{"a": 1, "b": [2]}]


def unpack_dict_keys(d):
    a, b = d
    return [a, b]


# inputs: [{"x": 1, "y": 2}]


def unpack_string(s):
    a, b, c = s
    return c + b + a


# inputs: ["xyz"]


def chained_assignment(n):
    a = b = [n]
    a.append(1)
    x = y = n * 2
    return [a, b, a is b, x, y]


# inputs: [3]


def starred_in_literals(xs, ys):
    return [[*xs, *ys], (*xs, 0), {*xs, *ys} == set(xs + ys), [*"ab", *range(2)]]


# inputs: [[1, 2], [3]]


def dict_unpacking_literal(a, b):
    merged = {**a, **b}
    return [merged, {**a, "z": 0}, list(merged)]


# inputs: [{"x": 1, "y": 2}, {"y": 3, "w": 4}]


def unpack_zip(names, values):
    result = {}
    for name, value in zip(names, values):
        result[name] = value
    return result


# inputs: [["a", "b", "c"], [1, 2]]


def unpack_in_comprehension(pairs):
    return [b * 10 + a for a, b in pairs]


# inputs: [[[1, 2], [3, 4]]]


def unpack_return_tuple(xs):
    def min_max(v):
        return min(v), max(v)

    lo, hi = min_max(xs)
    result = min_max(xs)
    return [lo, hi, result]


# inputs: [[3, 1, 2]]


def unpack_to_subscripts(xs):
    d = {}
    d["a"], xs[0] = 1, 2
    return [d, xs]


# inputs: [[0, 9]]


def parallel_assignments(n: int):
    a, b = 0, 1
    out = []
    for _ in range(n):
        a, b = b, a + b
        out.append(a)
    x, y = [], {}
    x.append(1)
    y["k"] = x
    p, q = "s", 2.0
    first, second = out[-1] if out else None, str(q)
    return [out, x, y, p, str(q), first, second]


# inputs: [10]
# inputs: [0]


def parallel_swap_and_calls(xs):
    log = []

    def note(v):
        log.append([v, a])
        return v

    a = "old"
    a, b = note("new"), note(a)
    c, d = [a, b]
    return [a, b, c, d, log]


# inputs: [[1]]


def list_of_nested_tuples_unpacked(n: int):
    pairs = [(n / 2, (n, n * 1.0))]
    ((a, (b, c)),) = pairs
    return [str(a), str(b), str(c)]


# inputs: [4]
# inputs: [3]
