# Probes: parameters with Optional, union, string and container annotations.
from typing import Optional


def optional_int(n: Optional[int]):
    return [str(n), n is None, str(n * 2) if n is not None else "none"]


# inputs: [3]
# inputs: [null]


def union_int_none(n: int | None):
    return [str(n), (n or 0) + 1]


# inputs: [4]
# inputs: [null]


def list_of_str(xs: list[str]):
    return ["".join(xs), [x.upper() for x in xs], len(xs)]


# inputs: [["a", "b"]]


def dict_annotation(d: dict):
    return [sorted(d), len(d)]


# inputs: [{"b": 1, "a": 2}]


def bool_annotation_ops(b: bool):
    return [str(b), str(b + 1), str(not b), b * "x", [b] * 2]


# inputs: [true]
# inputs: [false]


def str_annotation(s: str):
    return [s * 2, s + "!", str(s), f"{s:>4}"]


# inputs: ["ab"]
