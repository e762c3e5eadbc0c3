# Negative indexes, slices with steps, clamping, strings and tuples.


def negative_index(xs, i):
    return xs[i]


# inputs: [[1, 2, 3], -1]
# inputs: [[1, 2, 3], -3]
# inputs: ["hello", -2]
# inputs: [[1, 2, 3], 0]


def out_of_range_index(xs, i):
    return xs[i]


# inputs: [[1, 2, 3], 3]
# inputs: [[1, 2, 3], -4]
# inputs: ["abc", 5]
# inputs: [[], 0]
# messages


def slices(xs):
    return [
        xs[1:],
        xs[:-1],
        xs[::2],
        xs[::-1],
        xs[1::2],
        xs[-2:],
        xs[:100],
        xs[5:1],
        xs[-100:2],
        xs[::-2],
        xs[3:0:-1],
    ]


# inputs: [[0, 1, 2, 3, 4, 5]]
# inputs: [[]]
# inputs: [[7]]


def str_slices(s):
    return [s[::-1], s[1:-1], s[::3], s[-3:], s[:0], s[10:]]


# inputs: ["abcdefgh"]
# inputs: ["é✓x"]
# inputs: [""]


def slice_with_variables(xs, a, b, c):
    return xs[a:b:c]


# inputs: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 1, 8, 3]
# inputs: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], -1, 2, -2]
# inputs: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], null, null, -3]
# inputs: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], -20, 20, 4]
# inputs: [[0, 1, 2], 0, 3, 0]
# messages


def tuple_slices(n):
    t = tuple(range(n))
    return [t[1:3], t[::-1], t[-1], t[:0]]


# inputs: [5]


def slice_assign(xs):
    ys = list(xs)
    ys[1:3] = ["a", "b", "c"]
    zs = list(xs)
    zs[::2] = [0] * len(zs[::2])
    ws = list(xs)
    ws[:] = []
    return [ys, zs, ws]


# inputs: [[1, 2, 3, 4, 5]]


def nested_index(data):
    return [data["rows"][-1]["name"], data["rows"][0]["tags"][-1]]


# inputs: [{"rows": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}]}]


def index_assign_negative(xs):
    xs[-1] = "last"
    xs[0] = "first"
    return xs


# inputs: [[1, 2, 3]]


def index_assign_out_of_range(xs):
    xs[len(xs)] = 0
    return xs


# inputs: [[1, 2]]
# messages


def string_index_loop(s):
    out = []
    for i in range(-1, -len(s) - 1, -1):
        out.append(s[i])
    return "".join(out)


# inputs: ["stressed"]


def copy_by_slice(xs):
    ys = xs[:]
    ys.append(99)
    return [xs, ys, ys is xs]


# inputs: [[1, 2]]


def float_index_raises(xs):
    return xs[len(xs) / 2]


# inputs: [[1, 2, 3, 4]]
