# A callback's parameters annotated `float` hold what Dash sends: a JS number, an int
# when integral (as a server callback decodes it from JSON), so they print as the number
# they are, and a zero's sign follows Python's int and float arithmetic.


def printed_float_parameter(x: float):
    return [f"{x}", str(x), repr(x), f"{x + 1}", f"{-x:+.2f}"]


# inputs: [2]
# inputs: [2.5]
# inputs: [0]
# inputs: [-0.5]


def optional_float_parameter(x: float | None):
    if x is None:
        return "-"
    return f"{x} ({x / 2})"


# inputs: [null]
# inputs: [3]
# inputs: [0.25]


def list_of_float_parameter(xs: list[float]):
    return [str(v) for v in xs] + [f"{max(xs, default=0)}"]


# inputs: [[1, 2.5, -3]]
# inputs: [[]]


def zero_product_of_float_parameters(price: float, qty: float):
    return f"{price * qty:.1f}"


# inputs: [-5, 0]
# inputs: [-0.5, 0]
# inputs: [2.5, 4]


# A sum or product of two is a float exactly when an operand is (0.5 + 0.5 is 1.0,
# 1 + 2 is 3): the text asks the operands' fractions after the arithmetic.
def printed_arithmetic_of_float_parameters(a: float, b: float):
    return [
        f"{a + b}",
        str(a * b),
        repr(a - b),
        f"{a * b:>8}|{a + b:,}",
        f"{(a - b) // 2} {a % 3} {-a * b}",
        f"{a * 2 + b * 3 - 1}",
    ]


# inputs: [1, 2]
# inputs: [0.5, 0.5]
# inputs: [1.5, 2]
# inputs: [-5, 0]
# inputs: [0, -0.5]
# inputs: [-0.5, 0.5]
# inputs: [1000000, 3000]
# inputs: [7.25, -3]
# inputs: [94906265, 94906265]


def printed_arithmetic_with_an_int(n: float, count: int):
    return [f"{n * count}", f"{count - n}", f"{n * count:.1f}"]


# inputs: [2, 3]
# inputs: [2.5, 2]
# inputs: [0.25, 4]
