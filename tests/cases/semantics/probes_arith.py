# Probes: // and % with negative and float operands, pow, conversions, bitwise, round.


def _ename(e):
    if isinstance(e, KeyError):
        return "KeyError"
    if isinstance(e, IndexError):
        return "IndexError"
    if isinstance(e, ZeroDivisionError):
        return "ZeroDivisionError"
    if isinstance(e, OverflowError):
        return "OverflowError"
    if isinstance(e, ValueError):
        return "ValueError"
    if isinstance(e, TypeError):
        return "TypeError"
    return "Exception"


def int_mod_strings(a: int, b: int):
    return [str(a // b), str(a % b), f"{a % b}", str(divmod(a, b))]


# inputs: [-7, 2]
# inputs: [7, -3]
# inputs: [0, -3]


def pow_cases(a: int, b: int):
    try:
        return [str(a**2), str(pow(a, 3)), repr(a**-2 if a else 0.0), repr(a**b * 1.0)]
    except ZeroDivisionError:
        return "ZeroDivisionError"


# inputs: [2, 10]
# inputs: [-2, 3]
# inputs: [2, 0]
# inputs: [0, 0]
# inputs: [10, 2]


def pow_mod(a: int, b: int, m: int):
    return pow(a, b, m)


# inputs: [3, 4, 5]
# inputs: [-3, 3, 7]
# inputs: [3, 3, -7]


def true_div(a: int, b: int):
    try:
        return [str(a / b), a / b == a // b, f"{a / b}"]
    except ZeroDivisionError as e:
        return str(e)


# inputs: [4, 2]
# inputs: [7, 2]
# inputs: [1, 3]
# inputs: [1, 0]
# inputs: [-6, 3]


def int_conversions(x):
    try:
        return [int(x), str(int(x))]
    except (ValueError, TypeError) as e:
        return _ename(e)


# inputs: [3.7]
# inputs: [-3.7]
# inputs: ["  42 "]
# inputs: ["4_2"]
# inputs: ["-0"]
# inputs: ["3.0"]
# inputs: [""]
# inputs: ["0x10"]
# inputs: [true]
# inputs: [null]
# inputs: ["١٢"]
# inputs: ["+7"]
# inputs: [1e20]


def float_conversions(x):
    try:
        return repr(float(x))
    except (ValueError, TypeError) as e:
        return _ename(e)


# inputs: ["1e3"]
# inputs: [" 2.5 "]
# inputs: ["inf"]
# inputs: ["-Infinity"]
# inputs: ["nan"]
# inputs: ["1_000.5"]
# inputs: ["abc"]
# inputs: [""]
# inputs: [7]
# inputs: [true]
# inputs: ["0x1p3"]
# inputs: [".5"]
# inputs: ["5."]


def bitwise(a: int, b: int):
    return [a & b, a | b, a ^ b, ~a, a << 3, a >> 1, -a >> 1]


# inputs: [12, 10]
# inputs: [-5, 3]
# inputs: [1, 0]


def shift_big(a: int):
    return [a << 31, a << 32, (a << 40) >> 38]


# inputs: [1]
# inputs: [3]


def augmented_mod(xs):
    out = []
    for x in xs:
        x %= 3
        out.append(x)
    return out


# inputs: [[-5, -1, 0, 4, 7]]


def round_cases(x):
    return [round(x), round(x, 1), round(x, -1)]


# inputs: [2.5]
# inputs: [3.5]
# inputs: [-2.5]
# inputs: [0.125]
# inputs: [2.675]
# inputs: [15]
# inputs: [25]
# inputs: [-15]


def round_strings(x):
    fx = float(x)
    return [str(round(fx)), str(round(fx, 0)), str(round(fx, 2)), str(round(fx, -1))]


# inputs: [2.5]
# inputs: [1234.5678]
# inputs: [-0.4]


def abs_cases(x):
    return [abs(x), abs(-x)]


# inputs: [-3]
# inputs: [-0.0]
# inputs: [true]


def int_float_overflow():
    try:
        return int(float("inf"))
    except OverflowError:
        return "OverflowError"


# inputs: []


def int_nan():
    try:
        return int(float("nan"))
    except ValueError:
        return "ValueError"


# inputs: []


def zero_pow_neg():
    try:
        return 0.0**-1
    except ZeroDivisionError:
        return "ZeroDivisionError"


# inputs: []


def float_floordiv_inf(a: float):
    return [a // float("inf"), a % float("inf"), (-a) % float("inf")]


# inputs: [5.0]
