# list methods.


def append_extend_insert(xs):
    xs.append(4)
    xs.extend([5, 6])
    xs.extend("ab")
    xs.insert(0, "first")
    xs.insert(-1, "before last")
    xs.insert(100, "end")
    xs.insert(-100, "start")
    return xs


# inputs: [[1, 2, 3]]
# inputs: [[]]


def pop_forms(xs):
    a = xs.pop()
    b = xs.pop(0)
    c = xs.pop(-2)
    return [a, b, c, xs]


# inputs: [[1, 2, 3, 4, 5]]


def remove_index_count(xs):
    xs.remove(2)
    return [xs, xs.index(3), xs.count(2), xs.count(9), xs.index(3, 2)]


# inputs: [[1, 2, 3, 2, 3]]


def remove_missing_raises(xs):
    xs.remove(99)
    return xs


# inputs: [[1, 2]]
# messages


def index_missing_raises(xs):
    return xs.index("z")


# inputs: [["a"]]
# messages


def remove_uses_equality(xs):
    xs.remove([1, 2])
    xs.remove(1.0)
    return [xs, xs.index({"a": 1}), xs.count([3])]


# inputs: [[[1, 2], 1, {"a": 1}, [3], [3]]]


def reverse_copy_clear(xs):
    ys = xs.copy()
    xs.reverse()
    zs = list(xs)
    xs.clear()
    return [xs, ys, zs]


# inputs: [[1, 2, 3]]


def list_aliasing(xs):
    ys = xs
    ys.append("shared")
    zs = xs.copy()
    zs.append("copied")
    return [xs, ys, zs]


# inputs: [[0]]


def list_repeat_and_concat(xs):
    grid = [[0] * 2 for _ in range(2)]
    grid[0][0] = 1
    shared = [[0] * 2] * 2
    shared[0][0] = 1
    return [grid, shared, xs + xs, xs * 2]


# inputs: [[1]]


def list_equality_and_contains(xs):
    return [xs == [1, 2], [1, 2] in [xs], xs.count(1), xs.index(2) if 2 in xs else -1]


# inputs: [[1, 2]]
# inputs: [[2, 1]]


def sort_returns_none(xs):
    result = xs.sort()
    return [result, xs]


# inputs: [[3, 20, 100]]


def list_methods_on_nested(rows):
    rows[0].append(99)
    rows.append(rows[0][:1])
    return rows


# inputs: [[[1], [2]]]


def extend_with_generator(xs):
    out = []
    out.extend(x * 2 for x in xs)
    out.extend(range(2))
    out.extend({"k": 1})
    return out


# inputs: [[1, 2]]


def list_len_after_ops(n):
    xs = []
    for i in range(n):
        xs.append(i)
        if i % 3 == 0:
            xs.pop(0)
    return [len(xs), xs]


# inputs: [10]


def tuple_methods(t):
    tt = tuple(t)
    return [tt.index(2), tt.count(2), tt + (9,), tt * 2, tt[1:]]


# inputs: [[1, 2, 3, 2]]


def tuple_is_immutable(t):
    tt = tuple(t)
    try:
        tt[0] = 5
    except TypeError as e:
        return str(e)


# inputs: [[1]]
