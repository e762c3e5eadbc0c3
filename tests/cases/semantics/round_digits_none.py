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


def rounded_to_zero(x: float, n: int):
    """A float from -1e21 down is a float to round() too: its zero keeps the sign."""
    return str(round(x, n)), str(round(x / 3, n))


# inputs: [-1e21, -22]
# inputs: [-8.758933739717389e+21, -400]
# inputs: [-40, -2]
