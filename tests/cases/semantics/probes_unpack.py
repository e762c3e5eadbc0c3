# Probes: starred and nested unpacking, augmented targets, list aliasing.


def star_unpack(xs):
    a, *rest = xs
    *init, last = xs
    first, *mid, end = xs
    return [a, rest, init, last, first, mid, end]


# inputs: [[1, 2, 3, 4]]
# inputs: [[1, 2]]
# inputs: ["abc"]


def star_unpack_short(xs):
    try:
        a, b, *rest = xs
        return [a, b, rest]
    except ValueError as e:
        return str(e)


# inputs: [[1]]
# inputs: [[1, 2]]
# messages


def unpack_count_errors(xs):
    out = []
    try:
        a, b = xs
        out.append([a, b])
    except ValueError:
        out.append("ValueError")
    return out


# inputs: [[1, 2, 3]]
# inputs: [[1]]
# inputs: [[1, 2]]
# inputs: ["ab"]


def nested_unpack(data):
    (a, b), [c, (d, *e)] = data
    return [a, b, c, d, e]


# inputs: [[[1, 2], [3, [4, 5, 6]]]]
# inputs: [["xy", ["z", "uvw"]]]


def unpack_in_for(rows):
    out = []
    for i, (k, *vs) in enumerate(rows):
        out.append([i, k, vs])
    for (a, b), c in [((1, 2), 3)]:
        out.append(a + b + c)
    return out


# inputs: [[["a", 1, 2], ["b"]]]


def unpack_dict_items(d):
    out = []
    for k, v in d.items():
        out.append(f"{k}:{v}")
    (k1, v1), *_ = d.items()
    a, b = d
    return [out, k1, v1, a, b]


# inputs: [{"x": "1", "y": "2"}]


def swap_and_chain(a, b):
    a, b = b, a
    x = y = [a]
    x.append(b)
    c, d = e = [a, b]
    return [a, b, x, y, x is y, c, d, e]


# inputs: [1, 2]


def unpack_order_of_assignment(xs):
    i = 0
    i, xs[i] = 1, "set"
    return [i, xs]


# inputs: [["a", "b"]]


def unpack_set_and_string(s):
    a, b, c = s
    (x,) = {s[0]}
    return [a, b, c, x]


# inputs: ["abc"]


def star_in_literals(xs, d):
    return [[*xs, *xs], (*xs,), {*xs}, {**d, "z": 0}, {"z": 0, **d}, [*range(2), *"ab"]]


# inputs: [[1, 2], {"a": 1, "z": 5}]


def list_iadd_aliasing(xs):
    ys = xs
    ys += [4]
    t = (1,)
    u = t
    u += (2,)
    s = "a"
    s2 = s
    s2 += "b"
    return [xs, ys, xs is ys, t, u, s, s2]


# inputs: [[1]]


def list_iadd_iterable(xs):
    xs += "ab"
    xs += (1,)
    xs.extend(range(2))
    return xs


# inputs: [[]]


def list_add_type_error(xs):
    try:
        return xs + "ab"
    except TypeError:
        return "TypeError"


# inputs: [[]]


def list_mul(xs, n):
    return [xs * n, n * xs, [[]] * 2, "ab" * n, (1,) * n, xs * -1]


# inputs: [[1, 2], 2]
# inputs: [[1], 0]
# inputs: [["a"], true]


def list_mul_alias():
    grid = [[0] * 2] * 2
    grid[0][0] = 1
    return grid


# inputs: []
