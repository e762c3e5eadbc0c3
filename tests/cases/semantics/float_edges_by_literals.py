# //, %, divmod, / and round of floats and ints at the edges (subnormals, -0.0,
# 2**53, the largest float, ties) by int literals and by floats.


def ops_float(v: float):
    x = float(v)
    out = []
    for d in (2, 3, 7, 10):
        out += [repr(x // d), repr(x % d), repr(divmod(x, d)), repr(x / d)]
    for y in (0.1, -0.5, 2.5, 1e-300, -3.0):
        out += [repr(x // y), repr(x % y), repr(divmod(x, y))]
    out += [repr(round(x, 2)), repr(round(x, -1))]
    if abs(x) < 1e21:  # an int from 1e21 on raises OverflowError: test_int_overflow.py
        out += [repr(round(x)), repr(int(x))]
    return out


# inputs: [-5e-324]
# inputs: [5e-324]
# inputs: [-1e-320]
# inputs: [-0.0]
# inputs: [1e-300]
# inputs: [-2.5]
# inputs: [0.30000000000000004]
# inputs: [-7.000000000000001]
# inputs: [9007199254740991.0]
# inputs: [-9007199254740993.0]
# inputs: [1.7976931348623157e308]
# inputs: [-1e16]
# inputs: [2.675]
# inputs: [-0.5]
# inputs: [1.5]


def ops_int(x: int):
    out = []
    for d in (2, 3, -7, 10):
        out += [repr(x // d), repr(x % d), repr(divmod(x, d)), repr(x / d)]
    for y in (0.1, -0.5, 2.5, -3.0):
        out += [repr(x // y), repr(x % y)]
    out += [repr(round(x, -1)), repr(round(x, -2))]
    return out


# inputs: [0]
# inputs: [-1]
# inputs: [7]
# inputs: [-9007199254740991]
# inputs: [4503599627370497]
# inputs: [-25]
# inputs: [15]
