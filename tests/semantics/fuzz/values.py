"""The inputs programs are fed, shaped as Dash delivers them."""

from __future__ import annotations

BIG = 2**53
INTS = [0, 1, -1, 2, 3, -7, 10, 255, 1000, -1000, BIG - 1, -(BIG - 1), 10**15, 123456]
FLOATS = [
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.5,
    0.1,
    0.25,
    3.14159,
    -0.0,
    1e-7,
    1e16 + 2,
    12345.678,
]
STRS = [
    "",
    "a",
    "ab",
    " x ",
    "Hé",
    "ß",
    "ǅ",
    "\t",
    "10",
    "-3",
    "2.5",
    "a b",
    "€uro",
    "Z",
]
KEYS = ["a", "b", "k", "x"]

# Parameter kinds: (name, annotation or None)
KINDS = ["int", "float", "num", "bool", "none", "str", "lint", "lfloat", "lnum", "dict"]
KINDS += ["tree"]  # lists and dicts nested in each other
ANNOTATION = {
    "int": "int",
    "float": "float",
    "bool": "bool",
    "str": "str",
    "lint": "list[int]",
    "lfloat": "list[float]",
}


def json_like(x):
    """What the value becomes on its way through JSON from the browser: integral floats
    are ints there, below 1e21 (from there JS writes an exponent, which reads as a
    float)."""
    if isinstance(x, float) and x.is_integer() and x != 0 and abs(x) < 1e21:
        return int(x)
    if isinstance(x, float) and x == 0:
        return 0  # JSON.stringify(-0) is "0"
    if isinstance(x, list):
        return [json_like(v) for v in x]
    if isinstance(x, dict):
        return {k: json_like(v) for k, v in x.items()}
    return x
