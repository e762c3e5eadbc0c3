# dict.keys() / values() / items() are live views: sized, iterable, set-like for keys
# and items, not indexable, printed as dict_keys([...]).


def views_follow_the_dict(d):
    ks = d.keys()
    vs = d.values()
    d["new"] = 1
    return [list(ks), list(vs), len(ks), "new" in ks, 1 in vs]


# inputs: [{"a": 0}]


def keys_compare_as_sets(a, b):
    return [a.keys() == b.keys(), a.items() == b.items(), a.keys() == {"a", "b"}]


# inputs: [{"a": 1, "b": 2}, {"b": 2, "a": 1}]
# inputs: [{"a": 1, "b": 2}, {"b": 3, "a": 1}]


def views_are_not_subscriptable(d):
    try:
        return d.keys()[0]
    except TypeError as e:
        return str(e)


# inputs: [{"a": 1}]
# messages


def views_print_like_python(d):
    return [str(d.keys()), repr(d.items()), str(d.values())]


# inputs: [{"a": 1, "b": [2]}]


def set_operators_on_keys(a, b):
    return [
        sorted(a.keys() & b.keys()),
        sorted(a.keys() | b.keys()),
        sorted(a.keys() - b.keys()),
        sorted(a.keys() ^ b.keys()),
    ]


# inputs: [{"x": 1, "y": 2}, {"y": 3, "z": 4}]


def iterate_views(d):
    out = []
    for k in d.keys():
        out.append(k)
    for k, v in d.items():
        out.append(f"{k}={v}")
    total = 0
    for v in d.values():
        total += v
    return [out, total, len(d.items()), bool({}.keys()), sorted(d.items())]


# inputs: [{"b": 2, "a": 1}]


def built_dict_views():
    counts = {}
    for word in ["a", "b", "a"]:
        counts[word] = counts.get(word, 0) + 1
    keys = counts.keys()
    return [sorted(keys), max(counts.values()), list(counts.items())]


# inputs: []


# `in` on a keys or items view looks the key up as the dict does: an unhashable key
# raises TypeError, where a walk of the view would answer False. An items view takes a
# 2-tuple only and compares the value found.
def in_views_hashes_keys(x, d):
    made = {"a": 1, 2: [1]}
    out = []
    for view in (made.keys(), made.items(), d.keys(), d.items()):
        try:
            out.append([x in view, (x, 1) in view, ("a", 1) in view, [x, 1] in view])
        except TypeError as e:
            out.append(str(e))
    return out, (2, [1]) in made.items(), (2.0, [1]) in made.items()


# inputs: [[1], {"a": 1}]
# inputs: ["a", {"a": 1}]
# inputs: [2, {"a": [1]}]
# inputs: [{"k": 1}, {}]
# messages


# View == set looks each item of the view up in the set: an items view holding an
# unhashable value raises when the lengths are equal.
def items_view_equals_set(d):
    out = []
    for other in ({("a", 1)}, {("a", 1), ("b", 2)}, {"a"}):
        try:
            out.append([d.items() == other, other == d.items(), d.keys() == other])
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [{"a": [1]}]
# inputs: [{"a": 1}]
# inputs: [{}]
# messages
