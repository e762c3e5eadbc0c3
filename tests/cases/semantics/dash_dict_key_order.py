# A dict from Dash is a plain JS object, which lists array-index keys ("7", not "07")
# first and ascending; a key like that added by the callback still comes where the
# dict puts it: last. (What the callback returns is listed in the object's order: the
# JSON Dash makes of it, as of a server callback's dict, is read back in that order.)


def indexed_by_id(store, rows):
    for r in rows:
        store[str(r["id"])] = r["name"]
    return [list(store), [f"{k}:{v}" for k, v in store.items()]]


# inputs: [{"x": "first"}, [{"id": 7, "name": "b"}, {"id": 3, "name": "c"}]]
# inputs: [{"1": "one"}, [{"id": 7, "name": "b"}, {"id": 3, "name": "c"}]]
# inputs: [{}, [{"id": 3, "name": "c"}, {"id": 10, "name": "d"}]]


def changed_in_every_way(d, key):
    d.setdefault(key, "set")
    d.update({"0": "updated"})
    d |= {"9": "merged"}
    text = str(d)
    del d[key]
    d[key] = "again"
    last = d.popitem()
    return [
        text,
        list(d),
        list(reversed(d)),
        last,
        list(dict(d)),
        list({**d}),
        str(d.copy()),
    ]


# inputs: [{"b": "x", "5": "y"}, "2"]
# inputs: [{"b": "x"}, "12"]


def keys_read_back(d, names):
    for n in names:
        d[n] = len(n)
    first, *rest = d
    return [first, rest, sorted(d), len(d), "b" in d, list(d.values())]


# inputs: [{"b": 0}, ["3", "a", "1"]]


# A constant key stored in place, then an index key: the dict's order, not the
# object's (index keys first).
def const_key_between_index_keys(d):
    if isinstance(d, dict):
        d["1"] = "a"
        d["label"] = "b"
        d["2"] = "c"
        return [list(d), [v for v in d.values()]]
    return None


# inputs: [{"name": "x"}]


def fresh_object_then_index(d):
    out = dict(d)
    out["1"] = 0
    out["k"] = 0
    out["2"] = 0
    return list(out)


# inputs: [{"name": 1}]


def copy_keeps_order(d):
    if isinstance(d, dict):
        d["1"] = 0
        d["k"] = 0
        d["2"] = 0
        e = d.copy()
        f = dict(d)
        return [list(e), list(f), list({**d}), sorted(d) == sorted(e), e == f]
    return None


# inputs: [{"name": 1}]


def del_const_then_index(d):
    if isinstance(d, dict):
        d["1"] = 0
        del d["name"]
        d["name"] = 5
        d["2"] = 0
        return list(d)
    return None


# inputs: [{"name": 1, "z": 0}]


def popitem_after_const(d):
    if isinstance(d, dict):
        d["1"] = 0
        d["k"] = 0
        d["2"] = 0
        return [d.popitem(), d.popitem()]
    return None


# inputs: [{"name": 1}]
