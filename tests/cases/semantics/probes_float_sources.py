# Probes: floats from module constants, defaults, json.loads and literals, printed.
import json

SCALE = 2.0


TICKS = [1.0, 2.5, 3.0]


LIMITS = {"lo": 0.0, "hi": 10.0}


PAIR = (1.0, 2)


def const_float_str():
    return [str(SCALE), f"{SCALE}", repr(SCALE), "%s" % SCALE, str(SCALE * 2)]


# inputs: []


def const_float_list_items():
    return [str(t) for t in TICKS] + [f"{TICKS[0]}", str(TICKS[-1])]


# inputs: []


def _scale(v, factor=1.0):
    return v * factor


def float_literal_list_loop():
    out = []
    for v in [1.0, 2.0]:
        out.append(str(v))
    return out


# inputs: []


def float_in_tuple_unpack(n: int):
    a, b = n / 2, n
    return [str(a), str(b)]


# inputs: [4]


def float_via_ternary(n: int, flag: bool):
    v = n / 2 if flag else float(n)
    return str(v)


# inputs: [4, true]
# inputs: [4, false]


def float_via_walrus(n: int):
    if (h := n / 2) > 1:
        return str(h)
    return "small"


# inputs: [4]


def float_accumulated(xs: list[int]):
    total = 0.0
    for v in xs:
        total += v
    return [str(total), f"{total}"]


# inputs: [[1, 2]]
# inputs: [[]]
