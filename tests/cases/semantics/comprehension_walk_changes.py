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


def second_for_clause(a):
    d = dict(a)
    try:
        return [(x, d.pop(k)) for x in range(1) for k in d]
    except RuntimeError as ex:
        return ["RE", str(ex), sorted(d)]


# inputs: [{"a": 1, "b": 2}]
# messages


def second_clause_set(a):
    s = set(a)
    try:
        return [s.add(x + 10) for _ in [0] for x in s]
    except RuntimeError as ex:
        return ["RE", str(ex), len(s)]


# inputs: [[1, 2]]
# messages


def second_clause_genexp(a):
    d = dict(a)
    try:
        return sum(d.setdefault(k + "x", 1) for _ in [0] for k in d)
    except RuntimeError as ex:
        return ["RE", str(ex), sorted(d)]


# inputs: [{"a": 1}]
# messages


def helper_changes(a):
    d = dict(a)

    def grow(k):
        d[k + "!"] = 1
        return k

    try:
        return [grow(k) for k in d]
    except RuntimeError as ex:
        return ["RE", str(ex), sorted(d)]


# inputs: [{"a": 1}]
# messages


def helper_changes_genexp(a):
    d = dict(a)

    def drop(k):
        d.pop(k)
        return k

    try:
        return sum(len(drop(k)) for k in d)
    except RuntimeError as ex:
        return ["RE", str(ex), sorted(d)]


# inputs: [{"a": 1, "b": 2}]
# messages


def helper_changes_for_loop(a):
    d = dict(a)

    def grow(k):
        d[k + "!"] = 1
        return k

    out = []
    try:
        for k in d:
            out.append(grow(k))
    except RuntimeError as ex:
        return ["RE", str(ex), sorted(d)]
    return out


# inputs: [{"a": 1}]
# messages


def walk_enumerate_dict(a):
    d = dict(a)
    try:
        return [d.setdefault(k + str(i), 0) for i, k in enumerate(d)]
    except RuntimeError as e:
        return ["RE", str(e), sorted(d)]


# inputs: [{"a": 1}]
# messages


def walk_zip_dict(a):
    d = dict(a)
    try:
        return [d.pop(k) for k, _ in zip(d, range(5))]
    except RuntimeError as e:
        return ["RE", str(e), sorted(d)]


# inputs: [{"a": 1, "b": 2}]
# messages


def comp_over_reversed_dict(a):
    d = dict(a)
    try:
        return [d.pop(k) for k in reversed(d)]
    except RuntimeError as e:
        return ["RE", str(e), sorted(d)]


# inputs: [{"a": 1, "b": 2}]
# messages


def comp_over_map_dict(a):
    d = dict(a)
    try:
        return [d.setdefault(k, 0) for k in map(str.upper, d)]
    except RuntimeError as e:
        return ["RE", str(e), sorted(d)]


# inputs: [{"a": 1}]
# messages


def comp_over_filter_set(a):
    s = set(a)
    try:
        return [s.discard(x) for x in filter(None, s)]
    except RuntimeError as e:
        return ["RE", str(e), len(s)]


# inputs: [[1, 2]]
# messages


def for_enumerate_dict(a):
    d = dict(a)
    out = []
    try:
        for i, k in enumerate(d):
            out.append(d.setdefault(k + str(i), 0))
    except RuntimeError as e:
        return ["RE", str(e), sorted(d)]
    return out


# inputs: [{"a": 1}]
# messages


def for_zip_dict(a):
    d = dict(a)
    out = []
    try:
        for k, _ in zip(d, range(5)):
            out.append(d.pop(k))
    except RuntimeError as e:
        return ["RE", str(e), sorted(d)]
    return out


# inputs: [{"a": 1, "b": 2}]
# messages
