# round(x, n) of a float is an int where n is None and a float where n is an int: where
# n may be either, the result cannot be printed (a JS number cannot tell 4 from 4.0).


def digits_maybe_none(x, n):
    y = round(float(x), n)
    return str(y)
# expect: CP115 7:16


def digits_annotated_optional(x, n: int | None = None):
    return f"{round(float(x), n)}"
# expect: CP115 12:15
