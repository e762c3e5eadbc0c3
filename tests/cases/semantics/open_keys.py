# Dicts and sets the code made, used with keys of open type (Dash's data): a str key
# takes the Map's or Set's own method, anything else Python's equal-key search.


def count_tags(items):
    counts = {}
    seen = set()
    for t in items:
        seen.add(t)
        counts[t] = counts.get(t, 0) + 1
    return [sorted(counts.items(), key=repr), len(seen), sorted(seen, key=repr)]


# inputs: [["a", "b", "a", "c", "b", "a"]]
# inputs: [[1, 1.0, true, "1", 2]]
# inputs: [[null, "None", null, 0, false, 0.0]]
# inputs: [["__proto__", "constructor", "__proto__", "toString"]]
# inputs: [[]]


def first_key_kept(keys):
    d = {}
    for k in keys:
        d[k] = str(k)
    return [repr(k) for k in d] + [d.get(1, "none"), d.get("1", "none")]


# inputs: [[1, 1.0, true, "1"]]
# inputs: [[true, 1, "x"]]


def unhashable_key(key):
    d = {"a": 1}
    try:
        d[key] = 2
    except TypeError as e:
        return "TypeError: " + str(e)
    return sorted(d.items(), key=repr)


# inputs: [[1, 2]]
# inputs: [{"x": 1}]
# inputs: ["b"]


def unhashable_get(key):
    d = {"a": 1}
    try:
        return d.get(key, "missing")
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [[1]]
# inputs: ["a"]
# inputs: ["z"]


def unhashable_add(x):
    s = {"a"}
    try:
        s.add(x)
    except TypeError as e:
        return "TypeError: " + str(e)
    return sorted(s, key=repr)


# inputs: [{"k": 1}]
# inputs: ["a"]
# inputs: [3]


def add_result(xs):
    s = set()
    out = [s.add(x) for x in xs]
    return [out, len(s)]


# inputs: [["a", "a", 1]]


def stored_none(keys, value):
    d = {}
    for k in keys:
        d[k] = value
    return [d.get(k, "missing") for k in keys]


# inputs: [["a", 1], null]
# inputs: [["a", "b"], 0]


def value_before_key(keys):
    d = {}
    order = []

    def key(k):
        order.append("key")
        return k

    def val(v):
        order.append("value")
        return v

    for k in keys:
        d[key(k)] = val(len(k))
    return [order, d.get("ab", -1)]


# inputs: [["ab", "c"]]
