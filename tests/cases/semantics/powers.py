# Powers print as CPython prints them: an int to a negative int is a float.


def int_pow_negative_literal(n: int):
    return [str(n**-1), str(n**-2), str(n**2), str(pow(n, -1)), str(pow(n, 2))]


# inputs: [1]
# inputs: [-1]
# inputs: [2]


def pow_variants(n: int):
    return [
        str(pow(2, 2.0)),
        str(pow(2.0, 2)),
        str(pow(n, 0.5)),
        str(pow(n, -1)),
        str(pow(n, 2)),
        str(n**0.5),
        str(4**0.5),
        str(pow(4, 0.5)),
    ]


# inputs: [4]


def builtins_keep_float_results(n: int):
    return [
        str(pow(2, 2.0)),
        str(2**2.0),
        str(divmod(7, 2.0)),
        str(abs(-2.0)),
        str(-(-2.0)),
        str(+2.0),
        str(round(2.0)),
        str(round(2.0, 0)),
        str(round(n)),
        str(round(n, 1)),
        str(round(n, -1)),
        str(2**-1),
        str(n**2),
        str(int(2.9)),
    ]


# inputs: [3]
