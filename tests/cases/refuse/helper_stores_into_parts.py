# A helper of the user's that stores a float into a part of a local (`fill(d["x"])`,
# `fill(rows[0])`), also from a lambda, a key function, a comprehension or a nested
# function: the local's type does not show what was stored, so printing its numbers
# afterwards is refused.


def _append_float(r):
    r.append(2.0)
    return 0


def direct_dict_value(n: int):
    d = {"x": [1], "y": [n]}
    _append_float(d["x"])
    return [str(v[-1]) for v in d.values()]
# expect: CP115 15:17


def direct_dict_value_read(n: int):
    d = {"x": [1], "y": [n]}
    _append_float(d["x"])
    return str(d["x"][-1])
# expect: CP115 22:16


def direct_list_item(n: int):
    d = [[1], [n]]
    _append_float(d[0])
    return [str(v[-1]) for v in d]
# expect: CP115 29:17


def lambda_dict_value(n: int):
    d = {"x": [1], "y": [n]}
    f = lambda k: _append_float(d[k])  # noqa: E731
    f("x")
    return [str(v[-1]) for v in d.values()]
# expect: CP115 37:17


def lambda_key_dict(n: int):
    d = {"x": [1], "y": [n]}
    sorted(d, key=lambda k: _append_float(d[k]))
    return [str(v[-1]) for v in d.values()]
# expect: CP115 44:17


def lambda_key_list(n: int):
    d = [[1], [n]]
    sorted([0, 1], key=lambda k: _append_float(d[k]))
    return [str(v[-1]) for v in d]
# expect: CP115 51:17


def comprehension_helper(n: int):
    d = {"x": [1], "y": [n]}
    [_append_float(d[k]) for k in d]
    return [str(v[-1]) for v in d.values()]
# expect: CP115 58:17


def nested_def_helper(n: int):
    d = {"x": [1], "y": [n]}

    def g(k):
        return _append_float(d[k])

    g("x")
    return [str(v[-1]) for v in d.values()]
# expect: CP115 69:17


def _append_through(r):
    return _append_float(r)


def comprehension_calls_storing_helper_through_another(n: int):
    d = [[1], [n]]
    marks = [_append_through(v) for v in d]
    return [str(v[-1]) for v in d] + marks
# expect: CP115 80:17
