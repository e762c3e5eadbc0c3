# A %-template written out is read as CPython reads it to find the conversions that
# print an int and a float differently: a mapping key's parentheses nest (`%((a))s` is
# the key `(a)`), and a precision may be a `.` alone (`%.x`).


def nested_key(n: int):
    return "%((a))s" % {"(a)": n / 2, "b": n}


# expect: CP115 7:24


def _half_or_n(n: int):
    return n / 2 if n > 1 else n


def dot_alone(n: int):
    return "%.x" % _half_or_n(n)
# expect: CP115 18:20
