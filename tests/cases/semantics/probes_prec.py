# Probes: operator precedence and evaluation order.
def precedence(a: int, b: int):
    return [
        -(a**2),
        -(a**2) == -(a**2),
        (-a) ** 2,
        2**3**2,
        2**-1,
        10 - 2 - 3,
        2 * 3 % 4,
        -7 // 2 * 2,
        -(7 // 2),
        -7 // 2,
        1 << 2 + 1,
        a & b == b,
        (a & b) == b,
        ~a + 1,
        not a == b,
        a if b else a + 1 if a else 0,
        a or b and 0,
        (a or b) and 0,
        not a in [1, 2],
        a < b == b,
        a | b ^ a & b,
        a - -b,
        a + +b,
        -a % b,
        a**-2 * 4,
    ]


# inputs: [3, 5]
# inputs: [0, 2]
# inputs: [-2, 3]


def evaluation_order_assign(xs):
    i = 0
    i = xs[i] = 1
    j = 0
    xs[j], j = "first", 1
    k = 0
    k, xs[k] = 2, "second"
    return [i, j, k, xs]


# inputs: [["a", "b", "c"]]


def augmented_evaluates_target_once(xs, d):
    log = []

    def idx(v):
        log.append(v)
        return v

    xs[idx(0)] += 10
    d[idx("k")] += "!"
    xs[idx(1)] *= 2
    return [xs, d, log]


# inputs: [[1, 2], {"k": "v"}]


def augmented_missing_key(d):
    try:
        d["missing"] += 1
        return d
    except KeyError as e:
        return ["KeyError", str(e)]


# inputs: [{}]


def dict_literal_order_duplicate(x):
    return {"a": 1, "b": 2, "a": x}


# inputs: [9]


def comparison_operand_evaluation(x):
    log = []

    def t(v):
        log.append(v)
        return v

    r = t(1) < t(x) < t(3) < t(4)
    return [r, log]


# inputs: [2]
# inputs: [5]


def boolean_ops_return_operands(a, b):
    return [a and b, a or b, not a and b, a and not b, (a or b) or "z"]


# inputs: [[], "x"]
# inputs: [[1], ""]
# inputs: [0, null]
