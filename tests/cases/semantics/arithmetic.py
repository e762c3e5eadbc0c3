# Arithmetic: //, %, **, bitwise, division by zero, mixed int/float.


def floor_div_mod(a, b):
    return [a // b, a % b, divmod(a, b)]


# inputs: [7, 3]
# inputs: [-7, 3]
# inputs: [7, -3]
# inputs: [-7, -3]
# inputs: [7.5, 2]
# inputs: [-7.5, 2]
# inputs: [0, 5]
# inputs: [5.5, -1.5]


def division_by_zero(a, b):
    return a / b


# inputs: [1, 0]
# inputs: [1.5, 0]
# messages


def floor_division_by_zero(a, b):
    return a // b


# inputs: [1, 0]
# messages


def modulo_by_zero(a, b):
    return a % b


# inputs: [1, 0]
# inputs: [1.5, 0]
# messages


def true_division(a, b):
    return a / b


# inputs: [7, 2]
# inputs: [4, 2]
# inputs: [-1, 3]
# inputs: [1, 3]


def powers(a, b):
    return a**b


# inputs: [2, 10]
# inputs: [2, -1]
# inputs: [-2, 3]
# inputs: [2.5, 2]
# inputs: [9, 0.5]
# inputs: [0, 0]
# inputs: [10, 15]


def zero_to_negative_power(a):
    return 0**a


# inputs: [-1]


def bitwise(a, b):
    return [a & b, a | b, a ^ b, ~a, a << 2, a >> 1, -a >> 1]


# inputs: [12, 10]
# inputs: [-5, 3]
# inputs: [0, 0]


def int_ops_stay_exact(n):
    return [n * n, n * 3 // 7, (n + 1) % 9, n - 2 * n]


# inputs: [12345678]
# inputs: [-42]


def float_arith(x):
    return [x + 1, x * 2, x - 0.25, x / 4, -x, abs(x), x % 1]


# inputs: [0.5]
# inputs: [-2.75]
# inputs: [1e-7]


def bool_arith(a, b):
    return [a + b, a * 3, a - b, True + True, -True, a / 1]


# inputs: [true, false]
# inputs: [true, true]


def string_arith(s, n):
    return [s * n, s + "!", n * s, [0] * n, [1, 2] + [3]]


# inputs: ["ab", 3]
# inputs: ["x", 0]
# inputs: ["x", -1]


def mixed_type_add_raises(a, b):
    return a + b


# inputs: ["a", 1]
# inputs: [1, "a"]
# inputs: [[1], "a"]
# inputs: [null, 1]
# messages


def unary_and_precedence(a, b):
    return [
        -(a**2),
        (-a) ** 2,
        a + b * 2,
        (a + b) * 2,
        a - b - 1,
        2**3**2,
        -a // 2,
        not a == b,
    ]


# inputs: [3, 4]


def abs_round_mix(x):
    return [abs(x), round(x), round(x, 1), int(x), -int(-x)]


# inputs: [2.5]
# inputs: [-3.7]
# inputs: [0.125]


def halved_ints(a: int, b: int):
    lo, hi = a, b
    out = []
    for _ in range(3):
        mid = (lo + hi) // 2
        out.append(mid)
        hi = mid - 1
    return [out, (a - b) // 2, str((a + b) // 2)]


# inputs: [0, 5]
# inputs: [-5, 0]
# inputs: [-7, -8]
# inputs: [2147483647, 1]
# inputs: [-2147483648, -1]
# inputs: [4294967296, 3]
# inputs: [4503599627370495, 4503599627370495]
