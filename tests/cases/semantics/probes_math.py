# Probes: math and json functions, imported as modules or by name.
import math


from json import dumps, loads


from math import floor, sqrt, pi, inf, isclose


def from_imports(x):
    return [
        floor(x),
        sqrt(abs(x)),
        pi > 3,
        str(inf),
        isclose(x, x + 1e-12),
        dumps([x]),
        loads("[1]"),
    ]


# inputs: [2.5]
# inputs: [-4]


def math_more(n: int):
    return [
        math.tau,
        math.prod([1, 2, 3, n]),
        math.prod([]),
        math.comb(n, 2),
        math.gcd(12, n),
        math.isqrt(n * n + 1),
        str(math.floor(n / 3)),
        str(math.ceil(n / 3)),
        math.trunc(-n / 3),
        str(math.fmod(-7, 3)),
        math.isfinite(n / 3),
        str(math.sinh(0)),
        str(math.atan(1) * 4),
        str(math.expm1(0)),
        str(math.log1p(0)),
        str(math.radians(180)),
        str(math.nan),
    ]


# inputs: [5]
# inputs: [12]


def signed_zero_minmax(x: int):
    z = float(x)
    nz = -z
    return [
        str(max(nz, z)),
        str(max(z, nz)),
        str(min(z, nz)),
        str(min(nz, z)),
        str(sorted([z, nz])),
        str(abs(nz)),
        str(nz + 0),
        str(nz * 1),
    ]


# inputs: [0]


def float_parse_edges(s):
    return [repr(float(s)), str(float(s))]


# inputs: ["1e500"]
# inputs: ["-0"]
# inputs: ["  -1E-3\n"]
# inputs: ["+inf"]
# inputs: ["-nan"]
# inputs: ["infinity"]
# inputs: ["1_0.5_0"]


def pct_rounding(x: float):
    f = float(x)
    return [
        "%.2f" % f,
        "%.0f" % f,
        f"{f:.2f}",
        f"{f:.1f}",
        format(f, ".3f"),
        str(round(f, 2)),
        "%.1e" % f,
    ]


# inputs: [2.675]
# inputs: [1.005]
# inputs: [0.125]
# inputs: [2.5]
# inputs: [0.045]
# inputs: [1e-5]
# inputs: [123456789.125]
