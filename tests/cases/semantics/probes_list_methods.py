# Probes: list methods with edge arguments.
def insert_edges(xs):
    a = list(xs)
    a.insert(100, "end")
    a.insert(-100, "start")
    a.insert(-1, "before-last")
    a.insert(1, "second")
    return a


# inputs: [[1, 2, 3]]
# inputs: [[]]


def pop_edges(xs):
    a = list(xs)
    out = [a.pop(), a.pop(0), a.pop(-1)]
    try:
        a.pop(10)
    except IndexError as e:
        out.append(str(e))
    try:
        [].pop()
    except IndexError as e:
        out.append(str(e))
    return [out, a]


# inputs: [[1, 2, 3, 4, 5]]
# messages


def remove_index_count(xs):
    a = list(xs)
    a.remove([1])
    out = [a, a.index(2), a.count([1]), a.count(2), a.index(2, 2)]
    try:
        a.remove("zz")
    except ValueError as e:
        out.append(str(e))
    try:
        a.index(2, 0, 1)
    except ValueError as e:
        out.append(str(e))
    return out


# inputs: [[0, [1], 2, [1], 2, 1]]
# messages


def extend_variants(xs):
    a = list(xs)
    a.extend("ab")
    a.extend({"k": 1})
    a.extend((1, 2))
    a.extend(range(2))
    a.extend(x * 2 for x in [5])
    a.extend(a)
    return a


# inputs: [[0]]


def copy_is_shallow(xs):
    a = xs.copy()
    b = xs[:]
    c = list(xs)
    a[0].append("a")
    b.append("b")
    return [xs, a, b, c, a[0] is xs[0]]


# inputs: [[[1]]]


def sort_variants(xs):
    a = list(xs)
    a.sort(reverse=True)
    b = list(xs)
    b.sort(key=lambda v: v % 3)
    c = list(xs)
    c.reverse()
    d = list(xs)
    d.clear()
    return [a, b, c, d]


# inputs: [[5, 3, 9, 1, 6, 2, 3]]


def sort_in_place_returns_none(xs):
    r = xs.sort()
    s = xs.append(1)
    t = xs.extend([])
    u = xs.insert(0, 0)
    v = xs.reverse()
    w = xs.clear()
    return [r, s, t, u, v, w, xs]


# inputs: [[2, 1]]


def list_equality_after_mutation(xs):
    ys = xs
    zs = list(xs)
    xs.append(4)
    return [xs == ys, xs == zs, ys is xs, len(zs)]


# inputs: [[1, 2, 3]]


def list_comparisons(a, b):
    return [a < b, a <= b, a > b, a == b, max(a, b), sorted([b, a])]


# inputs: [[1, 2], [1, 2, 0]]
# inputs: [[2], [1, 9]]
# inputs: [["a", 1], ["a", 2]]


def list_contains_and_index_deep(rows):
    target = {"id": 2, "tags": ["x"]}
    return [
        target in rows,
        rows.index(target) if target in rows else -1,
        rows.count(target),
    ]


# inputs: [[{"id": 1, "tags": []}, {"tags": ["x"], "id": 2}]]


def tuple_methods(xs):
    t = tuple(xs)
    return [t.count(1), t.index(2), t + (9,), t * 2, t[::-1], len(t), 2 in t, sorted(t)]


# inputs: [[1, 2, 1, 3]]


def tuple_immutable(xs):
    t = tuple(xs)
    try:
        t[0] = 5
        return "mutated"
    except TypeError:
        return "TypeError"


# inputs: [[1, 2]]


def list_del_and_len(xs):
    del xs[1:3]
    del xs[-1]
    return [xs, len(xs)]


# inputs: [[1, 2, 3, 4, 5]]
