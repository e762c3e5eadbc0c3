# del on list items, slices and dict keys.


def del_list_item(xs, i):
    del xs[i]
    return xs


# inputs: [[1, 2, 3], 0]
# inputs: [[1, 2, 3], -1]
# inputs: [["a", "b", "c", "d"], 2]


def del_list_item_out_of_range(xs):
    del xs[5]
    return xs


# inputs: [[1, 2]]
# messages


def del_slices(xs):
    a = list(xs)
    del a[1:3]
    b = list(xs)
    del b[::2]
    c = list(xs)
    del c[:]
    d = list(xs)
    del d[-2:]
    e = list(xs)
    del e[::-3]
    return [a, b, c, d, e]


# inputs: [[0, 1, 2, 3, 4, 5, 6]]


def del_dict_key(d, k):
    del d[k]
    return [d, len(d), list(d)]


# inputs: [{"a": 1, "b": 2}, "a"]
# inputs: [{"x": {"y": 1}}, "x"]


def del_missing_key(d):
    del d["nope"]
    return d


# inputs: [{"a": 1}]
# messages


def del_int_key():
    d = {1: "a", 2: "b", 3: "c"}
    del d[2]
    return [list(d), list(d.values())]


# inputs: []


def del_nested(data):
    del data["rows"][0]
    del data["meta"]["tmp"]
    return data


# inputs: [{"rows": [1, 2], "meta": {"tmp": 1, "keep": 2}}]


def del_in_loop(xs):
    i = 0
    while i < len(xs):
        if xs[i] % 2 == 0:
            del xs[i]
        else:
            i += 1
    return xs


# inputs: [[1, 2, 4, 5, 6, 7]]


def del_then_len(xs):
    n = len(xs)
    del xs[0]
    return [n, len(xs), xs[0] if xs else None]


# inputs: [[9, 8]]
# inputs: [[9]]


def del_multiple_targets(d):
    del d["a"], d["b"]
    return d


# inputs: [{"a": 1, "b": 2, "c": 3}]


def del_tuple_item_raises():
    t = (1, 2)
    del t[0]
    return t


# inputs: []
