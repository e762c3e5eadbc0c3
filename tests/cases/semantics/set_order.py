# Sets of ints iterate in CPython's hash-table order, whatever built them.


def set_orders(xs):
    s = set(xs)
    return [str(s), list(s), [x for x in s], str({3, 1, 2}), list({10, 1, 5})]


# inputs: [[3, 1, 2]]
# inputs: [[100, 7, 64, 9]]
# inputs: [[-3, 17, 1, 9, 33, 2, 8]]


def set_order_through_operations(xs: list[int], ys: list[int]):
    a, b = set(xs), set(ys)
    out = [list(a | b), list(a & b), list(a - b), list(b - a), list(a ^ b)]
    c = {x * 3 % 50 for x in xs}
    out.append(list(c))
    for y in ys:
        c.add(y)
    c.discard(xs[0] if xs else 0)
    out.append(repr(c))
    total = []
    for v in c:
        total.append(v)
    out.append(total)
    out.append(sorted(c) == sorted(total))
    return out


# inputs: [[5, 64, 12, 1, 40], [64, 3, 99, 7]]
# inputs: [[], [8, 16, 24]]


def deduplicated_options(values):
    return [{"label": str(v), "value": v} for v in set(values)]


# inputs: [[30, 10, 20, 10, 30, 5]]


def set_returned_to_dash(xs):
    return {"unique": list(set(xs)), "count": len(set(xs))}


# inputs: [[9, 1, 9, 17]]


# Removing members leaves deleted markers in CPython's table; where they pass a quarter
# of its slots, set_difference_update_internal rebuilds it (`-=`, difference,
# difference_update), which can change the order the members iterate in.


def difference_orders(b: list[int], a: list[int]):
    s1 = set(b)
    s2 = set(b)
    s2 -= set(a)
    s4 = set(b)
    s5 = set(b)
    for x in a:
        s5.discard(x)
    return [
        list(s1.difference(a)),
        list(s2),
        list(s4.difference(a, [5])),
        list(s5),
        list(set(b) - set(a)),
    ]


# inputs: [[17, 2, 33, 9], [17, 9]]
# inputs: [[8, 16, 0, 1, 9, 24, 40], [0, 8]]
# inputs: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19], [0, 3, 6, 9, 12, 15, 18]]
# inputs: [[64, 1, 128, 2, 256, 3, 512, 4, 1024], [1, 2, 3, 4, 64]]
# inputs: [[5, 37, 69, 101, 133], [37, 69, 101]]


# difference_update removes in place as `-=` does; intersection_update and `&=` take the
# intersection's own table, as CPython swaps the two sets' bodies.


def updates_in_place(b: list[int], a: list[int]):
    s1 = set(b)
    s1.difference_update(a)
    s2 = set(b)
    s2.intersection_update(a)
    s3 = set(b)
    s3 &= set(a)
    s4 = set(b)
    s4.intersection_update(a, [5, 64, 9])
    s5 = set(b)
    s5.difference_update(a, {1: 2, 3: 4})
    s6 = set(b)
    s6.difference_update(s6)
    s7 = set(b)
    alias = s7
    s7 &= {9, 17, 64, 1024}
    return [list(s1), list(s2), list(s3), list(s4), list(s5), list(s6), list(alias)]


# inputs: [[17, 2, 33, 9], [17, 9]]
# inputs: [[8, 16, 0, 1, 9, 24, 40], [0, 8, 40, 24, 1]]
# inputs: [[64, 1, 128, 2, 256, 3, 512, 4, 1024], [1024, 4, 512, 3, 256, 64, 1]]
# inputs: [[5, 37, 69, 101, 133], [133, 101, 69, 37, 5, 1]]
# inputs: [[1, 9, 17, 25, 33, 41, 49, 57, 65], [65, 57, 49, 41, 33, 25, 17, 9]]


# A set intersected with itself, or intersection_update() with no argument: CPython
# makes a copy (presized: its table may be smaller) and takes it as the set's own.


def intersected_with_itself(xs):
    s1 = set(xs)
    s1 &= s1
    s2 = set(xs)
    s2.intersection_update(s2)
    s3 = set(xs)
    s3.intersection_update()
    s4 = set(xs)
    return [list(s1), list(s2), list(s3), list(s4 & s4), list(s4.intersection(s4))]


# inputs: [[5, 8, 30, 16, 11]]
# inputs: [[21, 60, 284]]
# inputs: [[24, 37, 16, 23, 29]]


# A member added where others were removed takes the last deleted slot its probe passed,
# as CPython's set_add_entry does; `^=` and symmetric_difference remove and add so.


def added_after_removals(xs: list[int], ys: list[int]):
    s = set(xs)
    for y in ys:
        s.discard(y)
    for y in ys:
        s.add(y)
    t = set(xs)
    t ^= set(ys)
    u = set(xs)
    u.pop()
    u.pop()
    u.add(xs[0])
    return [list(s), list(t), list(set(xs).symmetric_difference(ys)), list(u)]


# inputs: [[1, 17, 33, 49, 65], [1, 17, 33, 81, 97]]
# inputs: [[2, 35, 4, 38, 7, 8, 6, 10], [2, 35, 67, 3]]
# inputs: [[4, 12, 20, 28, -4, -1], [4, 12, 36, 44, -1, -2, -3]]
# inputs: [[1, 9, 17, 25], [1, 9]]


# A set merged into one whose table is empty leaves it a copy of its own table (CPython's
# set_merge): `t = set(); t |= s`, set() | s, t.update(s). Merged into itself (s |= s,
# s | s, s.union(s)), a set is left as it was.


def merged_sets(xs: list[int], ys: list[int]):
    s = set(xs)
    t = set()
    t |= s
    u = set()
    u.update(s)
    v = set(xs)
    v |= v
    v.add(-19)
    w = set(xs)
    w.pop()
    w |= set(ys)
    z = s | s
    z.add(-19)
    return [
        list(t),
        list(u),
        list(set() | s),
        list(v),
        list(z),
        list(s.union(s)),
        list(w),
    ]


# inputs: [[5, -3], [1]]
# inputs: [[3, 11, 19, -5], [7, 15]]
# inputs: [[-12, -10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10], [40, 8]]
# inputs: [[147], [-58, 25, 155, 352, 164, 283, 322, 108, 78]]


# A dict's keys minus a set or list: set.difference_update on a set of the keys, whose
# rebuild (where over a quarter of the slots hold deleted markers) sizes the table for
# four times the members left, as `-=` does.


def keys_minus(n: int, m: int):
    d = dict.fromkeys([i for i in range(-n, n, 3)])
    gone = [i for i in range(-n, n - m, 3)]
    return [list(d.keys() - set(gone)), list(d.keys() - gone)]


# inputs: [60, 15]
# inputs: [40, 30]


# A set display with a starred value that may be a set or dict is built as CPython builds
# it: a set of the items before the first starred one, updated with each starred value
# (a set merged: {*s} is a copy of s's table), then given each later item.


def starred_displays(xs: list[int], ys: list[int]):
    s = set(xs)
    s.pop()
    d = dict.fromkeys(ys)
    return [
        list({*s}),
        list({*s, *ys}),
        list({ys[0], *s}),
        list({*s, 7, *d}),
        list({*d, *s}),
        list({*xs, *ys}),
        len({*"abca", *s}),
    ]


# inputs: [[5, -3, 11], [1, 2]]
# inputs: [[3, 11, 19, -5, 27], [7, 15, -9]]
# inputs: [[147, -58, 25, 155, 352, 164, 283, 322, 108, 78], [8, -1, 0]]
