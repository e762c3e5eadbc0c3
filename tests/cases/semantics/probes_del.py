# Probes: del on list items, slices and dict keys.


def del_items(xs, d):
    del xs[0]
    del xs[-1]
    del d["a"]
    return [xs, d]


# inputs: [[1, 2, 3, 4], {"a": 1, "b": 2}]


def del_slices(xs):
    a = list(xs)
    del a[::2]
    b = list(xs)
    del b[1:-1]
    c = list(xs)
    del c[::-2]
    e = list(xs)
    del e[:]
    return [a, b, c, e]


# inputs: [[0, 1, 2, 3, 4, 5]]
# inputs: [[]]


def del_missing(xs, d):
    out = []
    try:
        del xs[10]
    except IndexError:
        out.append("IndexError")
    try:
        del d["zz"]
    except KeyError:
        out.append("KeyError")
    return out


# inputs: [[1], {}]


def del_in_loop(d):
    for k in list(d):
        if d[k] is None:
            del d[k]
    return d


# inputs: [{"a": null, "b": 1, "c": null}]


def del_multiple_targets(xs, d):
    del xs[0], d["k"]
    return [xs, d]


# inputs: [[1, 2], {"k": 1, "j": 2}]


def del_int_key():
    d = {1: "a", 2: "b"}
    del d[1]
    return [d, list(d), 1 in d]


# inputs: []


def del_nested(data):
    del data["a"]["b"][0]
    return data


# inputs: [{"a": {"b": [1, 2]}}]


def del_proto_key(d):
    del d["__proto__"]
    return [d, "__proto__" in d, len(d)]


# inputs: [{"__proto__": 1, "x": 2}]
