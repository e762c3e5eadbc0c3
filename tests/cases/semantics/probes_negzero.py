# Probes: integer zero never has a sign, even where JS produces -0.
import math


def int_neg_zero_division(n: int):
    z = -n
    try:
        return 1 / z
    except ZeroDivisionError:
        return "ZeroDivisionError"


# inputs: [0]


def neg_zero_float_ops(x: int):
    f = float(x)
    nz = -f
    return [
        str(nz),
        str(nz + 0.0),
        str(0.0 + nz),
        str(nz - 0.0),
        str(nz * 0),
        str(abs(nz)),
        str(-nz),
        f"{nz:.2f}",
        str(round(nz, 1)),
        str(nz // 1),
        str(max(nz, 0.0)),
        math.copysign(1, nz),
    ]


# inputs: [0]


def neg_zero_int_from_float_ops(x: int):
    f = -float(x)
    return [
        str(int(f)),
        str(round(f)),
        str(math.floor(f)),
        f"{int(f):.1f}",
        math.copysign(1, int(f)),
    ]


# inputs: [0]


def neg_zero_in_keys_and_sets(x: int):
    nz = -float(x)
    d = {0: "int zero"}
    s = {0.0}
    return [d[nz], nz in s, len({0, nz, 0.0, False}), {nz: 1} == {0: 1}]


# inputs: [0]


def neg_zero_comparisons(x: int):
    nz = -float(x)
    return [
        nz == 0,
        nz < 0,
        nz == -0,
        str(min(0.0, nz)),
        str(max(0.0, nz)),
        sorted([nz, 0.0, -1.0, 1.0]),
    ]


# inputs: [0]


def float_floordiv_mod_strings(a, b):
    fa = float(a)
    fb = float(b)
    return [str(fa // fb), str(fa % fb), repr(divmod(fa, fb))]


# inputs: [-7.5, 2.0]
# inputs: [7.0, -2.0]
# inputs: [-0.0, 3.0]
# inputs: [0.0, -3.0]
# inputs: [-0.0, -3.0]
# inputs: [-1e-20, 1.0]
# inputs: [1.0, 0.0]


def floordiv_mod_open(a, b):
    try:
        return [a // b, a % b, divmod(a, b)]
    except ZeroDivisionError:
        # Not str(e): a 0.0 from Dash arrives as 0 (JSON), so the message names an int.
        return "ZeroDivisionError"


# inputs: [-7, 2]
# inputs: [7, -2]
# inputs: [0, -3]
# inputs: [-7.5, 2]
# inputs: [7.5, -2]
# inputs: [-0.0, 5]
# inputs: [-0.0, -5]
# inputs: [5, 0.0]
# inputs: [5, 0]
# inputs: [1e308, 1e-308]
# inputs: [-1, 1e300]


def float_zero_signs(x: int):
    f = float(x)
    return [
        str(f // 5),
        str(f % -5),
        str(f // -5),
        str(-f // 5),
        str(-0.0 // 5),
        str(x // -5),
        str(float(x // -5)),
    ]


# inputs: [0]


def floordiv_by_fraction_literal(x: float):
    return [x // 0.1, x % 0.1, x // 3, x // 0.5, str(x // 2.0)]


# inputs: [1.0]
# inputs: [-24.1]
# inputs: [0.7]
