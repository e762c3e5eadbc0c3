# zip(strict=True): the pairs up to where one iterable runs out, then ValueError
# naming which; a loop's body has run for each pair by then.


def paired(names, values):
    out = []
    try:
        for n, v in zip(names, values, strict=True):
            out.append(f"{n}={v}")
    except ValueError as e:
        out.append(str(e))
    return out


# inputs: [["a", "b"], ["1", "2"]]
# inputs: [["a", "b"], ["1"]]
# inputs: [["a"], ["1", "2"]]
# inputs: [[], []]


def as_dict(keys: list[str], values: list[int]):
    return dict(zip(keys, values, strict=True))


# inputs: [["a", "b"], [1, 2]]
# inputs: [["a", "b"], [1, 2, 3]]


def three(a, b, c):
    return [x + y + z for x, y, z in zip(a, b, c, strict=True)]


# inputs: [[1], [2], [3]]
# inputs: [[1], [2], []]
# inputs: [[], [], [3]]


def not_strict(a, b):
    return list(zip(a, b, strict=False))


# inputs: [[1, 2], [3]]
