# map(str, xs) and map(repr, xs) over items known to be floats print them as floats
# (`",".join(map(str, [x / 2 for x in xs]))` is '1.0,1.5'); a list given to map or
# filter with a builtin that changes nothing keeps its items' types. Items that may be
# ints or floats are refused (refuse/printing_ambiguous.py and the like).


def floats_mapped_to_str(xs: list[int]):
    ys = [x / 2 for x in xs]
    return [
        ",".join(map(str, ys)),
        list(map(repr, ys)),
        list(map(str, (x * 1.0 for x in xs))),
        [str(v) for v in filter(None, ys)],
        sum(map(len, map(str, ys))),
    ]


# inputs: [[2, 3, 0]]
# inputs: [[]]


def float_tuples_mapped(xs: list[int]):
    pairs = [(x / 2, "a") for x in xs]
    return list(map(str, pairs))


# inputs: [[2, 5]]


def ints_mapped(xs: list[int]):
    doubled = [x * 2 for x in xs]
    return " ".join(map(str, doubled))


# inputs: [[1, 2]]
