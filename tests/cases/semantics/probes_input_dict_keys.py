# Probes: non-string keys added to a dict that arrived from Dash.
def input_dict_key_types_after_roundtrip(d):
    e = dict(d)
    e[0] = "zero"
    return [sorted(e, key=str), [isinstance(k, int) for k in e]]


# inputs: [{"0": "s"}]


def input_dict_eq_int_keys(d):
    return [d == {1: "a"}, d == {"1": "a"}]


# inputs: [{"1": "a"}]


def input_dict_pop_int(d):
    return [d.pop(1, "missing"), d]


# inputs: [{"1": "s"}]


def input_dict_del_int(d):
    try:
        del d[1]
        return d
    except KeyError:
        return "KeyError"


# inputs: [{"1": "s"}]


def input_dict_in_int(d):
    return [1 in d, "1" in d, 1.0 in d]


# inputs: [{"1": "s"}]


def input_dict_getitem_int(d):
    try:
        return d[1]
    except KeyError:
        return "KeyError"


# inputs: [{"1": "s"}]
