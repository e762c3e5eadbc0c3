# Probes, fourth battery: numbers from Dash (ints, or floats with a fraction) meeting
# ints, where a result that may be an integral float must not print as an int. Each on
# the inputs that showed the difference. (Results CPython gives as an integral float
# that a JS number cannot keep apart from an int raise instead: see
# tests/semantics/test_lost_fraction.py.)


def int_mod_dash_number(n):
    # 7 % 2.5 is 2.0: a remainder by a float is a float, integral or not.
    return [7 % n, 10 % n, n % 3, -n % 3, f"{7 % n:.1f}"]


# inputs: [2.5]
# inputs: [3]
# inputs: [-2.5]
# inputs: [0.5]


def int_mod_dash_number_printed(n):
    try:
        return [str(n % 3), f"{n % 4}", repr(-n % 3), "%s" % (n % 5)]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [2.5]
# inputs: [7]
# inputs: [-0.75]
# inputs: ["x"]
# messages


def dash_number_with_optional_int(n, clicks: int | None):
    # `int | None` is an int where it is not None: 0.5 * 2 is 1.0, 7.5 // 2 is 3.0.
    try:
        return [n * clicks, n // clicks, n % clicks, n + clicks, n - clicks]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [0.5, 2]
# inputs: [7.5, 2]
# inputs: [3, 2]
# inputs: [2.5, null]
# messages


def dash_number_with_optional_int_printed(n, clicks: int | None):
    try:
        return [str(n + clicks), str(n - clicks), str(clicks - n), str(n % clicks)]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [0.5, 2]
# inputs: [7.5, 2]
# inputs: [3, 2]
# inputs: [2.5, null]
# messages


def dash_sum_times_optional_int(n, clicks: int | None):
    a = n + 1
    try:
        return [a * clicks, a // clicks, a % clicks, f"{a * clicks:.2f}"]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [0.5, 2]
# inputs: [2, 3]
# inputs: [1, null]
# messages


def dash_sum_times_dash_number(n, m):
    a = n - 1
    return [a * m, a // m, a % m, a**m, f"{a * m:g}"]


# inputs: [2.5, 2]
# inputs: [4, 3]
# inputs: [1.5, 0.5]


def augmented_dash_numbers(n, d: dict, clicks: int | None):
    n += 1
    d["k"] += 1
    d["j"] -= clicks
    d["m"] %= 3
    return [str(n), str(d["k"]), str(d["j"]), str(d["m"]), d]


# inputs: [0.5, {"k": 1.5, "j": 2.25, "m": 7.5}, 2]
# inputs: [2, {"k": 1, "j": 2, "m": 7}, 2]


def augmented_list_items(rows: list, i: int):
    rows[i] += 1
    rows[0] -= 2
    try:
        rows += 1
    except TypeError as e:
        return [str(rows[i]), str(rows), "TypeError: " + str(e)]
    return rows


# inputs: [[0.5, 1.25], 1]
# inputs: [[5, 6], 1]
# messages


def remainders_of_dash_numbers(n, clicks: int | None):
    try:
        return [str(n % clicks), str(n % 7), str(n % True), str(-n % 3)]
    except (TypeError, ZeroDivisionError) as e:
        return "E: " + str(e)


# inputs: [7.5, 2]
# inputs: [-7.5, 2]
# inputs: [7, 2]
# inputs: [7.5, null]
# inputs: [7.5, 0]
# inputs: ["%s!", 2]
# messages
