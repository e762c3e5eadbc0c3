# Probes: negative and variable indexes, slices with steps, slice assignment.


def _ename(e):
    if isinstance(e, KeyError):
        return "KeyError"
    if isinstance(e, IndexError):
        return "IndexError"
    if isinstance(e, ZeroDivisionError):
        return "ZeroDivisionError"
    if isinstance(e, OverflowError):
        return "OverflowError"
    if isinstance(e, ValueError):
        return "ValueError"
    if isinstance(e, TypeError):
        return "TypeError"
    return "Exception"


def neg_var_index(xs, i):
    try:
        return [xs[i], xs[-i - 1]]
    except IndexError as e:
        return "IndexError"


# inputs: [[1, 2, 3], 0]
# inputs: [[1, 2, 3], 2]
# inputs: [[1, 2, 3], -3]
# inputs: [[1, 2, 3], 3]
# inputs: [[1, 2, 3], -4]
# inputs: [[], 0]


def str_index(s, i):
    try:
        return s[i]
    except IndexError:
        return "IndexError"


# inputs: ["héllo", -1]
# inputs: ["a😀b", 1]
# inputs: ["a😀b", -2]
# inputs: ["a😀b", 3]
# inputs: ["", 0]


def slices_steps(xs, a, b, c):
    return [xs[a:b:c], xs[a::c], xs[:b:c], xs[::c]]


# inputs: [[0, 1, 2, 3, 4, 5, 6], 1, 5, 2]
# inputs: [[0, 1, 2, 3, 4, 5, 6], 5, 1, -2]
# inputs: [[0, 1, 2, 3, 4, 5, 6], -1, -8, -3]
# inputs: [[0, 1, 2, 3, 4, 5, 6], 100, -100, -1]
# inputs: [[0, 1, 2, 3, 4, 5, 6], -100, 100, 3]
# inputs: [[], 0, 0, -1]
# inputs: [[0, 1, 2], null, null, -1]


def str_slices(s, a, b, c):
    return [s[a:b:c], s[::-1], s[a:], s[:b], s[-2:]]


# inputs: ["abcdefg", 1, 5, 2]
# inputs: ["a😀b😀c", 0, 4, 1]
# inputs: ["a😀b😀c", 4, 0, -1]
# inputs: ["héllo wörld", -3, null, null]


def tuple_slices(n: int):
    t = tuple(range(n))
    return [t[::2], t[::-1], t[1:-1], t[-100:100], t[5:2], isinstance(t[1:], tuple)]


# inputs: [6]
# inputs: [0]


def slice_zero_step(xs):
    try:
        return xs[::0]
    except ValueError as e:
        return str(e)


# inputs: [[1, 2]]
# messages


def slice_assign(xs):
    ys = list(xs)
    ys[1:3] = ["a", "b", "c"]
    zs = list(xs)
    zs[::2] = [0] * len(zs[::2])
    ws = list(xs)
    ws[:] = []
    vs = list(xs)
    vs[-1:] = [9, 9]
    return [ys, zs, ws, vs]


# inputs: [[1, 2, 3, 4, 5]]


def slice_assign_wrong_len(xs):
    try:
        xs[::2] = [1]
        return xs
    except ValueError:
        return "ValueError"


# inputs: [[1, 2, 3, 4]]
# inputs: [[1, 2]]


def index_assign_neg(xs):
    xs[-1] = "last"
    xs[0] += 10
    try:
        xs[len(xs)] = 1
    except IndexError:
        xs.append("err")
    return xs


# inputs: [[1, 2, 3]]


def float_and_bool_index(xs, i):
    try:
        return xs[i]
    except TypeError:
        return "TypeError"
    except IndexError:
        return "IndexError"


# inputs: [["a", "b"], true]
# inputs: [["a", "b"], false]

# inputs: [["a", "b"], "1"]
# inputs: [["a", "b"], null]


def slice_with_len_math(xs):
    n = len(xs)
    return [xs[n // 2 :], xs[: -n // 2], xs[-(n // 2) :]]


# inputs: [[1, 2, 3, 4, 5]]
# inputs: [[]]


def nested_index(data, i, j):
    try:
        return data[i][j]
    except (IndexError, KeyError, TypeError) as e:
        return _ename(e)


# inputs: [[[1, 2], [3]], -1, -1]
# inputs: [[[1, 2], [3]], 1, 1]
# inputs: [[{"a": 1}], 0, "a"]
# inputs: [[{"a": 1}], 0, "b"]
# inputs: [[{"a": 1}], 0, 0]
# inputs: [["ab"], 0, -1]


def str_slice_step_unicode(s):
    return [s[::2], s[1::2], s[::-2], len(s)]


# inputs: ["😀😁😂🤣"]
# inputs: ["ab😀cd"]
