# A loop over a dict whose body stores into it: Python's items view reads each value
# when its step comes, and a dict that changes size raises RuntimeError, also where
# isinstance(d, dict) made d a dict from Dash (a plain object).


def items_live(d):
    out = []
    if isinstance(d, dict):
        for k, v in d.items():
            if k == "a":
                d["b"] = 99
            out.append(v)
    return out


# inputs: [{"a": 1, "b": 2}]


def items_live_open(d):
    out = []
    for k, v in d.items():
        if k == "a":
            d["b"] = 99
        out.append(v)
    return out


# inputs: [{"a": 1, "b": 2}]


def items_live_map(n):
    d = {"a": 1, "b": 2}
    out = []
    for k, v in d.items():
        if k == "a":
            d["b"] = n
        out.append(v)
    return out


# inputs: [99]


def items_size_mapping(d):
    out = []
    if isinstance(d, dict):
        for k, v in d.items():
            if k == "a":
                d["c"] = 3
            out.append(v)
    return out


# inputs: [{"a": 1, "b": 2}]
# messages


def keys_size_mapping(d):
    out = []
    if isinstance(d, dict):
        for k in d:
            if k == "a":
                del d["b"]
            out.append(k)
    return out


# inputs: [{"a": 1, "b": 2}]
# messages
