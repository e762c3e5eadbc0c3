# min(xs) / max(xs) of a list or tuple known to hold numbers (compiled without py_gt):
# floats from Dash, ints, bools among ints, NaN, -0.0, equal items, and no items.


def extremes_of_floats(values):
    xs = [float(v) for v in values]
    if not xs:
        return "none"
    return [max(xs), min(xs), f"{max(xs)} {min(xs)}"]


# inputs: [[3, 1.5, 7, -2]]
# inputs: [["nan", 1, 2]]
# inputs: [[1, "nan"]]
# inputs: [["-0.0", 0]]
# inputs: [[0, "-0.0"]]
# inputs: [["inf", "-inf"]]
# inputs: [[]]


def extremes_of_ints(n: int):
    xs = [(i * 7) % 5 - 2 for i in range(n)]
    flags = [True, 1, False, 0]
    pair = (4, 9)
    return [max(xs), min(xs), max(flags), min(flags), max(pair), min(pair)]


# inputs: [5]
# inputs: [1]


def extreme_of_empty(n: int):
    xs = [float(i) for i in range(n)]
    return max(xs)


# inputs: [0]
# inputs: [3]
