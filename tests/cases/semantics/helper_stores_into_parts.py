# A helper of the user's storing into a part of a local (`fill(d["x"])`), from the
# function itself, a lambda, a key function or a comprehension: the local shows what
# was stored. (Numbers printed afterwards are refused: tests/cases/refuse/.)


def _append_mark(r):
    r.append("z")
    return len(r)


def into_dict_value(n: int):
    d = {"x": ["a"], "y": ["b"] * n}
    _append_mark(d["x"])
    return [d, [v[-1] for v in d.values()]]


# inputs: [2]
# inputs: [0]


def through_key_lambda(n: int):
    d = [["a"], ["b"] * n]
    order = sorted([0, 1], key=lambda k: _append_mark(d[k]))
    return [order, d]


# inputs: [1]
# inputs: [3]


def through_comprehension(n: int):
    d = {"x": ["a"], "y": ["b"] * n}
    sizes = [_append_mark(d[k]) for k in d]
    return [sizes, d]


# inputs: [2]
