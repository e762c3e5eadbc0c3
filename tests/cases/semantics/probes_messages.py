# Probes: messages of builtin exceptions, as shown to users.
def msg_int_parse(s):
    try:
        return int(s)
    except ValueError as e:
        return str(e)


# inputs: ["abc"]
# inputs: ["1.5"]
# inputs: [""]
# messages


def msg_float_parse(s):
    try:
        return float(s)
    except ValueError as e:
        return str(e)


# inputs: ["x"]
# inputs: [""]
# messages


def msg_list_index(xs, v):
    try:
        return xs.index(v)
    except ValueError as e:
        return str(e)


# inputs: [[1], 5]
# inputs: [[1], "a"]
# inputs: [[1], null]
# messages


def msg_list_remove(xs, v):
    try:
        xs.remove(v)
        return xs
    except ValueError as e:
        return str(e)


# inputs: [[1], 5]
# messages


def msg_substring(s):
    try:
        return s.index("z")
    except ValueError as e:
        return str(e)


# inputs: ["abc"]
# messages


def msg_key_error(d, k):
    try:
        return d[k]
    except KeyError as e:
        return [str(e), repr(e)]


# inputs: [{}, "k"]
# inputs: [{}, "it's"]
# inputs: [{}, ""]
# messages


def msg_type_errors(x):
    out = []
    try:
        out.append(x + 1)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(len(x))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(x[0])
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [null]
# inputs: [5]
# messages


def msg_str_concat(s, n: int):
    try:
        return s + n
    except TypeError as e:
        return str(e)


# inputs: ["a", 1]
# messages


def msg_list_concat(xs, s):
    try:
        return xs + s
    except TypeError as e:
        return str(e)


# inputs: [[1], "a"]
# messages


def msg_unpack(xs):
    try:
        a, b = xs
        return [a, b]
    except ValueError as e:
        return str(e)


# inputs: [[1, 2, 3]]
# inputs: [[1]]
# messages


def msg_index_error(xs, s):
    out = []
    try:
        out.append(xs[5])
    except IndexError as e:
        out.append(str(e))
    try:
        out.append(s[5])
    except IndexError as e:
        out.append(str(e))
    try:
        xs[5] = 1
    except IndexError as e:
        out.append(str(e))
    return out


# inputs: [[1], "ab"]
# messages


def msg_compare(a, b):
    try:
        return a < b
    except TypeError as e:
        return str(e)


# inputs: [1, "a"]
# inputs: [null, 1]
# inputs: [[1], 1]
# inputs: [{"a": 1}, {"a": 1}]
# messages


def msg_unhashable(x):
    try:
        return {x: 1}
    except TypeError as e:
        return str(e)


# inputs: [[1]]
# inputs: [{"a": 1}]
# messages


def msg_not_iterable(x):
    try:
        return [v for v in x]
    except TypeError as e:
        return str(e)


# inputs: [1]
# inputs: [null]
# messages


def msg_round_str(x):
    try:
        return round(x)
    except TypeError as e:
        return str(e)


# inputs: ["1"]
# messages


def msg_uncaught_key(d):
    return d["missing"]


# inputs: [{}]
# messages


def msg_uncaught_custom():
    raise ValueError("bad value", 3)


# inputs: []
# messages


def msg_str_mul(s):
    try:
        return s * "2"
    except TypeError as e:
        return str(e)


# inputs: ["a"]
# messages


def msg_neg_str(s):
    try:
        return -s
    except TypeError as e:
        return str(e)


# inputs: ["a"]
# messages


def msg_attribute(x):
    try:
        return x.nope
    except AttributeError as e:
        return str(e)


# inputs: [[1]]
# inputs: ["s"]
# inputs: [null]
# inputs: [{"nope": 1}]
# inputs: [1]
# messages


def msg_dict_pop_empty(d):
    try:
        return d.popitem()
    except KeyError as e:
        return str(e)


# inputs: [{}]
# messages


def msg_max_empty(xs):
    try:
        return min(xs)
    except ValueError as e:
        return str(e)


# inputs: [[]]
# messages


def msg_chr_range(n: int):
    try:
        return chr(n)
    except ValueError as e:
        return str(e)


# inputs: [-1]
# messages


def msg_recursion(n: int):
    def down(k):
        return down(k + 1)

    try:
        return down(0)
    except RecursionError as e:
        return "RecursionError"


# inputs: [0]
