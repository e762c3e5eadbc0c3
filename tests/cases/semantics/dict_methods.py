# dict methods.


def get_forms(d):
    return [
        d.get("a"),
        d.get("z"),
        d.get("z", 0),
        d.get("a", 0),
        d.get("constructor"),
        d.get("__proto__", "none"),
    ]


# inputs: [{"a": 1}]
# inputs: [{"a": null}]


def items_keys_values(d):
    return [list(d.items()), list(d.keys()), list(d.values()), len(d.items())]


# inputs: [{"b": 1, "a": [2], "c": {"x": 3}}]


def update_forms(d):
    d.update({"x": 1})
    d.update(y=2)
    d.update([("z", 3)])
    d.update({"x": 0}, w=4)
    return d


# inputs: [{"a": 0}]


def pop_forms(d):
    a = d.pop("a")
    b = d.pop("missing", "default")
    c = d.pop("b", None)
    return [a, b, c, d]


# inputs: [{"a": 1, "b": 2, "c": 3}]


def pop_missing_raises(d):
    return d.pop("missing")


# inputs: [{"a": 1}]
# messages


def setdefault_forms(d):
    a = d.setdefault("a", [])
    a.append(1)
    b = d.setdefault("b", "new")
    c = d.setdefault("c")
    return [d, b, c]


# inputs: [{"b": "old"}]
# inputs: [{}]


def copy_clear(d):
    c = d.copy()
    c["new"] = 1
    e = dict(d)
    d.clear()
    return [d, c, e]


# inputs: [{"a": 1}]


def shallow_copy_shares_nested(d):
    c = d.copy()
    c["list"].append(2)
    return d


# inputs: [{"list": [1]}]


def grouping(rows):
    groups = {}
    for row in rows:
        groups.setdefault(row["kind"], []).append(row["v"])
    return groups


# inputs: [[{"kind": "a", "v": 1}, {"kind": "b", "v": 2}, {"kind": "a", "v": 3}]]


def iterate_dict(d):
    out = []
    for k in d:
        out.append(k)
    for k, v in d.items():
        out.append(v)
    return out


# inputs: [{"x": 1, "y": 2}]


def dict_len_and_bool(d):
    return [len(d), bool(d), len(d.keys()), not d]


# inputs: [{}]
# inputs: [{"a": 1}]


def popitem_last(d):
    k, v = d.popitem()
    return [k, v, d]


# inputs: [{"a": 1, "b": 2}]


def dict_equality_after_mutation(a):
    b = dict(a)
    b["x"] = 1
    del b["x"]
    return [a == b, a is b]


# inputs: [{"k": [1]}]


def dict_from_pairs_and_comprehension(keys):
    return [dict([(k, 0) for k in keys]), {k: len(k) for k in keys}]


# inputs: [["aa", "b"]]


def values_sum_and_max(d):
    return [sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1])]


# inputs: [{"a": 3, "b": 7, "c": 1}]


def nested_get(d):
    return d.get("outer", {}).get("inner", "none")


# inputs: [{"outer": {"inner": 5}}]
# inputs: [{"outer": {}}]
# inputs: [{}]


def pop_from_empty(d, k):
    """An empty dict answers pop() before hashing the key: a list key is no error."""
    out = [d.pop(k, "default")]
    try:
        d.pop(k)
    except (KeyError, TypeError) as e:
        out.append(type(e).__name__)
    return out


# inputs: [{}, [1]]
# inputs: [{}, {"a": 1}]
# inputs: [{"a": 1}, [1]]
