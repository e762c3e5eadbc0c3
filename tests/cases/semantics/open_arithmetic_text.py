# Arithmetic of values Dash sent, of open type, printed: a number prints as CPython
# prints the result (a float where an operand has a fraction: 0.5 * 2 is 1.0), and a
# result that is no number (a str repeated or %-formatted, a list repeated or joined)
# prints as it is.

import math


def doubled(value):
    return f"{value * 2}"


# inputs: [3]
# inputs: [0.5]
# inputs: [-2.5]
# inputs: [1e16]
# inputs: ["ab"]
# inputs: [[1, 2.5]]
# inputs: [true]
# inputs: [null]


def two_values(a, b):
    return [f"{a - b}", f"{a + b:>8}", str(a * b), f"{a // b}", f"{-a + b}"]


# inputs: [7, 2]
# inputs: [7.5, 2.5]
# inputs: [2.5, 0.5]
# inputs: [-3, 1.5]
# inputs: [true, 2]
# inputs: [1e300, 1e300]


def concatenated(a, b):
    return f"{a + b}"


# inputs: ["ab", "cd"]
# inputs: [[1], [2.5, "x"]]
# inputs: [1, "x"]
# inputs: [{"a": 1}, 2]


def formatted_with(template, value):
    return f"{template % value}"


# inputs: ["%s!", 2]
# inputs: ["%s!", 2.5]
# inputs: ["%d!", 2.5]
# inputs: [7, 2]
# inputs: [7.5, 2]


def labels(xs):
    return ", ".join(str(x * 2) for x in xs)


# inputs: [[1, 0.5, 2.25, "z"]]
# inputs: [[]]


def by_count(price, qty: int):
    return str(price * qty) + " / " + f"{price - qty}"


# inputs: [0.5, 4]
# inputs: [3, 4]
# inputs: ["x", 3]


def int_mod_dash_number(n):
    return str(7 % n)  # 7 % 2.5 is 2.0


# inputs: [2.5]
# inputs: [2]
# inputs: [-1.5]


def dash_sum_floordiv_dash_number(n, m):
    a = n - 1
    return str(a // m)  # (4.5 - 1) // 0.5 is 7.0


# inputs: [4.5, 0.5]
# inputs: [5, 2]
# inputs: [5, 0.5]


def times_clicks(n, clicks: int | None):
    return f"{n * clicks} {n // clicks}"  # 0.5 * 2 is 1.0


# inputs: [0.5, 2]
# inputs: [3, 2]
# inputs: [7.5, 2]
# inputs: [1, null]


def read_before_rebinding(n):
    first = f"{n}"
    n = int(n or 1)
    return first + f"{7 // n}"


# inputs: [2.5]
# inputs: [null]
# inputs: [3]


def rebound_in_a_branch(n, flag):
    if flag:
        n = int(n)
    return f"{7 // n}"


# inputs: [2.5, true]
# inputs: [2.5, false]
# inputs: [2, false]


def shown_by_repr(a, b):
    return [repr(a * b), f"{a + b!r}", f"{a - b!a}", "%r" % (a * b,), [a * b]]


# inputs: ["é", 2]
# inputs: [0.5, 2]
# inputs: [[1, "x"], 2]
# inputs: [3, 2]


def dash_number_floordiv_optional_int(n, clicks: int | None):
    return repr(n // clicks)  # 7.5 // 2 is 3.0


# inputs: [7.5, 2]
# inputs: [7, 2]


def dash_sum_times_optional_int(n, clicks: int | None):
    a = n + 1
    return str(a * clicks)  # (0.5 + 1) * 2 is 3.0


# inputs: [0.5, 2]
# inputs: [1, 2]


def ascii_of_a_number_that_may_be_either(a, b):
    return ascii(a * b)


# inputs: [0.5, 2]
# inputs: [3, 2]
# inputs: ["é", 2]


def items_of_printed_displays(a, b):
    return [str([a * b]), f"{[a + 1, b]}", repr((a * 2,)), str([a - b, [a * 2]])]


# inputs: [0.5, 2]
# inputs: [3, 2]
# inputs: ["ab", 2]
# inputs: [1234.5, -3]


# A product of Dash's numbers that is zero: the int 0 where no operand has a fraction
# (JS's 0 * 3 * -3 is -0), a float's signed zero where one has (0.5 * 0 * -3 is -0.0).


def zero_products_shown(a, b, c):
    x = a * b * c
    y = (a - b) * c
    return [
        f"{a * b * c:+}",
        f"{(a - b) * c:+.1f}",
        f"{a // b * c:g}",
        "%.1f" % (a * b * c),
        float(x),
        math.copysign(1.0, y),
        f"{a * b + b * c:+}",
    ]


# inputs: [0, 3, -3]
# inputs: [1, 1, -3]
# inputs: [0.5, 0, -3]
# inputs: [2.5, 2.5, -1]
# inputs: [0, 2.5, -3]
# inputs: [2, 3, 4]
# inputs: [true, false, -2]


def zero_product_as_int(a, b, c):
    try:
        return f"{a * b * c:d}"
    except ValueError as e:
        return str(e)


# inputs: [0, 3, -3]
# inputs: [0.5, 0, -3]


# A float's zero keeps CPython's sign through `-`, `//` and `%` (0.0 // -3 is -0.0),
# an int's zero has none (0 // -3 is 0): the operands' fractions tell which.


def float_zero_negated(a, b):
    return [f"{-(a * b)}", math.copysign(1, -(a - b)), str(-(a - b))]


# inputs: [2.5, 0]
# inputs: [0.5, 0.5]
# inputs: [0, 3]
# inputs: [3, 3]
# inputs: [true, 0]
# inputs: ["ab", 0]


def float_zero_divisions(a, b, c):
    try:
        return [
            str((a - b) // c),
            str((a - b) % c),
            str(a // (b * c)),
            str(a * b % c),
            f"{a * b // c}",
        ]
    except (ZeroDivisionError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


# inputs: [0.5, 0.5, -3]
# inputs: [0, 0.5, -4]
# inputs: [1, 1, -3]
# inputs: [0, 3, -3]
# inputs: [2.5, 1, 2]
# inputs: [0.5, 0.5, 0]
# inputs: [1, 1, 0]
# inputs: ["ab", 1, 2]
# inputs: [true, 0.5, -1]
# messages


# abs() and round(x, digits) keep an int an int and a float a float, and `n or 0` is n
# where n is true: their arithmetic prints as the operands' fractions tell.


def wrapped_arithmetic(a, b, n):
    try:
        return [
            str(abs(a - b)),
            f"{(n or 0) * 2}",
            str(round(a * b, 1)),
            f"{round(a - b, 0)}",
            repr(abs(a) + (n or 0)),
            f"{round(a * 10, -1)}",
        ]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [3, 5, null]
# inputs: [0.5, 2.5, 4]
# inputs: [0.25, 4, 0.5]
# inputs: [1.5, 1.5, 0]
# inputs: [-7, 2, true]
# inputs: [1234.5678, 1, ""]
# inputs: ["ab", 1, 2]
# inputs: [15, 0, 1e21]
# messages


def float_zero_divmod(a, b, c):
    try:
        q, r = divmod(a - b, c)
        return [math.copysign(1, q), math.copysign(1, r), q, r]
    except (ZeroDivisionError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


# inputs: [0.5, 0.5, -3]
# inputs: [0.5, 0, -3]
# inputs: [1, 1, -3]
# inputs: [2.5, 1, 0]
# inputs: [7, 2, 3]
# inputs: ["a", "b", 2]
# messages


def rounded_or_absolute_of_floats(x: float, a: float, b: float):
    return [f"{round(x * 3, 1)}", f"{a * abs(b)}"]


# inputs: [0.5, 2, -3]
# inputs: [2, 0.5, -2]
# inputs: [1.25, 0, -0.5]


def percent_of_a_bare_value(a, b, values):
    total = 0
    for v in values:
        total += v
    try:
        return ["%s" % total, "%s!" % (a * b), "%r" % (a - b), "%.1f|%d" % (a * b, 1)]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [0.5, 4, [0.5, 0.5]]
# inputs: [3, 2, [1, 2]]
# inputs: ["ab", 2, []]
# inputs: [[1], 2, [true]]
# messages


def formatted_by_str_format(a, b, n):
    try:
        return [
            "{} {}".format(a * b, n),
            "{:>7}".format(a * b),
            format(a * b),
            format(a * b, ","),
            "{0}|{0!r}".format(a - b),
        ]
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)


# inputs: [0.5, 4, 3]
# inputs: [1500, 2, 2.5]
# inputs: [0.25, 0.5, null]
# inputs: ["ab", 2, "x"]
# inputs: [0, -3, 0]
# messages


def once_refused_formats(n, xs, a: float, b: float, k: int):
    # each of these was refused; its kind is now asked at run time
    t = sum(xs)
    y = a * k
    try:
        x = "%x" % y
    except TypeError as e:
        x = "TypeError: " + str(e)
    return [
        "{:,}".format(n * 1000),
        "{0} ({0:.2f})".format(t),
        "{:{}.2f}".format(t, n),
        "%s" % (a + b),
        x,
    ]


# inputs: [2, [1, 2], 0.5, 0.25, 4]
# inputs: [2.5, [0.5, 0.5], 1.5, 2, 3]
# inputs: [1, [], 2, 1, 5]
# messages
