# The math module's float functions take a number or a bool and raise TypeError for
# anything else: None from an empty Input is not 0 (Math.sqrt(null) is).
import math


def root_of(value):
    try:
        return math.sqrt(value)
    except TypeError as e:
        return str(e)


# inputs: [16]
# inputs: [null]
# inputs: ["4"]
# inputs: [true]
# messages


def each_function(value):
    out = []
    for f in [
        math.sqrt,
        math.exp,
        math.log,
        math.log10,
        math.log2,
        math.floor,
        math.ceil,
        math.fabs,
        math.isnan,
        math.isinf,
        math.isfinite,
        math.degrees,
        math.radians,
        math.sin,
        math.atan,
        math.tanh,
    ]:
        try:
            f(value)
            out.append("ok")
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


# inputs: [1]
# inputs: [null]
# inputs: ["2"]
# inputs: [[4]]
# inputs: [false]
# messages


def two_arguments(a, b):
    out = []
    for f in [
        math.atan2,
        math.copysign,
        math.fmod,
        math.pow,
        math.log,
        math.hypot,
        math.isclose,
    ]:
        try:
            f(a, b)
            out.append("ok")
        except (TypeError, ValueError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


# inputs: [2, 3]
# inputs: [true, 1]
# inputs: [2, null]
# inputs: ["2", 3]
# messages


def truncated(value):
    try:
        return math.trunc(value)
    except TypeError as e:
        return str(e)


# inputs: [2.5]
# inputs: [null]
# inputs: [true]
# messages
