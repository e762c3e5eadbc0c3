# Probes: integers past 2**53 from strings, JSON and float conversions.
import json


def big_float_to_int(x: float):
    try:
        return str(int(x * 1e10))
    except OverflowError:
        return "OverflowError"


# inputs: [123456789.5]


def round_big_float(x: float):
    try:
        return [round(x * 1e20), str(round(x * 1e20))]
    except OverflowError:
        return "OverflowError"


# inputs: [1.5]
