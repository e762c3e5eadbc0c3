# A local bound to a float in one place and to Dash's numbers or ints in others prints
# as CPython prints it: a flag beside it is set at each binding (true for a float,
# asked of Dash's number by its fraction, false for an int).


def halves(n):
    x = n
    if n % 2:
        x = n / 2
    return str(x)


# inputs: [3]
# inputs: [4]
# inputs: [2.5]


def ratio_or_count(a, b):
    r = 0
    if b:
        r = a / b
    r += 1
    return f"{r}"


# inputs: [1, 0]
# inputs: [4, 2]
# inputs: [1, 2]


def running_mean(values):
    out = []
    m = 0
    for i, v in enumerate(values):
        if i:
            m = (m * i + v) / (i + 1)
        else:
            m = v
        out.append(f"{m}")
    return out


# inputs: [[1, 2, 3]]
# inputs: [[2.5]]
# inputs: [[]]


def augmented_float(x):
    total = 0
    total += x
    total += 0.5
    return [total, str(total)]


# inputs: [1]
# inputs: [0.5]
# inputs: [-0.5]


def reset_to_a_float(values):
    best = 0
    for v in values:
        if v is None:
            best = 0.5
        else:
            best += v
    return f"{best}"


# inputs: [[1, null, 2]]
# inputs: [[1, 2]]
# inputs: [[null]]


def float_cases(v):
    match v:
        case float(x):
            r = x
        case int(x):
            r = float(x)
        case _:
            r = 0.0
    return f"{r}"


# inputs: [2]


def crash_without_match(v):
    if isinstance(v, float):
        r = v
    elif v:
        r = 2.0
    else:
        r = float(v)
    return r


# inputs: [0]
# inputs: [2.5]
# inputs: [3]
