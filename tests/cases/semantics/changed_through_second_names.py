# A dict or set walked while a second name for it changes its size: CPython's
# RuntimeError (the JS Map would be walked for ever, or end early). Second names made
# by a chained assignment, `or`, a helper returning it twice, a lambda's default, a
# bound method.


def _twice(d):
    return d, d


STATE = {"a": 1}


def _add_key(k, d=STATE):
    d[k] = 1


def chained(n: int):
    d = e = {"a": 1, "b": 2}
    try:
        for k in d:
            e[k + "x"] = n
    except RuntimeError as err:
        return str(err)
    return sorted(d)


# inputs: [1]


def chained_set(n: int):
    s = t = {1, 2}
    try:
        for v in s:
            t.add(v + 10)
    except RuntimeError as err:
        return str(err)
    return sorted(s)


# inputs: [1]


def through_or(n: int):
    d = {"a": 1}
    e = d or {}
    try:
        for k in d:
            e[k + "x"] = n
    except RuntimeError as err:
        return str(err)
    return len(d)


# inputs: [1]


def through_a_helper(n: int):
    a, b = _twice({"a": 1})
    try:
        for k in a:
            b[k + "x"] = n
    except RuntimeError as err:
        return str(err)
    return len(a)


# inputs: [1]


def through_a_lambda_default(n: int):
    d = {"a": 1}
    f = lambda t=d, k="z": t.update({k: n})
    try:
        for k in d:
            f()
    except RuntimeError as err:
        return str(err)
    return sorted(d)


# inputs: [1]


def through_a_bound_method(n: int):
    d = {"a": 1}
    put = d.setdefault
    try:
        for k in d:
            put(k + "x", n)
    except RuntimeError as err:
        return str(err)
    return sorted(d)


# inputs: [1]


def bound_set_method(n: int):
    s = {1, 2}
    add = s.add
    try:
        for v in s:
            add(v + n + 10)
    except RuntimeError as err:
        return str(err)
    return len(s)


# inputs: [1]


def other_dict_made_here_is_no_second_name(n: int):
    d = {"a": 1, "b": 2}
    out = {}
    for k in d:
        out[k + "x"] = n
    return [sorted(d), sorted(out)]


# inputs: [1]


def record_through_two_names(n: int):
    rows = [{"v": 0}]
    a = b = rows[0]
    b["v"] = "x"
    try:
        return rows[0]["v"] + n
    except TypeError as e:
        return str(e)


# inputs: [1]


def list_held_in_a_dict_extended(n: int):
    xs = [1]
    d = {"k": xs}
    d["k"] += [n / 2]
    return [xs[-1] % 2, len(xs)]


# inputs: [3]


def through_a_holder(n: int):
    d = {"a": 1}
    holder = [d]
    e = holder[0]
    try:
        for k in d:
            e[k + "x"] = n
    except RuntimeError as err:
        return str(err)
    return len(d)


# inputs: [1]


def through_a_list_it_was_appended_to(n: int):
    d = {"a": 1}
    holder = []
    holder.append(d)
    e = holder[-1]
    try:
        for k in d:
            e[k + "x"] = n
    except RuntimeError as err:
        return str(err)
    return len(d)


# inputs: [1]


def through_a_module_helpers_default(n: int):
    try:
        for k in STATE:
            _add_key(k + "x")
    except RuntimeError as err:
        return str(err)
    return len(STATE)


# inputs: [1]
