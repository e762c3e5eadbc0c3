# An int made from a float past 2**53 is the float's exact value: CPython prints all its
# digits, where JS's String() gives the shortest digits that round to the same float.
import math


def int_of_big_float(x: float):
    n = int(x)
    return [str(n), f"{n}", repr(n), str(round(x)), f"{math.floor(x)}", str([n])]


# inputs: [43527002594115792.0]
# inputs: [1e20]
# inputs: [-9.007199254740993e17]
# inputs: [12.5]
