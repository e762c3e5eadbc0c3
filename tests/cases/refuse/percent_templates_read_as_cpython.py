# A %-template written out is read as CPython reads it to find the conversions that
# print an int and a float differently: a mapping key's parentheses nest (`%((a))s` is
# the key `(a)`), and a precision may be a `.` alone (`%.x`).


def nested_key(n: int):
    return "%((a))s" % {"(a)": n / 2, "b": n}


# expect: CP115 7:24


def dot_alone(n: int):
    v = n / 2 if n > 1 else n
    return "%.x" % v


# expect: CP115 15:20
