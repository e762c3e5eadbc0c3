"""A callback's parameter rebound as a running sum (`n = n or 0; n += step`) prints as
CPython prints it: what Dash sent is a float by its fraction, and so is the sum."""


def counter(n, step):
    n = n or 0
    n += step
    return f"{n}"


# inputs: [null, 1]
# inputs: [2, 0.5]
# inputs: [0.5, 0.5]
# inputs: [1.5, -1.5]
# inputs: [true, 1]
# inputs: [0, 0]
# inputs: ["a", 1]
# inputs: [[1], [2]]


def counter_or_zero_again(n, step):
    n = n or 0
    n -= step
    n = n or 0
    return [str(n), f"{n:>4}", "%s" % n]


# inputs: [0.5, 0.5]
# inputs: [1, 0.25]
# inputs: [null, null]


def clicks_added(n_clicks, extra):
    n_clicks += extra
    if n_clicks > 3:
        n_clicks = 0
    return "clicked %s times" % n_clicks


# inputs: [1, 1]
# inputs: [1, 0.5]
# inputs: [3.5, 0.5]


def parameter_printed_before_and_after(total, values):
    before = f"{total}"
    for v in values:
        total += v
    return [before, f"{total}"]


# inputs: [0, [0.5, 0.5]]
# inputs: [1.5, [1]]
# inputs: [2, []]


def parameter_beside_a_default(n, step=1):
    n = n or 0
    return f"{n} {step}"


# inputs: [0.5]
# inputs: [null, 2]


def rebound_to_an_int_then_halved(n, flag):
    n = int(n or 1)
    if flag:
        n = n / 2
    return f"{n}"


# inputs: [3, true]
# inputs: [3, false]
# inputs: [null, 1]
# inputs: [2.5, 0]
