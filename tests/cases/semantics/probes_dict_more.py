# Probes: reversed dicts and views, popitem order, |= with pairs, mixed tuple/list comparisons.
def popitem_lifo(d):
    out = []
    while d:
        out.append(d.popitem())
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


def reinsertion_order(d):
    v = d.pop("a")
    d["a"] = v
    d["b"] = 20
    return list(d.items())


# inputs: [{"a": 1, "b": 2, "c": 3}]


def tuple_list_mixed_compare(t, xs):
    out = []
    try:
        out.append(tuple(t) < xs)
    except TypeError:
        out.append("TypeError")
    out.append(tuple(t) == xs)
    try:
        out.append(tuple(t) + xs)
    except TypeError:
        out.append("TypeError")
    return out


# inputs: [[1, 2], [1, 2]]


def dict_view_len_and_bool(d):
    k = d.keys()
    v = d.values()
    i = d.items()
    return [len(k), bool(v), bool(i), "a" in k, 1 in v, ("a", 1) in i, list(i)[0]]


# inputs: [{"a": 1}]


def dict_copy_independent(d):
    e = d.copy()
    e["new"] = 1
    e["nested"].append(2)
    return [d, e]


# inputs: [{"nested": [1]}]


def dict_get_with_unhashable(d):
    try:
        return d.get([1])
    except TypeError:
        return "TypeError"


# inputs: [{"a": 1}]


def dict_iteration_after_update_during(d):
    keys = []
    for k in list(d):
        keys.append(k)
        d[k + k] = 1
    return [keys, list(d)]


# inputs: [{"a": 0, "b": 0}]
