# `for k, v in d.items()` where d's type is open: a dict from Dash, a dict the code made
# handed through a helper, or something with no items().


def open_items(d):
    return [[k, v] for k, v in d.items()]


# inputs: [{"b": 1, "a": [2], "3": null}]
# inputs: [{}]


def open_items_store(d):
    out = []
    for k, v in d.items():
        if k == "a":
            d["b"] = 99
        out.append(v)
    return out


# inputs: [{"a": 1, "b": 2}]


def open_items_grow(d):
    out = []
    for k, v in d.items():
        out.append(k)
        if k == "a":
            d["c"] = 3
    return out


# inputs: [{"a": 1, "b": 2}]
# messages


def through_helper(n):
    def walk(d):
        out = []
        for k, v in d.items():
            out.append(f"{k}={v}")
        return out

    return walk({"x": n, "y": [1]}) + walk({1: "a", (2, 3): None}) + walk({})


# inputs: [5]


def not_a_dict(x):
    out = []
    for k, v in x.items():
        out.append(k)
    return out


# inputs: [[1, 2]]
# inputs: ["ab"]
# inputs: [null]
# messages


def through_other_param(a, b):
    out = []
    for k, v in a.items():
        b["y"] = 99
        out.append(v)
    return out


def same_dict_twice(d):
    return through_other_param(d, d)


# inputs: [{"x": 1, "y": 2}]
