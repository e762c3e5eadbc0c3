# Probes: None arriving as undefined (unset Dash props).
import json


def undef_in_ops(x, y):
    out = []
    out.append(x or "default")
    out.append(y if y is not None else "none")
    out.append([x, y].count(None))
    out.append(None in [x])
    out.append({x: 1}.get(None))
    out.append(x == y)
    out.append(x is y)
    out.append(f"{x}-{y}")
    out.append(sorted([1, 2], key=lambda v: v if x is None else -v))
    return out


# inputs-undef: [null, null]
# inputs-undef: [null, 5]


def undef_as_dict_key(x):
    d = {}
    d[x] = "v"
    return [d, list(d), None in d, len(d)]


# inputs-undef: [null]


def undef_default_kw(x):
    def f(a=None):
        return a is None

    return [f(x), f(), f(a=x)]


# inputs-undef: [null]


def undef_print(x):
    print(x, [x])
    return "%s %r" % (x, x)


# inputs-undef: [null]


def undef_arith(x):
    try:
        return x + 1
    except TypeError:
        return "TypeError"


# inputs-undef: [null]


def undef_len(x):
    try:
        return len(x)
    except TypeError:
        return "TypeError"


# inputs-undef: [null]


def undef_index(x):
    try:
        return x[0]
    except TypeError:
        return "TypeError"


# inputs-undef: [null]


def undef_iterate(x):
    try:
        return [v for v in x]
    except TypeError:
        return "TypeError"


# inputs-undef: [null]


def undef_compare(x):
    try:
        return x < 1
    except TypeError:
        return "TypeError"


# inputs-undef: [null]


def undef_isinstance(x):
    return [
        x is None,
        isinstance(x, int),
        isinstance(x, (str, list)),
        isinstance(x, (int, float, bool)),
    ]


# inputs-undef: [null]


def undef_in_dict_values(d, x):
    d["k"] = x
    return [d, d.get("k", "dflt"), d["k"] is None, "k" in d, list(d.values())]


# inputs-undef: [{}, null]


def undef_eq_nested(x):
    return [[x] == [None], (x, 1) == (None, 1), {"a": x} == {"a": None}]


# inputs-undef: [null]
