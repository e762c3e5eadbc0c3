# An assert's message prints as AssertionError(msg) does: a number that may be an int or
# a float is refused there, as in `raise ValueError(v)`.


def checked_total(values):
    total = values[0] * values[1]
    assert total < 100, total
    return total
# expect: CP115 7:25
