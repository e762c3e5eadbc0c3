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


def powers_of_dash_numbers(n, clicks: int | None, k: int):
    # Values only: pow(2.5, 0) is 1.0 and 1 ** -1 is 1.0, which print as floats (see
    # tests/cases/refuse/probes_battery4_refused.py).
    out = []
    for f in (
        lambda: pow(n, 0),
        lambda: pow(n, 2),
        lambda: pow(n, -1),
        lambda: pow(4, n),
        lambda: clicks**-1,
        lambda: clicks**k,
        lambda: pow(clicks, k),
        lambda: pow(n + 1, 0),
        lambda: clicks**2,
        lambda: f"{pow(n, 0):.1f}",
    ):
        try:
            out.append(f())
        except (TypeError, ZeroDivisionError) as e:
            out.append(str(e))
    return out


# inputs: [2.5, 1, -1]
# inputs: [1, 2, -2]
# inputs: [0.5, 4, 2]
# inputs: [0, null, 3]
# messages


def optional_int_squared_printed(clicks: int | None):
    try:
        return [str(clicks**2), f"{pow(clicks, 3)}"]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [3]
# inputs: [null]
# messages


def divmod_of_dash_numbers(n, clicks: int | None):
    try:
        q, r = divmod(n, clicks)
        return [q, r, divmod(n, 1), divmod(7, n), f"{q:.1f}", str(divmod(clicks, 3))]
    except (TypeError, ZeroDivisionError) as e:
        return str(e)


# inputs: [2.5, 1]
# inputs: [7, 2]
# inputs: [-0.5, 4]
# inputs: [1, 0]
# inputs: [1, null]
# messages
