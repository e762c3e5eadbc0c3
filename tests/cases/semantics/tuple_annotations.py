# A tuple annotation on what Dash sends: JSON has no tuples, so the value is a list,
# and CPython (which checks no annotation) runs on that list.


def pair_sum(t: tuple[int, int]):
    a, b = t
    return [a + b, isinstance(t, tuple), isinstance(t, list), str(t)]


# inputs: [[7, 2]]
# inputs: [[-1, 3]]


def concatenated_with_a_tuple(t: tuple[float, ...]):
    try:
        return t + (1,)
    except TypeError:
        return "TypeError"


# inputs: [[0.5, 2]]


def rows_of_pairs(rows: list[tuple[str, int]]):
    out = []
    for name, n in rows:
        out.append(f"{name}={n}")
    return [out, [r + ["x"] for r in rows]]


# inputs: [[["a", 1], ["b", 2]]]


def plain_tuple(t: tuple):
    return [len(t), t[0], type(t).__name__]


# inputs: [[1, "x"]]
