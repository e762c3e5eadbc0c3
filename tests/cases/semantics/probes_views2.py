# Probes: live dict views after deletes and clears, and their set operations.
def views_after_changes(d):
    k, v, i = d.keys(), d.values(), d.items()
    d.pop("a")
    d["z"] = 26
    snap1 = [list(k), list(v), list(i), len(k), "a" in k, "z" in k, 26 in v]
    d.clear()
    return [snap1, list(k), len(v), bool(i)]


# inputs: [{"a": 1, "b": 2}]


def values_not_set_like(d):
    try:
        return d.values() & d.values()
    except TypeError:
        return "TypeError"


# inputs: [{"a": 1}]


def views_in_comprehensions_and_sorted(d):
    return [
        [k.upper() for k in d.keys()],
        {v: k for k, v in d.items()},
        sorted(d.values()),
        max(d.items(), key=lambda kv: kv[1]),
    ]


# inputs: [{"a": 3, "b": 1}]


def view_equality_with_lists(d):
    return [
        d.keys() == ["a"],
        list(d.keys()) == ["a"],
        d.values() == d.values(),
        d.items() == d.items(),
    ]


# inputs: [{"a": 1}]
