# A dict of open type (one of two dicts, a dict from Dash) that str keys and values are
# stored into is still printed: only a float stored into it makes its printing refused.
def str_key_into_one_of_two(dd, c):
    d = {"a": 1} if c else dd
    d["b"] = "x"
    d.setdefault("c", [1])
    return repr(d)


# inputs: [{"k": 1}, true]
# inputs: [{"k": 1}, false]


def int_key_into_rebound(dd):
    d = {True: "a"}
    d[2] = "z"
    r = repr(d)
    d = dd
    return [r, d]


# inputs: [{"k": 1}]
