# `n % C` of an int by a positive constant: in [0, C), also for a negative n and past
# 2**31 (a random-number step); a zero remainder is the int 0, not -0.
import math


def lcg(seed: int, n: int):
    state = seed
    out = []
    for i in range(n):
        state = state * 48271 % 2147483647
        out.append(state % 100)
        out.append(-i % 7)
    return out


# inputs: [12345, 6]
# inputs: [-5, 3]


def signs(n: int):
    r = n % 3
    return [r, math.copysign(1, r), str(float(r)), 1 / (r + 1)]


# inputs: [-6]
# inputs: [-7]
# inputs: [9007199254740991]
