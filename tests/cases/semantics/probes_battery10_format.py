# Probes, tenth battery: format specs and conversions as labels, KPI cards and tooltips
# use them: bools and None through specs, general format without a type, `%` formatting,
# str() of floats at the edges of their repr, and text parsed back to numbers.


def kpi_card(x, prev):
    value = float(x)
    change = (value - prev) / prev if prev else 0.0
    arrow = "▲" if change > 0 else "▼" if change < 0 else "■"
    return [
        f"{value:,.0f}",
        f"{arrow} {change:+.1%}",
        f"{value:=+12,.2f}",
        f"{value:*^14.1f}",
        f"{value:.3}",
        f"{value:.3g}",
        f"{value:10}|",
        f"{value:<10}|",
        f"{change:%}",
        f"{value:e}",
        f"{value:.0e}",
        f"{value:G}",
    ]


# inputs: [1234.5, 1000]
# inputs: [0.000123, 0.0002]
# inputs: [1e20, 1]
# inputs: [5, 0]
# inputs: [-0.5, 2]
# inputs: [123456789.125, 123456789.125]


def bool_and_none_in_specs(flag, x):
    out = [
        f"{flag}",
        f"{flag!r}",
        f"{flag:>6}",
        f"{flag:d}",
        f"{flag:.1f}",
        f"{flag!s:>6}",
    ]
    try:
        out.append(f"{x:>5}")
    except TypeError as e:
        out.append("TypeError")
    out.append(f"{x!s:>5}")
    out.append(f"{x}")
    return out


# inputs: [true, null]
# inputs: [false, "ab"]
# inputs: [true, 3]


def int_specs(n: int):
    return [
        f"{n:,}",
        f"{n:_}",
        f"{n:08,}",
        f"{n:#x}",
        f"{n:#o}",
        f"{n:#b}",
        f"{n:X}",
        f"{n:+}",
        f"{n: }",
        f"{n:c}" if 0 <= n < 1114112 else "",
        f"{n:e}",
        f"{n:.2f}",
        f"{n:%}",
        f"{n:g}",
        f"{n:n}",
        f"{n:=8}",
        f"{n:^+9}",
    ]


# inputs: [0]
# inputs: [255]
# inputs: [-1234567]
# inputs: [65]
# inputs: [12345678901234]


def percent_style(name, v, n):
    return [
        "%s: %.2f" % (name, v),
        "%-8s|%8.3f|" % (name, v),
        "%+d / %05d / %x" % (n, n, abs(n)),
        "%e | %g | %G" % (v, v, v),
        "%3d%%" % n,
        "%s" % [name, v],
        "%r" % name,
        "%i" % v,
        "%c" % 65,
    ]


# inputs: ["alpha", 3.14159, 42]
# inputs: ["b", -0.00001, -7]
# inputs: ["", 1.5e-22, 0]


def float_str_edges(x):
    v = float(x)
    return [str(v), repr(v), f"{v}", str(v * 10), str(v / 10), str(-v), str(v + 0.0)]


# inputs: [1e16]
# inputs: [1e15]
# inputs: [0.0001]
# inputs: [0.00001]
# inputs: [123456789012345.6]
# inputs: [1.5e-7]
# inputs: [2.5]


def parse_numbers(texts):
    out = []
    for s in texts:
        try:
            out.append(["int", int(s)])
        except ValueError:
            try:
                out.append(["float", float(s)])
            except ValueError:
                out.append(["bad", s])
    return out


# inputs: [["42", " 7 ", "3.0", "1e3", "-0", "+1_000", "1__0", "", "inf", "-Infinity", "nan", "0x10", "١٢", "1.5.2", "  -2.5e-3\n", ".5", "5.", "1_0.5", "_1"]]


def number_input_value(v):
    # dcc.Input(type="number") sends int, float or None
    if v is None:
        return "empty"
    doubled = v * 2
    return [
        f"{doubled:g}",
        f"{v:.2f}",
        str(float(v)),
        str(int(v)),
        v == int(v),
        round(v * 100) / 100,
    ]


# inputs: [3]
# inputs: [2.5]
# inputs: [null]
# inputs: [-0.125]
# inputs: [1e-9]


def fstring_nested_specs(x, width: int, prec: int):
    v = float(x)
    return [
        f"{v:{width}.{prec}f}",
        f"{v:>{width}}",
        f"{'x':{'^'}{width}}",
        f"{v:.{prec}%}",
        "{:{}.{}f}".format(v, width, prec),
    ]


# inputs: [3.14159, 10, 2]
# inputs: [-2.5, 3, 0]


def str_of_containers(x, n: int, s: str):
    v = float(x)
    return [
        str([v, v * 2, -v]),
        str([n, s, None, True]),
        str((v,)),
        str({s: v}),
        str({n: [s]}),
        repr([s, "it's", 'say "hi"']),
        str({}),
        str(()),
        str([[]]),
    ]


# inputs: [2.0, 3, "a"]
# inputs: [0.1, -1, "é\n"]


def format_method(x):
    v = float(x)
    return [
        "{:.2f}".format(v),
        "{0:>8.1f}|{0:<8.1e}|".format(v),
        "{:,.3f}".format(v),
        format(v, ".1%"),
        format(v),
        format(v, ""),
    ]


# inputs: [1234.5678]
# inputs: [-0.0005]


def spec_grid(x):
    v = float(x)
    specs = [
        ".2f",
        ".1%",
        ",.2f",
        ".3g",
        ".2e",
        "+.1f",
        "08.3f",
        ".0f",
        "g",
        ".0%",
        ",.0f",
        ".1f",
        "_.3f",
        " .2f",
        ".10g",
        ".17g",
        "r" if False else "",
        ">10.2f",
        "<+10.1e",
        "^12,.1f",
    ]
    return [format(v, s) for s in specs] + [
        f"{v:,.2f}",
        f"{-v:.2f}",
        f"{v * 100:.0f}%",
        f"{round(v, 2):.2f}",
    ]


# inputs: [0.0005]
# inputs: [0.125]
# inputs: [2.675]
# inputs: [1.005]
# inputs: [1e-7]
# inputs: [123456.785]
# inputs: [-0.0049]
# inputs: [0.045]
# inputs: [1.5e16]
# inputs: [9.995]
# inputs: [-0.001]
# inputs: [999999.995]
# inputs: [0.30000000000000004]
# inputs: [5e-324]
# inputs: [1.7976931348623157e308]
