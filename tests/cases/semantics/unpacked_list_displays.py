# `a, b = [x, x / 2]`: each name takes its own item's type, as from a tuple display.


def unpacked_display(xs):
    a, b = [xs[0], xs[0] / 2]
    return [str(a), str(b), repr(b)]


# inputs: [[4]]
# inputs: [[2.5]]
# inputs: [["s"]]


def nested_display(n: int):
    [a, [b, c]] = [n, [n / 2, "s"]]
    return f"{a} {b} {c}"


# inputs: [4]
# inputs: [-3]
