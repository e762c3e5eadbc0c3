# Probes, ninth battery: annotations the compiled code could not check (an `int`
# annotation over a float), guards that make an annotation `| None`, and everyday
# idioms of callbacks (f"{x=}", str.format, `%` with a dict, unbound methods as keys).


def _tag(v: int):
    return "n=" + str(v)


def int_annotation_over_known_float(n: int, s: str):
    # `x: int` on a float: CPython keeps the float, so x prints as one.
    x: int = n / 2
    y: int = float(s)
    return [str(x), f"{y}", x, _tag(n / 4), _tag(len(s))]


# inputs: [4, "3"]
# inputs: [5, "2.5"]


def int_annotation_over_int(rows):
    n: int = len(rows)
    first: int = rows[0]["v"] if rows else 0
    return [str(n), f"{first}"]


# inputs: [[{"v": 3}]]
# inputs: [[]]


def self_documenting_fstrings(x, name: str, v: float):
    return [f"{x=}", f"{name=}", f"{v = :.2f}", f"{x = }", f"{name=!s}", f"{x+1=}"]


# inputs: [3, "ab", 2.5]
# inputs: [2.5, "a'b", 1]


def format_by_index_and_key(a, b):
    return [
        "{0}-{1}-{0}".format(a, b),
        "{x}/{y}".format(x=a, y=b),
        "{0[k]}".format({"k": a}),
        "{:>5}|{:<4}".format(a, b),
        "{!r}".format(b),
    ]


# inputs: [1, "q"]
# inputs: ["z", 2.5]


def percent_with_a_dict(a, b):
    return [
        "%(a)s and %(b)r" % {"a": a, "b": b},
        "%s" % (a,),
        "%5.1f%%" % 12.345,
        "%d items" % 3.9,
        "%x" % 255,
        "%-4s|" % "ab",
    ]


# inputs: [1, "q"]
# inputs: ["z", 2.5]


def unbound_methods_as_functions(xs):
    return [
        sorted(xs, key=str.lower),
        list(map(str.strip, xs)),
        sorted(xs, key=len, reverse=True),
        list(map(str.upper, xs)),
        max(xs, key=str.casefold),
    ]


# inputs: [["b", " A ", "a", "B", "c"]]


def dict_union(a, b):
    d = {"x": 1, "y": 2}
    e = d | {"y": a, "z": b}
    d |= {"w": 0}
    return [e, d, list(e), {**d, **e}]


# inputs: [3, 4]


def enumerate_and_extremes(xs):
    return [
        list(enumerate(xs, start=5)),
        list(enumerate(xs, 1)),
        max(xs, default=None),
        max(xs, default=-1, key=lambda v: -v),
        min(xs, default="none"),
        max([], default=0),
    ]


# inputs: [[3, 1, 2]]
# inputs: [[]]


def int_from_text(s):
    out = []
    for text in [s, " 12 ", "1_000", "+5", "-0", "\t7\n", "0x10"]:
        try:
            out.append(int(text))
        except ValueError as e:
            out.append(str(e))
    try:
        out.append(int(s, 16))
    except ValueError as e:
        out.append(str(e))
    out.append(int("0x1f", 0))
    out.append(float(" 1.5 "))
    return out


# inputs: [" 42 "]
# inputs: ["4 2"]
# inputs: ["١٢"]


def split_on_whitespace(s):
    return [
        s.split(None, 1),
        s.split(maxsplit=1),
        s.rsplit(None, 1),
        s.split(" ", 1),
        s.partition(" "),
        s.splitlines(),
    ]


# inputs: ["  a b  c  "]
# inputs: ["a\nb\r\nc"]
# inputs: [""]


def rounding_halves(x):
    return [round(x), round(-2.5), round(2.5), round(x, 1), round(0.5), round(x, -1)]


# inputs: [2.675]
# inputs: [-2.5]
# inputs: [25]


def dropdown_compared_with_text(value: str, mode: str):
    # Dash sends None before anything is chosen: CPython compares it, False.
    if value == "a":
        return "A"
    return ["other", mode in ("x", "y"), mode != "x"]


# inputs: [null, null]
# inputs: ["a", "x"]
# inputs: ["b", "y"]


def type_tested_before_use(x: int, label: str):
    if not isinstance(x, int):
        return "none"
    if isinstance(label, str):
        return str(x + 1) + label
    return str(x * 2)


# inputs: [null, "a"]
# inputs: [2, "b"]
# inputs: [2, null]
# inputs: [2.5, "b"]


def none_test_in_a_lambda(x: int):
    missing = lambda: x is None
    if missing():
        return "none"
    return str(x + 1)


# inputs: [null]
# inputs: [4]
