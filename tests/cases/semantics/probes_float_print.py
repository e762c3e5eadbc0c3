# Probes: values known to be floats (or ints) print as CPython prints them.
import math


def float_printing_paths(n: int):
    f = n / 2
    return [
        str(abs(f)),
        str(-f),
        str(f**2),
        str(2**-1),
        str(pow(2, -1)),
        str(10**2),
        str(pow(n, 2)),
        str(math.floor(f)),
        str(math.ceil(f)),
        str(math.sqrt(n * n)),
        str(math.trunc(f)),
        str(int(f)),
        str(round(f)),
        str(round(f, 0)),
        str(divmod(f, 1)),
        str(f // 1),
        str(True / 1),
        str(n * 1.0),
        str(max(f, 0.5)),
        str(min(f, 1.0)),
        str(f + n),
        str(n - f),
        str(float(n) % 2),
        str(float(str(n))),
        str(abs(-n)),
        str(math.fabs(-n)),
        str(math.pow(n, 2)),
        str(math.hypot(3, 4)),
        str(math.exp(0)),
        str(math.log(1)),
        str(math.log10(100)),
        str(math.log2(8)),
        str(math.pi),
        str(math.inf),
        str(math.e),
        str(math.degrees(0)),
        str(math.fsum([0.1] * 10)),
        str(math.copysign(1, -0.0)),
        str(math.isqrt(n)),
        str(math.gcd(n, 6)),
        str(math.factorial(5)),
        str(math.floor(-f)),
        str(math.isclose(f, 2.0)),
        str(math.isnan(f)),
        str(math.isinf(f)),
        str(math.log(8, 2)),
        str(math.atan2(0, -1)),
        str(sum([f, f])),
        str(sum([n, n])),
        str(sum([0.5, 0.5])),
    ]


# inputs: [4]
# inputs: [3]
# inputs: [0]


def math_errors(x: int):
    out = []
    for fn in range(4):
        try:
            if fn == 0:
                out.append(math.sqrt(x))
            elif fn == 1:
                out.append(math.log(x))
            elif fn == 2:
                out.append(math.factorial(x))
            else:
                out.append(math.acos(x))
        except ValueError:
            out.append("ValueError")
    return out


# inputs: [-1]
# inputs: [0]
# inputs: [1]


def math_floor_ceil_types(x):
    return [
        math.floor(x),
        math.ceil(x),
        isinstance(math.floor(x), int),
        math.floor(x) == x,
    ]


# inputs: [2.5]
# inputs: [-2.5]
# inputs: [3]


def float_in_fstring_paths(n: int):
    f = n / 4
    return [
        f"{f}",
        f"{f!r}",
        f"{f!s}",
        f"{f:}",
        "{}".format(f),
        "{0!r}".format(f),
        "%s|%r" % (f, f),
        "%d" % f,
        "%i" % f,
        "%f" % n,
        format(f),
        format(f, ""),
    ]


# inputs: [8]
# inputs: [2]


def exc_float_arg(x: int):
    try:
        raise ValueError(float(x))
    except ValueError as e:
        return [str(e), repr(e), e.args]


# inputs: [2]


def exc_float_args_tuple(x: int):
    try:
        raise KeyError(float(x), "a")
    except KeyError as e:
        return [str(e), repr(e)]


# inputs: [2]


def pct_float(x: int):
    f = float(x)
    return ["%s" % f, "%r|%s" % (f, x), "%(a)s" % {"a": f}, "%d %s" % (x, [f])]


# inputs: [2]


def exc_args_printed(x: int):
    try:
        raise ValueError(float(x), x)
    except ValueError as e:
        return [e.args, len(e.args), str(e), repr(e)]


# inputs: [2]


def exc_marked_uncaught(x: int):
    raise ValueError(x / 2)


# inputs: [4]
# messages


def pct_maybe_float_refused_only_for_s(a, b):
    total = a + b
    return ["%.2f" % total, "%d items" % total, "%5.1f|%e" % (total, total)]


# inputs: [0.5, 0.5]
