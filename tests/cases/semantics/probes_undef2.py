# Probes: undefined (unset Dash props) passed on to helpers, builtins and methods.
def undef_as_sep(x):
    return [
        "a b".split(x),
        "a-b".split(x or "-"),
        " a ".strip(x),
        ",".join(["a"] if x is None else []),
    ]


# inputs-undef: [null]


def undef_sort_key(x):
    return [sorted([3, 1, 2], key=x), sorted([3, 1], reverse=bool(x))]


# inputs-undef: [null]


def undef_slice_bounds(x):
    xs = [1, 2, 3]
    return [xs[x:], xs[:x], xs[::x], "abc"[x:2]]


# inputs-undef: [null]


def undef_range(x):
    try:
        return list(range(x))
    except TypeError:
        return "TypeError"


# inputs-undef: [null]


def undef_int(x):
    try:
        return int(x)
    except TypeError:
        return "TypeError"


# inputs-undef: [null]


def undef_str_format(x):
    return [
        "{}".format(x),
        "%s" % x,
        "%s" % (x,),
        f"{x!r}",
        "{0} {0}".format(x),
        "{:>6}".format(str(x)),
    ]


# inputs-undef: [null]


def undef_set(x):
    s = {x, None}
    return [len(s), None in s]


# inputs-undef: [null]


def undef_dict_key_collapse(x):
    d = {None: 1}
    d[x] = 2
    return [len(d), d[None]]


# inputs-undef: [null]


def undef_count(x):
    return [[None, x].count(None), [None, None].count(x), (x,).index(None)]


# inputs-undef: [null]
