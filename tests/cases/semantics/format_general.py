# f"{x:g}", f"{x:.3g}" and G: floats, ints and values of open type (a str among them
# takes the general engine and its ValueError).


def general_floats(values):
    xs = [float(v) for v in values]
    return [f"{x:g}|{x:.3g}|{x:G}|{x:.0g}|{x:.12g}" for x in xs]


# inputs: [[0, 1.5, -2.5, 1e-05, 123456, 1234567, 1e+16, 0.1, "inf", "-inf", "nan"]]


def general_ints(n: int):
    return [f"{n:g}", f"{n:.2g}", f"{-n:G}"]


# inputs: [7]
# inputs: [1234567]
# inputs: [0]


def general_open(v):
    return f"{v:g} {v:.4G}"


# inputs: [3]
# inputs: [2.75]
# inputs: [1e+300]
# inputs: [true]
# inputs: ["x"]
