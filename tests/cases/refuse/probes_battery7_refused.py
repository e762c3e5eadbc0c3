# Probes, seventh battery: conversions that print numbers which may be ints or floats.


def ascii_conversion_of_mixed_numbers(y: float, n: int):
    x = float(y)
    return f"{(x, n)!a}"
# expect: CP115 6:15


def identity_of_computed_strs(s: str, t: str):
    # CPython: False (two objects); JS's === compares the texts.
    return s + t is s + t
# expect: CP100 12:12


def identity_of_an_int(n: int, m: int):
    return n * 1000 is not m
# expect: CP100 17:12
