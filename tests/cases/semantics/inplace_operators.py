# Augmented assignments change a mutable value in place: other names see it.


def inplace_or_keeps_identity(d):
    e = d
    d |= {"x": 1}
    return [e, d is e]


# inputs: [{"a": 9}]


def inplace_set_ops_keep_identity(xs):
    s = set(xs)
    alias = s
    s |= {10}
    s -= {1}
    s &= {2, 3, 10}
    s ^= {3, 11}
    return [sorted(alias), s is alias]


# inputs: [[1, 2, 3]]


def inplace_list_mult(xs):
    alias = xs
    xs *= 2
    return [alias, xs is alias]


# inputs: [[1, 2]]


def ior_with_pairs(d):
    d |= [("x", 1), ("a", 0)]
    return d


# inputs: [{"a": 9}]


def reversed_dict_views(d):
    return [
        list(reversed(d)),
        list(reversed(d.items())),
        list(reversed(d.values())),
        list(reversed(d.keys())),
    ]


# inputs: [{"a": 1, "b": 2, "c": 3}]
# inputs: [{}]
