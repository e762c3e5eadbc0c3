# `n: int | None` past `if n is None: return ...` is an int: abs(), divmod() and //
# of it print as ints.


def duration_label(n: int | None):
    if n is None:
        return "-"
    m, s = divmod(abs(n), 60)
    return f"{'-' if n < 0 else ''}{m}:{s:02d}"


# inputs: [null]
# inputs: [125]
# inputs: [-61]
# inputs: [0]


def minutes(n: int | None):
    if n is None:
        return "-"
    return str(abs(n) // 60) + " min"


# inputs: [null]
# inputs: [3600]
# inputs: [-59]


def absolute_open(n: int | None):
    return str(abs(n)) if n is not None else "none"


# inputs: [null]
# inputs: [-4]


# Two ints-or-None added or subtracted are an int (or None's TypeError): printed as one.
def seconds_since(now: int | None, modified: int | None):
    return f"{(now - modified) // 1000} s ago, {now + modified} in all"


# inputs: [5000, 1000]
# inputs: [1700000123456, 1700000000000]
# inputs: [null, 1000]
# inputs: [5000, null]
