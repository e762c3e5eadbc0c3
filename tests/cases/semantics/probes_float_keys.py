# Probes: float and bool dict keys keep the type of the first key inserted.
def computed_float_keys(n: int):
    d = {n / 2: "half"}
    d[n / 4] = "quarter"
    return [[str(k) for k in d], [str(k) for k in sorted(d)], str(max(d))]


# inputs: [4]


def counter_with_float_values(xs: list[int]):
    d = {}
    for x in xs:
        d[x / 2] = d.get(x / 2, 0) + 1
    return [str(k) + ":" + str(v) for k, v in d.items()]


# inputs: [[2, 4, 2, 3]]


def bool_key_first():
    d = {True: "t"}
    d[1] = "one"
    return [str(d), str(list(d))]


# inputs: []
