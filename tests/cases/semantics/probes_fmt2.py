# Probes: more format specs, % conversions and f-string debug expressions.
def pct_more(n: int, x: float, s):
    return [
        "%(a)5s|%(b)-4d|" % {"a": s, "b": n},
        "%-5d|" % n,
        "%.2f" % n,
        "%s" % [1, 2],
        "%s" % {"k": s},
        "%d" % 2.7,
        "%.0f" % 0.5,
        "%.0f" % 1.5,
        "%5.1f%%" % x,
        "%a" % s,
        "%r" % [s],
        "%#x %#o" % (n, n),
        "%e" % n,
        "%G" % 1e-10,
        "%10.3e|" % x,
        "%-+8.2f|" % x,
        "%s" % True,
        "%d" % True,
        "%s" % None,
        "%.1s" % "abc",
        "%x" % -n,
    ]


# inputs: [42, 3.14159, "hi"]
# inputs: [-3, -0.5, "é"]


def pct_errors(s):
    out = []
    for t in range(4):
        try:
            if t == 0:
                out.append("%s %s" % ["a", "b"])
            elif t == 1:
                out.append("%x" % 2.5)
            elif t == 2:
                out.append("%c" % "ab")
            else:
                out.append("%d" % s)
        except TypeError:
            out.append("TypeError")
    return out


# inputs: ["x"]


def fspec_more(n: int, x0: float):
    x = float(x0)
    return [
        f"{n:=^10}",
        f"{n:#x}",
        f"{x:,.2%}",
        f"{x:.0%}",
        f"{n:e}",
        f"{n:+,}",
        f"{n:_b}",
        f"{n:08,}",
        f"{x:,}",
        f"{x * 1e16:,}",
        f"{x:}",
        f"{-0.0:+}",
        f"{float('nan'):+}",
        f"{float('inf'):10.2f}|",
        f"{float('-inf'):e}",
        f"{x!r:>10}|",
        f"{n=}",
        f"{x = }",
        f"{n + 1=}",
        f"{'s'=}",
        f"{x=:.1f}",
        f"{n:>{n % 7 + 3}}|",
        f"{n:{'<'}{8}}|",
        f"{x:.{2}f}",
    ]


# inputs: [1234, 0.125]
# inputs: [-5, 123456.789]
# inputs: [0, -2.5]


def fspec_float_types(x0: float):
    x = float(x0)
    return [
        f"{x:f}",
        f"{x:F}",
        f"{x:%}",
        f"{x:.3}",
        f"{x:10}",
        f"{x:<10}|",
        f"{x:^+10.2e}|",
        f"{x:#g}",
        f"{x:#.3g}",
        f"{x:.0e}",
        f"{x:#.0e}",
    ]


# inputs: [1.0]
# inputs: [123.456]
# inputs: [1e-5]
# inputs: [1e16]
# inputs: [0.0001]
# inputs: [100000.0]
# inputs: [1000000.0]


def fspec_int_g(n: int):
    return [f"{n:g}", f"{n:.2g}", f"{n:.3}" if False else "", f"{n:10.2f}", f"{n:%}"]


# inputs: [1234567]
# inputs: [5]


def fspec_str_conversions(s):
    return [f"{s!r}", f"{s!a}", f"{s!s:>5}", f"{[s]!r}", f"{s!r:^12}"]


# inputs: ["é'\"\n"]
# inputs: ["😀"]


def fspec_bool_int_ops(b: bool):
    return [
        f"{b:>5}",
        f"{b:d}",
        f"{b:x}",
        f"{b:.1f}",
        f"{b:b}",
        f"{b!s}",
        f"{b!r}",
        format(b, "^7"),
        "{:>6}".format(b),
        "%5s" % b,
    ]


# inputs: [true]
# inputs: [false]


def fspec_none_list_dict(x):
    return [f"{x!s:>8}|", f"{str(x):>8}|", format(str(x), "<6") + "|"]


# inputs: [null]
# inputs: [[1, "a"]]
# inputs: [{"a": null}]


def fspec_errors(s, n: int):
    out = []
    for t in range(5):
        try:
            if t == 0:
                out.append(f"{s:d}")
            elif t == 1:
                out.append(f"{n:s}")
            elif t == 2:
                out.append(f"{s:,}")
            elif t == 3:
                out.append(f"{n:.2s}")
            else:
                out.append(f"{[1]:>5}")
        except (ValueError, TypeError) as e:
            out.append(isinstance(e, ValueError))
    return out


# inputs: ["x", 3]
