# Parameters that are an int or None (what Dash sends for n_clicks) print exactly, and
# ints computed from them too; None still raises where Python raises.


def clicks_label(n: int | None):
    if n is None:
        return "never"
    return [f"{n * 10} points", str(n + 1), f"{n // 2}", repr(n % 3)]


# inputs: [null]
# inputs: [0]
# inputs: [7]


def none_times_int_raises(n: int | None):
    return n * 2


# inputs: [null]
# inputs: [4]


def counter_from_none(data):
    count = None
    for _ in data:
        count = 1 if count is None else count + 1
    return str(count)


# inputs: [[]]
# inputs: [["a", "b", "c"]]
