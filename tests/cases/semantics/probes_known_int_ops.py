# Probes: % // and shifts on values known to be ints (range loops, len, annotations).
def range_loop_mod_floordiv(n: int):
    out = []
    for i in range(-n, n):
        out.append([i % 3, i // 3, i % -3, i // -3, -i // 2, i >> 1, (i * 7) % 5])
    return out


# inputs: [4]


def len_based_ops(xs):
    n = len(xs)
    return [(n - 10) % 4, (n - 10) // 4, -n // 3, (-n) % 3, n % -2, divmod(n - 10, 3)]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def annotated_int_ops(a: int, b: int):
    try:
        return [a % b, a // b, a % -b, -a // b, a**2 % b, (a - b) % b]
    except ZeroDivisionError:
        return "ZeroDivisionError"


# inputs: [-7, 3]
# inputs: [7, -3]
# inputs: [-7, -3]
# inputs: [5, 0]


def bool_typed_ops(a: bool, b: bool):
    try:
        return [a // b, a % b, a - b, -a % 2, a << 3, ~a & 3]
    except ZeroDivisionError:
        return "ZeroDivisionError"


# inputs: [true, true]
# inputs: [false, true]
# inputs: [true, false]


def int_overflow_like_32bit(n: int):
    return [
        n << 31,
        n << 33,
        (n << 40) >> 39,
        n * 2**31,
        ~(n << 31),
        (n << 31) & 0xFFFFFFFF,
        -n >> 40,
        n | (1 << 35),
    ]


# inputs: [1]
# inputs: [3]
