# `//` on numbers that may be ints or floats (`float` annotations, Dash's numbers): a
# fraction makes it CPython's float floor division, integral numbers divide as ints.


def floor_divided(a: float, b: float):
    try:
        return [a // b, str(float(a // b)), int(a // b)]
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


# inputs: [7, 2]
# inputs: [-7, 2]
# inputs: [7.5, 2]
# inputs: [1, 0.1]
# inputs: [-0.0, 2]
# inputs: [0, -2]
# inputs: [5, 0]
# inputs: [5.5, 0]
# inputs: [-7.5, -2.5]


def binned(values: list[float], width: float, lo: float):
    return [int((v - lo) // width) for v in values]


# inputs: [[0.25, 1.0, -3.5, 9.99], 0.5, -10]
# inputs: [[1, 2, 3], 0.1, 0]
# inputs: [[0.3, -0.7, 1e-09, -1e-300, 1048576.25, -2.9999999999], 0.1, 0]
# inputs: [[7, -7, 0, 2.5], 2, 0.5]


def tiny_quotient_rounds_to_zero(x: float):
    # x / 2 rounds to -0.0 for the smallest subnormal; CPython floors the exact one.
    return [x // 2, x // 3, x // 1, (x * 2) // 4]


# inputs: [-5e-324]
# inputs: [5e-324]
# inputs: [-1e-320]
# inputs: [-0.0]
