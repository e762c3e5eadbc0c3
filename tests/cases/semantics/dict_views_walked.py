"""Views walked at once (`sum(d.values())`, `for v in d.values():`) skip the view's own
size check per step, which counted a dict from Dash's keys at every step; a body that
may change the dict is checked by the loop itself, raising as CPython does."""


def walked_by_builtins(d):
    return [sum(d.values()), max(d.keys()), sorted(d.items()), list(d.values())]


# inputs: [{"a": 1, "b": 2.5, "c": -1}]
# inputs: [{"k": 0}]


def walked_by_loops(d):
    total = 0
    keys = []
    for v in d.values():
        total += v
    for k in d.keys():
        keys.append(k.upper())
    return [total, keys, [v * 2 for v in d.values() if v], {k: 1 for k in d.keys()}]


# inputs: [{"a": 1, "b": 2.5}]
# inputs: [{}]


def body_adds_a_key(d):
    for k in d.keys():
        d[k + "!"] = 1
    return d


# inputs: [{"a": 1}]
# inputs: [{}]
# messages


def body_removes_a_key(d):
    seen = []
    for v in d.values():
        seen.append(v)
        d.pop("b", None)
    return seen


# inputs: [{"a": 1, "b": 2}]
# inputs: [{"b": 2}]
# messages


def _grow(d):
    d["z"] = 0


def helper_adds_a_key(d):
    n = 0
    for v in d.values():
        n += 1
        if n == 1:
            _grow(d)
    return n


# inputs: [{"a": 1, "b": 2}]
# messages


def comprehension_adds_a_key(d):
    return [d.setdefault(k + "?", 0) for k in d.keys()]


# inputs: [{"a": 1}]
# messages


def no_dict_has_no_views(x):
    try:
        return sum(x.values())
    except AttributeError as e:
        return str(e)


# inputs: [[1, 2]]
# inputs: ["ab"]
# inputs: [null]
# messages
