# Minimized differences found by the program fuzzer (tests/semantics/fuzz).
import math


def float_mod_by_false(a):
    v = 2.5
    v %= False
    return v


# inputs: [1]


def float_floordiv_by_false(a):
    v = 2.5
    return v // False


# inputs: [1]


def float_divmod_by_false(a):
    v = 2.5
    return divmod(v, False)


# inputs: [1]


def float_truediv_by_false(a):
    return [a, 3.0 / False]


# inputs: [1]


def float_itruediv_by_false(a):
    v = 2.5
    v /= False
    return v


# inputs: [1]


def float_ops_by_true(a: float):
    v = 2.5
    return [v / True, v // True, v % True, divmod(-v, True), repr(v % True), a // True]


# inputs: [-7.25]
# inputs: [0.5]


def float_repeated_by_open_count(n):
    return repr([2.0] * n)


# inputs: [2]
# inputs: [0]


def int_of_big_float(a):
    # int(float) past 2**53 is exact in both: the JS number crosses JSON in its shortest
    # digits, which the harness reads back as that same double
    return [int(a * 1e18), str(int(a * 1e18))]


# inputs: [6.5]
# inputs: [-12.75]


def counter_past_safe_by_bool(a):
    v = 9007199254740990
    v += True
    v -= False
    return repr(v)


# inputs: [0]


def sum_of_big_dash_int(ys):
    # 10**16 + 2 arrives from Dash as an int; the sum is exact here
    return [sum(ys), sum(ys, 2)]


# inputs: [[10000000000000002, 2]]
# inputs: [[10000000000000002, -2, 4]]


def float_power_near_a_power_of_two(zs):
    # (2**53 - 1) ** -1 lies a hair above a rounding midpoint
    v = 1.0
    for x in zs:
        v *= x / (max(0.5, v) ** -1)
    return [repr(v), repr(9007199254740991.0**-1), repr(4503599627370497.0**0.5)]


# inputs: [[9007199254740991, 3]]


def comprehension_over_a_later_local(a):
    # the outermost iterable is read by the function itself: UnboundLocalError
    try:
        out = [x for x in v]
    except UnboundLocalError:
        out = "unbound"
    v = [a]
    return [out, {str(i): x for i, x in enumerate(v)}]


# inputs: [1]


def comprehension_reading_a_later_local_inside(a):
    # read inside the comprehension's own scope: a free variable, NameError
    r = []
    for make in (
        lambda: [y for x in [1] for y in w],
        lambda: [[y for y in w] for x in [1]],
    ):
        try:
            r.append(make())
        except UnboundLocalError:
            r.append("unbound")
        except NameError:
            r.append("free")
    w = [a]
    return r


# inputs: [1]


def comprehension_unbound_messages(a):
    try:
        return list(x for x in v)
    finally:
        v = a


# inputs: [1]
# messages


def lambda_default_from_a_later_local(a):
    # a lambda's defaults are evaluated where it is made
    try:
        f = lambda y=v: y
    except UnboundLocalError:
        f = None
    v = a
    g = lambda *, y=v: y
    return [f is None, g()]


# inputs: [3]


def nested_lambda_default_read_when_called(a):
    def outer():
        g = lambda y=v: y
        return g()

    try:
        r = outer()
    except UnboundLocalError:
        r = "unbound"
    except NameError:
        r = "free"
    v = a
    return [r, outer()]


# inputs: [3]


def math_of_bools(a: bool, b):
    r = [math.factorial(a), math.isfinite(a), math.pow(a, a), math.gcd(a, 4)]
    try:
        r.append(math.log(3, a))
    except (ZeroDivisionError, ValueError) as e:
        r.append(str(e))
    try:
        r.append(math.gcd(3, b))
    except TypeError as e:
        r.append(str(e))
    return r


# inputs: [true, 2.5]
# inputs: [false, 6]


def math_int_arguments(x):
    # isqrt() and factorial() take ints: a float is a TypeError, however integral
    r = []
    for f in (math.isqrt, math.factorial):
        try:
            r.append(f(x))
        except (TypeError, ValueError) as e:
            r.append(str(e))
    return r


# inputs: [2.5]
# inputs: [16]
# inputs: [-4]
# messages


def float_floordiv_past_two_to_53(a):
    # CPython's float // takes (x - fmod(x, d)) / d, which rounds past 2**53: not the
    # floor of the quotient (-1e16 / 3 floors to -3333333333333334)
    v = -1e16
    return [repr(v // 3), repr(-1e16 // 3), repr(1e17 // 7), repr(divmod(v, 3))]


# inputs: [0]


def int_sum_past_two_to_53_printed(d):
    # an exact int past 2**53 made from Dash's data prints its exact digits
    v = 0
    i = 0
    while i < 4:
        v += int(sum(d.values()))
        i += 1
    return [f"{v}", str(v), repr(v)]


# inputs: [{"x": 41.5, "k": 10000000000000002}]
