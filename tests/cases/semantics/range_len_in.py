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
