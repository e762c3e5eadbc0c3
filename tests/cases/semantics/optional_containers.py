# `xs: list[int] | None` (or Optional[...]) whose None returns first: past that line xs
# is what the rest of the annotation says (the check on entry lets None through).
from typing import Optional, Union


def total(values: list[int] | None):
    if values is None:
        return "none"
    return str(sum(values)) + " " + str(max(values, default=0))


# inputs: [null]
# inputs: [[]]
# inputs: [[3, -1, 7]]


def labels(counts: Optional[list[int]]):
    if counts is None:
        return []
    return [f"{i}={v * 2}" for i, v in enumerate(counts)]


# inputs: [null]
# inputs: [[1, -4]]


def widths(sizes: None | list[float]):
    if sizes is None:
        raise ValueError("no sizes")
    return [str(s) for s in sizes]


# inputs: [[1.5, 2]]
# inputs: [null]


def counts_of(values: Union[list[int], None]):
    if values is None:
        return "none"
    return str(sum(values))


# inputs: [null]
# inputs: [[2, 5]]


# `Union[int, None]` without a guard is `int | None`: `n or 0` an int, printed as one
# (a float, a str or a bool fails the check on entry: test_annotation_checks.py).
def next_page(n: Union[int, None], size: Union[None, int] = 10):
    return f"page {(n or 0) + 1} of {size}"


# inputs: [null]
# inputs: [3, 20]
# inputs: [0, null]
