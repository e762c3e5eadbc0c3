# `is` on tuples: CPython shares the empty tuple and equal constant tuples of one
# function (`tuple(xs) is ()` is True for an empty xs), where JS makes each anew.


def empty_tuple_identity(xs):
    empty = ()
    return tuple(xs) is empty


# expect: CP100 7:12


def constant_tuples_identity():
    t = (1, 2)
    u = (1, 2)
    return t is not u


# expect: CP100 16:12
