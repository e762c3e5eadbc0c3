# Ints made by `+ - *` print with String(): the checks keep them below 2**53. Ints from
# Dash (parameters) may be past it and print the exact value's digits.


def printed(a: int, b: int):
    c = a * b
    d = a - b
    e = c + d
    e += 1
    return [str(c), f"{d}", f"{e}!", repr(a * 0), f"{-a * 0}", str(a), f"{b}"]


# inputs: [3, 4]
# inputs: [0, -5]
# inputs: [-7, 0]
# inputs: [94906265, 94906263]


def from_dash(a: int):
    return [str(a), f"{a}"]


# inputs: [1152921504606846976]
# inputs: [-9007199254740994]


def counted(xs: list[int]):
    n = 0
    total = 0
    for x in xs:
        n = n + 1
        total = total + x * 2
    return f"{n} items, total {total}"


# inputs: [[1, 2, 3]]
# inputs: [[]]
