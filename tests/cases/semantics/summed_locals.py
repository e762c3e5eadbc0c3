# A local that sums what Dash sent (`total = 0`, then `total += v`) prints as CPython
# prints it: an int, or a float where one of its terms was (0.5 + 0.5 is 1.0), which
# a flag beside it records as the terms are added (sum_flags.py).


def total_label(values):
    total = 0
    for v in values:
        total += v
    return f"Total: {total}"


# inputs: [[1, 2, 3]]
# inputs: [[0.5, 0.5]]
# inputs: [[1e-20, 1]]
# inputs: [[2.5, -2.5]]
# inputs: [[]]
# inputs: [[true, true]]
# inputs: [[1e21]]
# inputs: [[1, "a"]]
# inputs: [[null]]


def totals_shown(rows):
    total = 0
    count = 0
    for r in rows:
        price = r["price"]
        qty = r["qty"]
        total += price * qty
        count += 1
    return [str(total), repr(total), f"{total:>8}", f"{total * 2}", f"{total!r}", count]


# inputs: [[{"price": 2, "qty": 3}, {"price": 1, "qty": 4}]]
# inputs: [[{"price": 0.5, "qty": 2}, {"price": 1, "qty": 4}]]
# inputs: [[{"price": 0.25, "qty": 4}]]
# inputs: [[{"price": 0, "qty": -3}]]
# inputs: [[{"price": -0.5, "qty": 0}]]
# inputs: [[]]


def reset_and_taken(values, cut):
    # each reset makes it an int again; `-=` counts as `+=`
    total = 0
    shown = []
    for v in values:
        if v == cut:
            total = 0
        else:
            total -= v
        shown.append(str(total))
    return shown


# inputs: [[0.5, 1, 2, 0.5], 1]
# inputs: [[1, 2, 3], 2]
# inputs: [[0.25, 0.75, 3], 3]


def printed_inside(values):
    total = 0
    for v in values:
        total += v

    def label(prefix):
        return f"{prefix}{total}"

    return [label("= "), [f"{total}/{i}" for i in range(2)], str([total, 1])]


# inputs: [[1, 2]]
# inputs: [[0.5, 1.5]]


def int_terms(values, n_clicks: int | None):
    total = 0
    for v in values:
        total += v
    total += n_clicks or 0
    total += 2
    return str(total)


# inputs: [[1.5, 0.5], 3]
# inputs: [[1, 2], null]


def summed_differences(xs, ys):
    total = 0
    for x, y in zip(xs, ys):
        total += x - y
    return f"{total}"


# inputs: [[1.5, 2], [0.5, 1]]
# inputs: [[3, 2], [1, 1]]
