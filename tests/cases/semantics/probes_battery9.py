# Probes, ninth battery: annotations the compiled code could not check (an `int`
# annotation over a float), guards that make an annotation `| None`, and everyday
# idioms of callbacks (f"{x=}", str.format, `%` with a dict, unbound methods as keys).


import json


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
# inputs: ["2", "b"]


def none_test_in_a_lambda(x: int):
    missing = lambda: x is None
    if missing():
        return "none"
    return str(x + 1)


# inputs: [null]
# inputs: [4]


def str_edges(s: str, k: int):
    out = []
    tests = [
        lambda: s.startswith("", k),
        lambda: s.endswith("", k),
        lambda: s.find("", k),
        lambda: s.rfind("", k),
        lambda: s.count("", k),
        lambda: s.replace("", "x", 2),
        lambda: s.replace("a", "b", -1),
        lambda: s.count("a", -3, -1),
        lambda: s.startswith(("x", s[:1])),
        lambda: s.find("a", -2),
        lambda: s.rfind("a", 0, -1),
        lambda: s.index("", len(s)),
        lambda: s.split("a", -1),
        lambda: s.rsplit("a", 0),
        lambda: s.zfill(-1),
        lambda: s.expandtabs(0),
        lambda: s.center(k, "-"),
        lambda: s.startswith("a", -100),
        lambda: s.endswith("a", 0, -100),
        lambda: s.find("", -100),
        lambda: s[k : k - 1 : -1],
        lambda: s.strip(""),
        lambda: s.lstrip(None),
        lambda: s.splitlines(True),
        lambda: s.partition("a"),
        lambda: s.rpartition("zz"),
        lambda: s.removeprefix(""),
        lambda: s.title(),
        lambda: s.count("aa"),
        lambda: s.ljust(k, "é"),
        lambda: s.rindex("a", 1),
        lambda: s.isdigit(),
        lambda: s.isnumeric(),
        lambda: s.isdecimal(),
        lambda: s.isidentifier(),
        lambda: s.istitle(),
    ]
    for t in tests:
        try:
            out.append(t())
        except ValueError as e:
            out.append("ValueError " + str(e))
    return out


# inputs: ["banana", 3]
# inputs: ["", 0]
# inputs: ["aaa\tb\r\nc\u000bd\u001ce\u2028", 7]
# inputs: ["Hello World's ǅx", 20]
# inputs: ["½²٣", 1]


def astral(s: str):
    return [
        len(s),
        s[::-1],
        s[1],
        list(s),
        ord(s[0]),
        s.find("b"),
        s.index("b"),
        list(enumerate(s))[:3],
        f"{s:>8}",
        f"{s:^9}",
        s.center(9, "*"),
        sorted(s),
        "".join(reversed(s)),
        s.zfill(8),
        "%-7s|" % s,
        s.ljust(7, "."),
        s.rfind("😀"),
        s.replace("", "-"),
        s.startswith("b", 1),
        s[1:3],
        s[-2:],
        s.count(""),
        json.dumps(s),
        s.split("b"),
        s.upper(),
        s.title(),
        s.swapcase(),
        s.expandtabs(4),
        repr(s),
        s.isalpha(),
        s.rjust(6),
        s.find("b", -3),
        s[:-1],
        max(s),
        min(s),
        s.rpartition("b"),
        chr(ord(s[0]) + 1),
        s.casefold(),
        [c for c in s if c.isascii()],
        s.strip("😀"),
        s.rsplit("b", 1),
        s.endswith("😀"),
        s < "😁",
        s > "\uffff",
    ]


# inputs: ["😀b𝔘c\td😀"]
# inputs: ["ab"]


def stable_reverse(rows):
    a = sorted(rows, key=lambda r: r[1], reverse=True)
    b = list(rows)
    b.sort(key=lambda r: r[1], reverse=True)
    c = sorted(rows, reverse=True)
    return [a, b, c, max(rows, key=lambda r: r[1]), min(rows, key=lambda r: r[1])]


# inputs: [[["a", 1], ["b", 2], ["c", 1], ["d", 2], ["e", 0]]]


def astral_order(xs):
    return [
        sorted(xs),
        max(xs),
        min(xs),
        sorted(xs, reverse=True),
        sorted(xs, key=lambda s: s[-1]),
        sorted({x: 1 for x in xs}.items()),
        xs[0] < xs[1],
        sorted([(x, 1) for x in xs]),
    ]


# inputs: [["\uffff", "😀", "a", "\ue000", "𝔘"]]


def sort_mixed(xs):
    try:
        return sorted(xs)
    except TypeError as e:
        return str(e)


# inputs: [[1, "a"]]
# inputs: [[[1, 2], [1, "a"]]]
# inputs: [[[1, null], [1, 2]]]
# inputs: [[true, 0, 0.5]]


def counter_idiom(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [
        top,
        max(counts, key=counts.get),
        sorted(counts, key=counts.get, reverse=True),
    ]


# inputs: [["b", "a", "b", "c", "a", "d"]]


def fstr_eq2(d, s: str, n: int):
    return [
        f"{d['k']=}",
        f"{ s = }",
        f"{s=:}",
        f"{(s, n)=}",
        f"{n*2=}",
        f"{s=!r:>10}",
        f"{s=!a}",
        f"{n = :5d}|",
        f"{s.upper()=}",
        f"{[n, s]=}",
        f"{n/2=}",
        f"{n>1=}",
        f"{None=}",
        f"{d=}",
    ]


# inputs: [{"k": "v"}, "é'\"", 3]
# inputs: [{"k": 2}, "", -1]


def fmt_digit_key(d):
    out = []
    for f in ["{0[1]}", "{0[a]}", "{0[-1]}", "{0[01]}", "{0[ 1]}"]:
        try:
            out.append(f.format(d))
        except KeyError as e:
            out.append("KeyError" + str(e))
        except IndexError as e:
            out.append("IndexError" + str(e))
        except ValueError as e:
            out.append("ValueError" + str(e))
        except TypeError as e:
            out.append("TypeError" + str(e))
    return out


# inputs: [{"1": "one", "a": "A", "-1": "neg", "01": "z", " 1": "sp"}]


def fmt_list_index(xs):
    out = []
    for f in [
        "{0[1]}",
        "{0[-1]}",
        "{0[a]}",
        "{0[5]}",
        "{0[1]}{0[0]}",
        "{{{0[0]}}}",
        "{:{}}",
        "{0!s:>5}|",
    ]:
        try:
            out.append(f.format(xs, 4) if "{}" in f else f.format(xs))
        except KeyError as e:
            out.append("KeyError" + str(e))
        except IndexError as e:
            out.append("IndexError" + str(e))
        except ValueError as e:
            out.append("ValueError" + str(e))
        except TypeError as e:
            out.append("TypeError" + str(e))
    return out


# inputs: [["x", "y"]]


def fmt_kw_digit(d):
    out = []
    try:
        out.append("{a[1]}".format(a=d))
    except KeyError as e:
        out.append("KeyError" + str(e))
    try:
        out.append("%(1)s" % d)
    except KeyError as e:
        out.append("KeyError" + str(e))
    out.append("{a[b]}".format(a=d))
    return out


# inputs: [{"1": "one", "b": "B"}]


def fmt_dict_int_keys(n: int):
    d = {1: "int-one", "1": "str-one"}
    xs = ["a", "b"]
    return ["{0[1]}".format(d), "{0[1]}".format(xs), f"{d[1]}", "%(1)s" % {"1": n}]


# inputs: [3]


def float_parse(xs):
    out = []
    for s in xs:
        try:
            out.append(str(float(s)))
        except ValueError as e:
            out.append(str(e))
    return out


# inputs: [["1e3", "  -inf ", "nan", "1_0", "١.٥", "0x10", "1.5e", ".5", "5.", "+.5e-3", "Infinity", "-iNF", "1__0", "_1", "", " ", "1e400", "\u20071.5"]]
