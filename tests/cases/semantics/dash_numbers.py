# Arithmetic of an int with a number of open type (Dash's data): `n + 1` is a number
# that prints as Python prints it (an int, or a float with a fraction), so operators
# after it are plain JS, and printing it stays allowed.


def printed(n):
    m = n + 1
    k = 10 - n
    return [str(m), f"{k}", repr(m - 1), str(-(n - 1)), str(abs(n - 5))]


# inputs: [2]
# inputs: [2.5]
# inputs: [1]
# inputs: [-0.25]
# inputs: [true]


def after_the_sum(n):
    m = n + 1
    return [m / 2, str(m / 2), m * 2, m // 2, m % 2, m**2, m > 2, m == 3, bool(m - 1)]


# inputs: [2]
# inputs: [2.5]
# inputs: [0]
# inputs: [-1.5]


def not_a_number(n):
    try:
        return n + 1
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: ["a"]
# inputs: [null]
# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: [false]


def conversions(n):
    m = n - 3
    out = [float(m), str(float(m)), int(m), round(m), isinstance(m, int), m is None]
    out.append(f"{m:.2f}")
    try:
        out.append(f"{m:d}")
    except ValueError as e:
        out.append("ValueError: " + str(e))
    return out


# inputs: [4]
# inputs: [4.5]


def as_keys_and_items(n):
    d = {n + 1: "one", n + 2: "two"}
    xs = [n + 1] * 3
    return [
        d.get(n + 1),
        d.get(3),
        xs,
        min(n + 1, 3),
        max(n - 1, 0),
        sorted([n + 1, 0, n]),
    ]


# inputs: [2]
# inputs: [0.5]


def running_total(rows):
    total = 0
    for r in rows:
        total += r
    counted = 0
    for r in rows:
        counted = counted + 1
    return [total, total / 2, counted + 1, str(counted)]


# inputs: [[1, 2, 3]]
# inputs: [[0.5, 0.5]]
# inputs: [[0.5, 1]]
# inputs: [[]]


def grid_mean(grid):
    out = []
    for row in grid:
        total = 0
        for v in row:
            total += v
        out.append(total / len(row))
    return out


# inputs: [[[1, 2], [3, 4]]]
# inputs: [[[0.5, 0.5], [1, 2.5]]]


def clicks_plus(clicks: int | None):
    try:
        return [str(clicks + 1), str((clicks + 1) * 3), f"{clicks - 1:,}"]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [4]
# inputs: [null]
# inputs: [1234567]
