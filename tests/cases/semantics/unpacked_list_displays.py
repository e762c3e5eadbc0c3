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


def starred_no_iterable(v):
    # CPython's words for a starred display item that is no iterable
    out = []
    for make in ("list", "tuple", "set"):
        try:
            if make == "list":
                out.append([*v])
            elif make == "tuple":
                out.append((*v, 1))
            else:
                out.append(sorted({*v}))
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [null]
# inputs: [5]
# inputs: [2.5]
# inputs: [true]
# inputs: ["ab"]
# inputs: [[3, 1]]
# messages
