# Probes: arithmetic on Dash inputs (int when integral) that gives an integral float.
def open_minus_int(x):
    return str(x - 1)


# inputs: [1.5]


def open_abs(x):
    return str(abs(x))


# inputs: [-2.5]


def open_max(x, y):
    return str(max(x, y))


# inputs: [2.5, 1]


def _fmt(v):
    return f"value={v}"


def open_mul_float_literal(x):
    return str(x * 1.0)


# inputs: [2]


def open_div(x):
    return str(x / 1)


# inputs: [2]


def open_neg(x):
    return str(-x)


# inputs: [2.5]
# inputs: [-0.5]
