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
