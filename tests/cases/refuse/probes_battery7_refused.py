# Probes, seventh battery: conversions that print numbers which may be ints or floats.


def ascii_conversion_of_mixed_numbers(y: float, n: int):
    x = float(y)
    return f"{(x, n)!a}"
# expect: CP115 6:15
