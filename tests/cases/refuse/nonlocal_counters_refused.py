# A nested function stepping a name by something other than an int constant: the
# name may hold a float, so printing it is refused.


def stepped_by_a_half(xs):
    n = 0

    def bump():
        nonlocal n
        n += 0.5

    for _ in xs:
        bump()
    return f"{n}"
# expect: CP115 14:15


def counter_from_a_parameter(start, xs):
    n = start

    def bump():
        nonlocal n
        n += 1

    for _ in xs:
        bump()
    return f"{n // 2}"
# expect: CP115 27:15
