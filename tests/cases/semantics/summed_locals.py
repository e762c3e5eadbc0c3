# A local that sums what Dash sent (`total = 0`, then `total += v`) prints as CPython
# prints it: an int, or a float where one of its terms was (0.5 + 0.5 is 1.0), which
# a flag beside it records as the terms are added (sum_flags.py).

import math


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


def kept_then_printed(a, b, ys):
    # a sum of Dash's numbers kept in a local first, and terms that may be None
    t = a + b
    d = a - b * 2
    acc = 0
    for y in ys:
        acc += y or 0
    return [f"{t}", str(d), repr(acc), f"{t + acc}"]


# inputs: [0.5, 0.5, [1, null, 2]]
# inputs: [1, 2, [0.5, 0.5]]
# inputs: [2.5, 1, []]
# inputs: [1, 2, [""]]
# inputs: [1, 2, ["x"]]


def kept_may_be_text(a, b, n_clicks: int | None, on: bool):
    # what is assigned may be no number: printed as it is
    t = a + b
    c = n_clicks
    f = on
    u = a * 2
    return [f"{t}", str(c), repr(f), f"{u}", f"{t:>6}"]


# inputs: ["ab", "cd", null, true]
# inputs: [[1], [2.5], 3, false]
# inputs: [0.5, 0.5, 2, true]
# inputs: [1, 2, null, false]


def product_kept_in_a_variable(a: float, b: float):
    total = a * b
    return str(total)


# inputs: [0.5, 4]
# inputs: [2, 3]
# inputs: [0.5, 0.5]


def pages_of(n, size):
    size = int(size) if size else 10
    pages = (n + size - 1) // size
    return f"{pages} pages"


# inputs: [25, 10]
# inputs: [2.5, 10]
# inputs: [25, null]
# inputs: [0.5, 1]


# sum() of a list Dash sent: CPython's starts from the int 0, so it is a float exactly
# when an item is one, which the item's fraction tells.


def sums_printed(values):
    try:
        return [
            str(sum(values)),
            f"{sum(values)}",
            f"{sum(values):>6}",
            repr(sum(values) * 2),
            f"{sum(values) - 1}",
        ]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [[1, 2, 3]]
# inputs: [[0.5, 0.5]]
# inputs: [[1e-20, 1]]
# inputs: [[]]
# inputs: [[true, 2]]
# inputs: [[2.5, -2.5]]
# inputs: [["a"]]
# inputs: [null]
# inputs: [{"a": 1}]
# inputs: [[[1], [2]]]
# messages


def typed_sum(values: list[int], prices: list[float]):
    return [str(sum(values)), f"{sum(prices)}"]


# inputs: [[1, 2], [0.5, 0.5]]
# inputs: [[], []]
# inputs: [[3], [2.5]]


def negated(xs):
    t = 0
    for x in xs:
        t += x
    return [f"{-t:+}", str(-t), math.copysign(1.0, -t)]


# inputs: [[]]
# inputs: [[3, -3]]
# inputs: [[0.5, -0.5]]
# inputs: [[2, 0.5]]


# Items read by a constant or a local's key give the same value when read again after
# the arithmetic: their fractions tell too.


def totals_of_rows(rows):
    total = 0
    discount = 0
    for r in rows:
        total += r["price"] * r["qty"]
        d = r.get("disc") or 0
        discount -= d
    first = str(rows[0]["price"] * rows[0]["qty"]) if rows else "-"
    return [
        f"{total}",
        str(discount),
        first,
        f"{-(rows[-1]['qty'] * 0)}" if rows else "-",
    ]


# inputs: [[{"price": 2, "qty": 3}, {"price": 1, "qty": 4}]]
# inputs: [[{"price": 0.5, "qty": 2, "disc": 0.5}, {"price": 1, "qty": 4}]]
# inputs: [[{"price": 0.25, "qty": 4, "disc": 1}]]
# inputs: [[{"price": -2.5, "qty": 0}]]
# inputs: [[]]
# inputs: [[{"price": "ab", "qty": 2}]]
# inputs: [[{"price": 1}]]


def by_index(xs, i):
    return [
        str(xs[0] * xs[1] * xs[2]),
        f"{xs[i] - xs[0]}",
        math.copysign(1, xs[0] * xs[1] * xs[2]),
    ]


# inputs: [[0, 0, -3], 1]
# inputs: [[0.5, 0, -3], 2]
# inputs: [[1, 2, 3], -1]
# inputs: [[1.5, 2.5, 1], 0]


def added_by_assignment(values):
    total = 0
    back = 0
    for v in values:
        total = total + v
        back = v + back
    return [f"{total}", str(back)]


# inputs: [[1, 2]]
# inputs: [[0.5, 0.5]]
# inputs: [[]]
# inputs: [["a"]]


# `n or 0` of a float zero (0.5 - 0.5) is the int 0: the float flag counts n only
# where it is true.


def float_zero_or_int(xs, a, b):
    total = 0
    for v in xs:
        total += v
    t = a - b
    return [str((total or 0) + 1), f"{(t or 0) * 3}", math.copysign(1, -(t or 0))]


# inputs: [[0.5, -0.5], 0.5, 0.5]
# inputs: [[0.5], 1.5, 1]
# inputs: [[], 2, 1]
# inputs: [[1, 2], 0.25, 0]


def units_label(rows):
    units = 0
    for r in rows:
        units += r["qty"]
    return f"Units: {units}"


# inputs: [[{"qty": 0.5}, {"qty": 0.5}]]
# inputs: [[{"qty": 1}, {"qty": 2}]]
# inputs: [[]]
# inputs: [[{"qty": "a"}]]


def by_key_and_first(data, values):
    total = 0
    for k in data:
        total += data[k]
    first = values[0]
    for v in values[1:]:
        first += v
    return [str(total), f"{first}"]


# inputs: [{"a": 0.5, "b": 1.5}, [0.5, 0.5]]
# inputs: [{"a": 1}, [2, 3]]
# inputs: [{}, [-0.25]]
