# len(range(...)) and `x in range(...)` answer from the range's arguments, as CPython
# does: a range of 10**12 items is never made (its array would not fit).


def page_of(item, pages):
    """Which block of 10**9 ids an item's id falls in."""
    for p in range(pages):
        if item in range(p * 10**9, (p + 1) * 10**9):
            return p
    return None


# inputs: [5, 3]
# inputs: [2000000001, 3]
# inputs: [-1, 3]
# inputs: [3000000000, 3]


def sizes(n, step):
    return [
        len(range(10**12)),
        len(range(n)),
        len(range(0, n, step)),
        len(range(n, 0, step)),
    ]


# inputs: [10, 3]
# inputs: [10, -3]
# inputs: [-5, 2]
# inputs: [7, 0]


def members(x, n):
    return [
        x in range(n),
        x not in range(1, n, 2),
        x in range(n, -n, -3),
        True in range(2),
    ]


# inputs: [3, 10]
# inputs: [4, 10]
# inputs: [-6, 10]
# inputs: [10, 10]
# inputs: ["3", 10]
# inputs: [null, 4]
# inputs: [2.5, 4]
# inputs: [3, 2.5]


# Past 2**53 a range's length and membership are counted exactly: `stop - start - 1`
# rounds to `stop - start` there, and (2**54 + 4) / 3 to a whole number.
def range_past_two_to_53(stop, step):
    items = [i for i in range(0, stop, step)]
    steps = 0
    for _ in range(0, stop, step):
        steps += 1
    r = range(0, stop, step)
    return len(items), steps, len(r), stop in r, len(range(stop, 0, -step))


# inputs: [18014398509481984, 4503599627370496]
# inputs: [18014398509481984, -4503599627370496]


def member_past_two_to_53(x, stop, step):
    return x in range(0, stop, step), x in range(stop, 0, -step)


# inputs: [18014398509481988, 100000000000000000, 3]
# inputs: [18014398509481992, 100000000000000000, 3]
# inputs: [99999999999999984, 100000000000000000, 3]
# inputs: [-18014398509481988, 100000000000000000, 3]


# `a, b, *rest = range(n)` unpacks the range as a list would, with the same errors.
def unpack_range(n):
    try:
        a, b, *rest = range(n)
        [c, d] = range(1, n, 2)
        return a, b, rest, c, d
    except ValueError as e:
        return str(e)


# inputs: [4]
# inputs: [5]
# inputs: [1]
# inputs: [2]
# messages
