# Probes: format specs, %-formatting and str.format.


def fspec_int(n: int):
    return [
        f"{n:5d}",
        f"{n:<5}|",
        f"{n:^7}|",
        f"{n:+d}",
        f"{n: d}",
        f"{n:05d}",
        f"{n:x}",
        f"{n:#X}",
        f"{n:o}",
        f"{n:#b}",
        f"{n:,}",
        f"{n:_}",
        f"{n:e}",
        f"{n:.2f}",
        f"{n:%}",
        f"{n:*>8,}",
        f"{n:=+8}",
        f"{n:c}" if n > 0 else "",
        f"{n:08.3f}",
        f"{n:n}",
        f"{n:#o}",
        f"{n:_x}",
    ]


# inputs: [1234567]
# inputs: [-42]
# inputs: [0]
# inputs: [65]


def fspec_float(x: float):
    return [
        f"{x:.2f}",
        f"{x:.0f}",
        f"{x:10.3f}|",
        f"{x:<10.1e}|",
        f"{x:g}",
        f"{x:.3g}",
        f"{x:.1%}",
        f"{x:,.2f}",
        f"{x:+.2f}",
        f"{x:E}",
        f"{x:G}",
        f"{x:.10g}",
        f"{x:#.0f}",
        f"{x:0=+12.2f}",
        f"{x:.15g}",
        f"{x:_.3f}",
    ]


# inputs: [3.14159]
# inputs: [-0.5]
# inputs: [2.5]
# inputs: [1234567.891]
# inputs: [1e-7]
# inputs: [1e22]
# inputs: [0.125]
# inputs: [-0.0]
# inputs: [0.0]


def fspec_str(s):
    return [
        f"{s:>6}",
        f"{s:*^9}",
        f"{s:.2}",
        f"{s!r}",
        f"{s!r:>10}",
        f"{s:<3}|",
        f"{s!s}",
    ]


# inputs: ["ab"]
# inputs: ["héllo😀"]
# inputs: [""]


def fspec_nested(x: float, w: int, p: int):
    return [
        f"{float(x):{w}.{p}f}",
        f"{float(x):>{w}}",
        "{:{}.{}f}".format(float(x), w, p),
    ]


# inputs: [3.14159, 10, 2]


def fspec_bad(n: int):
    try:
        return f"{n:s}"
    except ValueError:
        return "ValueError"


# inputs: [3]


def fspec_bad_str(s):
    try:
        return f"{s:d}"
    except ValueError:
        return "ValueError"


# inputs: ["x"]


def percent_format(n: int, x: float, s):
    return [
        "%d items" % n,
        "%5.2f|" % x,
        "%-6s|" % s,
        "%s and %r" % (s, s),
        "%(a)s-%(b)d" % {"a": s, "b": n},
        "%05d" % n,
        "%x %o %X" % (n, n, n),
        "%e" % x,
        "%g" % x,
        "%%",
        "%c" % 65,
        "%.3s" % s,
        "%+d" % n,
        "%i" % n,
        "% d" % n,
        "%*d" % (5, n),
    ]


# inputs: [42, 3.14159, "hi"]
# inputs: [-7, -0.001, "héllo"]


def percent_tuple_single(t):
    try:
        return "%s" % (t,)
    except TypeError:
        return "TypeError"


# inputs: [[1, 2]]


def percent_errors(n: int):
    out = []
    try:
        out.append("%d %d" % (n,))
    except TypeError:
        out.append("TypeError1")
    try:
        out.append("%d" % (n, n))
    except TypeError:
        out.append("TypeError2")
    try:
        out.append("%d" % "x")
    except TypeError:
        out.append("TypeError3")
    return out


# inputs: [1]


def str_format_method(n: int, s):
    return [
        "{0}{1}{0}".format(s, n),
        "{name}:{val:>5}".format(name=s, val=n),
        "{:>{w}}".format(s, w=6),
        "{{}} {}".format(n),
        "{0[0]} {0[1]}".format([s, n]),
        "{d[k]}".format(d={"k": s}),
        "{!r}".format(s),
        "{:^10}".format(s),
        "{:,d}".format(n * 1000),
    ]


# inputs: [5, "ab"]


def str_format_errors(s):
    out = []
    try:
        out.append("{} {}".format(s))
    except IndexError:
        out.append("IndexError")
    try:
        out.append("{x}".format(s))
    except KeyError:
        out.append("KeyError")
    try:
        out.append("{".format(s))
    except ValueError:
        out.append("ValueError")
    return out


# inputs: ["a"]


def format_builtin(n: int, x: float):
    return [
        format(n, "05d"),
        format(x + 0.0, ".2f"),
        format("s", ">3"),
        format(n),
        format(True),
        format(n, ","),
    ]


# inputs: [1234, 2.555]


def fstring_bool_none(b: bool):
    return [
        f"{b}",
        f"{None}",
        f"{b:>6}",
        f"{b:d}",
        f"{[b, None]}",
        f"{b!r}",
        f"{True + True}",
    ]


# inputs: [true]
# inputs: [false]


def fstring_dict_list(d, xs):
    return [f"{d}", f"{xs}", f"{d!s}", f"{xs[-1]}", f"{d['a']}"]


# inputs: [{"a": "x", "b": [1, "y", null]}, ["p", "q"]]


def fmt_big_small_floats():
    return [
        f"{1e16:.0f}",
        f"{2**60:,}",
        f"{0.1:.20f}",
        f"{1/3:.17g}",
        f"{123.456:e}",
        f"{0.000123456:.3e}",
        f"{1e100:g}",
        f"{1.5:.0f}",
        f"{0.5:.0f}",
        f"{2.675:.2f}",
        f"{-1.5:.0f}",
        f"{1e-10:f}",
    ]


# inputs: []


def percent_star_width_of_a_float(n: int):
    # a float is no `*` width, integral or not (TypeError: * wants int)
    y = n / 2
    return "%*d" % (y, 1)


# inputs: [2]
# inputs: [3]
# messages


def percent_star_precision_of_a_float(n: int):
    y = n / 2
    return "%.*f|" % (y, 1.5) + "%*d" % (n, 1)


# inputs: [2]
# messages


def percent_star_of_ints(n: int):
    return "%*d|%.*f|%*s" % (n, 1, n, 1.5, True, "x")


# inputs: [4]
# inputs: [-3]
