# A dict or set changed while a comprehension or generator expression walks it:
# CPython's RuntimeError, at the step where its iterator sees the change (a JS Map
# would walk added keys for ever).


def dict_update_genexp_over_self(a):
    d = dict(a)
    try:
        d.update((k + "x", 1) for k in d)
    except RuntimeError as e:
        return ["RE", str(e), sorted(d)]
    return sorted(d)


# inputs: [{"a": 1, "b": 2}]
# messages


def set_update_genexp_over_self(a):
    s = set(a)
    try:
        s.update(x + 100 for x in s)
    except RuntimeError as e:
        return ["RE", str(e), len(s)]
    return sorted(s)


# inputs: [[1, 2]]
# messages


def set_add_in_genexp_consumed(a):
    s = set(a)
    try:
        n = sum(1 for x in s if s.add(x + 10) is None)
    except RuntimeError as e:
        return ["RE", str(e)]
    return n


# inputs: [[1, 2]]
# messages


def param_dict_update_genexp_upper(d):
    try:
        d.update((k.upper(), v) for k, v in d.items())
    except RuntimeError as e:
        return ["RE", str(e)]
    return sorted(d)


# inputs: [{"a": 1}]


def local_dict_update_genexp_upper(a):
    d = dict(a)
    try:
        d.update((k.upper(), v) for k, v in d.items())
    except RuntimeError as e:
        return ["RE", str(e)]
    return sorted(d)


# inputs: [{"a": 1}]


def list_comp_pops_the_dict_it_walks(a):
    d = dict(a)
    try:
        return [d.pop(k) for k in d]
    except RuntimeError as e:
        return ["RE", str(e), sorted(d)]


# inputs: [{"a": 1, "b": 2}]
# inputs: [{}]
# messages


def unchanged_while_walked(a):
    d = dict(a)
    other = {}
    other.update((k, v * 2) for k, v in d.items())
    total = sum(v for v in d.values() if v > 0)
    return [other, total, any(k == "b" for k in d)]


# inputs: [{"a": 1, "b": 2}]
