# Parameters annotated `int | None` or tested with isinstance(): what may come, and what
# the compiled code takes from the annotation.


def summed_clicks(a: int | None, b: int | None):
    return (a or 0) + (b or 0)


# inputs: [null, 2]
# inputs: [3, 4]
# inputs: [0, null]


def guard_first(x: int):
    # Everything not an int returns here: past it, x is the int the annotation says.
    if not isinstance(x, int):
        return "no"
    return str(x * 3)


# inputs: [3]
# inputs: ["3"]
# inputs: [2.5]
# inputs: [null]
# inputs: [[1]]


def none_or_type_first(x: float, label: str):
    if x is None or not isinstance(label, str):
        return "missing"
    return f"{label}: {x * 2:.1f}"


# inputs: [1.25, "a"]
# inputs: [null, "a"]
# inputs: [2, 5]
# inputs: [2, null]


def none_or_not_int(n: int):
    if n is None or not isinstance(n, int):
        return "no"
    return str(n * 2)


# inputs: [3]
# inputs: [null]
# inputs: ["3"]
# inputs: [2.5]


def late_tested(x: int):
    # Tested past the first statement: anything may come, so `x or 0` is open.
    y = (x or 0) + 1
    if isinstance(x, int):
        return y
    return "no"


# inputs: [3]
# inputs: [null]
# inputs: ["x"]
# messages
