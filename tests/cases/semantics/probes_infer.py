# Probes: int/float inference through arithmetic, builtins and rebinding.
def infer_loops(xs: list[int]):
    total = 0.0
    for v in xs:
        total = total + v
    count = 0
    for v in xs:
        count += 1
    avg = total / count if count else 0.0
    return [str(total), str(count), str(avg)]


# inputs: [[1, 2, 3]]


def infer_comprehension_floats(n: int):
    vals = [v * 2 for v in [1.0, 2.0]]
    halves = [v / 2 for v in range(n)]
    # sum(halves) alone would be the int 0 for n == 0: a float start keeps it a float.
    return [
        str(vals[0]),
        [str(h) for h in halves],
        str(sum(halves, 0.0)),
        str(max(halves)),
    ]


# inputs: [3]
# inputs: [0]


def infer_through_dict_and_tuple(n: int):
    pair = (n / 2, n // 2)
    a, b = pair
    d = {"x": n * 1.5}
    return [str(a), str(b), str(pair[0]), str(d["x"])]


# inputs: [4]


def infer_int_pow_negative(n: int, k: int):
    return [str(n**-1), str(n**2), str(pow(n, -2)), n**k == 0.5]


# inputs: [2, 3]
# inputs: [2, -1]


def infer_bool_arith(b: bool):
    return [
        str(b + 0.0),
        str(b * 2),
        str(b / 1),
        str(b // 1),
        str(-b),
        str(b**2),
        str(abs(b)),
    ]


# inputs: [true]


def infer_string_to_numbers(s):
    n = int(s)
    f = float(s)
    return [str(n), str(f), str(n + f), str(n * 2), str(f * 2)]


# inputs: ["4"]
# inputs: ["-0"]


def infer_rebinding_in_branches(n: int, flag: bool):
    if flag:
        x = n / 2
    else:
        x = n * 2.0
    return str(x)


# inputs: [4, true]
# inputs: [4, false]


def infer_while_accumulate(n: int):
    x = 1.0
    i = 0
    while i < n:
        x *= 2
        i += 1
    return [str(x), str(i)]


# inputs: [3]


def infer_len_and_index(xs):
    n = len(xs)
    mid = n / 2
    return [
        str(n),
        str(mid),
        str(n // 2),
        str(xs.index(xs[-1]) if xs else -1),
        str(xs.count(1)),
    ]


# inputs: [[1, 2, 1, 4]]


def infer_ord_and_find(s):
    return [str(ord(s[0])), str(s.find("b")), str(len(s) / 1), str(s.count("a") * 1.5)]


# inputs: ["abc"]
