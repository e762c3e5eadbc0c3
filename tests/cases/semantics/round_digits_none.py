# round(x, n) with n None is round(x): an int, also where n is a name or a default
# (where n may be None or an int, printing the result is refused: refuse/round_digits.py).


def _rounded(x, n=None):
    return round(float(x), n)


def rounded_by_default(x):
    y = _rounded(x)
    return [isinstance(y, int), y]


# inputs: [2.5]
# inputs: [3.7]


def digits_of_none(x):
    n = None
    return str(round(float(x), n))


# inputs: [2.5]
