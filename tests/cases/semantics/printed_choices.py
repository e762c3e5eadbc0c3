"""`a / b if b else 0` printed: a float on one branch, an int on the other; the held
test picks the branch that ran, each branch told by its type or its operands."""


def ratio_or_zero(a, b):
    ratio = a / b if b else 0
    return [f"{ratio}", f"{a / b if b else 0}", str(a * 2 if a else 0.5)]


# inputs: [1, 2]
# inputs: [3, 0]
# inputs: [0, 0]
# inputs: [2.5, 0.5]
# inputs: [true, 1]


def percent_rounded_or_zero(done, total):
    pct = round(done / total * 100, 1) if total else 0
    return f"{pct}%"


# inputs: [1, 3]
# inputs: [5, 0]
# inputs: [2, 2]


def average_or_zero(rows):
    avg = sum(r["v"] for r in rows) / len(rows) if rows else 0
    return "Average: %s" % avg


# inputs: [[{"v": 1}, {"v": 2}]]
# inputs: [[]]


def dash_value_or_half(x, c):
    y = x / 2 if c else x
    z = x if c else x * 2
    return [f"{y}", f"{z}", "{} {}".format(y, z)]


# inputs: [3, true]
# inputs: [3, false]
# inputs: [0.5, false]
# inputs: ["ab", false]
# inputs: [null, true]


def choice_in_a_loop(pairs):
    out = []
    for a, b in pairs:
        r = a / b if b else 0
        out.append(f"{r}")
    return out


# inputs: [[[1, 2], [1, 0], [4, 2]]]


def test_changes_an_operand(xs):
    return f"{xs[0] if xs.pop() else xs[0] * 2}"


# inputs: [[0.5, 1, 0]]
# inputs: [[1, 0.5, 1]]


def choice_in_a_comprehension(rows):
    return [f"{r['a'] / r['b'] if r['b'] else 0}" for r in rows]


# inputs: [[{"a": 1, "b": 0}, {"a": 1, "b": 4}]]


def percent_x_of_a_choice(n: int):
    v = n / 2 if n > 1 else n
    return "%.x" % v  # %x takes an int: the float branch raises TypeError


# inputs: [3]
# inputs: [1]
# inputs: [4]
# inputs: [0]
# messages


def negated_choice(a, b):
    import math

    out = []
    for c in (b, 0, b):
        out.append(f"{-(a / c if c else 0)}")
    return [out, math.copysign(1, -(a / b if b else 0)), str(-(a if b else 0.5))]


# inputs: [0, 1]
# inputs: [0, 0]
# inputs: [-0.5, 0]
# inputs: [3, 2]
