# A tuple or list display mixing ints and floats, printed: each item prints as its own
# type says (an int's digits, a float's repr), in the display's brackets.


def pair_text(n: int):
    return str((n, n / 2))


# inputs: [4]
# inputs: [-3]


def list_in_fstring(n: int, label):
    mean = n / 4
    return f"{[n, mean, label, None, True]} {(mean,)!r} {[n, (n / 2, [n, 0.5])]}"


# inputs: [8, "x"]
# inputs: [0, "it's"]


def printed(xs: list[int]):
    total = sum(xs)
    print((len(xs), total / len(xs)), [total, 1.0])
    return repr((total, total * 1.5))


# inputs: [[1, 2, 3]]


def order_kept(n: int):
    seen = []

    def count(v: int):
        seen.append("count")
        return v

    def mean(v: float):
        seen.append("mean")
        return v

    text = str((count(n), mean(n / 2)))
    return [text, seen]


# inputs: [6]


def tuple_position_from_the_end(n: int):
    """A tuple's position written from the end (`t[-2]`) has that position's type, as
    `t[1]` has: an int or a float, each printed as it is."""
    t = (n, n / 2, n)
    return str(t[-2]), str(t[1]), f"{t[-1]} {t[-3]} {t[True]}"


# inputs: [3]
# inputs: [4]
