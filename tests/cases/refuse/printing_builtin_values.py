# `str` or `repr` held as a value, where a float may be passed to a function value:
# the call is not seen, and the JS value alone cannot tell 2.0 from 2.


def str_alias(x: int):
    f = str
    return f(x / 2)


# expect: CP100 6:9


def repr_or_str(x: int, k):
    f = str if k else repr
    return f(x / 2)


# expect: CP100 14:9
# expect: CP100 14:23


def _ap(f, v):
    return f(v)


def str_passed_to_helper(x: int):
    return _ap(str, x / 2)


# expect: CP100 27:16
