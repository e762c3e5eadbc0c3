# `x ** 2` of a float is one multiply: the correctly rounded square, as CPython's.


def distances(points):
    out = []
    for x, y in points:
        fx = float(x)
        fy = float(y)
        out.append(repr((fx - 0.5) ** 2 + (fy + 0.25) ** 2.0))
    return out


# inputs: [[[1, 2], [0.1, 0.2], [-3.5, 1e150], [0, 0]]]


def overflowing(x):
    try:
        return float(x) ** 2
    except OverflowError as e:
        return str(e)


# inputs: [1e155]
# inputs: [-1e200]
# messages


def special(text):
    v = float(text)
    return repr(v**2)


# inputs: ["nan"]
# inputs: ["-inf"]
# inputs: ["-0.0"]


def squares_of_differences_signed(a, b):
    import math

    d = a - b
    e = b - a
    return [math.copysign(1, d * d), str(d * d), str(e * e + d * d), math.sqrt(d * d)]


# inputs: [0, 0]
# inputs: [-3, -3]
# inputs: [0.5, 0.5]
# inputs: [2, 0.5]
