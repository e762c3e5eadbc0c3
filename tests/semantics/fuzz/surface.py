"""Random programs over the library surface Dash authors use: format specs, %-formatting,
str methods, slicing, conversions, list and dict methods and the builtins around them,
each fed edge-case arguments (negative and out-of-range indexes, nan and signed zeros,
ties for rounding, non-ASCII text).

Every unit appends one result, usually its ``repr`` so that ``2`` against ``2.0`` and the
quote style count, and catches the exceptions CPython may raise by class, so one program
checks many calls and a raising call is compared by the class it raises.
"""

from __future__ import annotations

import random

from .forms import CLASSES
from .idioms import IdiomsGen
from .statements import Program

INT_LITS = ["0", "1", "-1", "7", "-42", "255", "1000000", "2**31", "123456789", "-5"]
FLOAT_LITS = [
    "0.0",
    "-0.0",
    "2.5",
    "0.125",
    "-1.5",
    "0.1",
    "1e16",
    "1e-07",
    "1e300",
    "123456.789",
    'float("nan")',
    'float("inf")',
    '-float("inf")',
    "(0.1 + 0.2)",
    "3.0",
    "1e22",
    "5e-324",
    "0.5",
    "-2.675",
    "1.0005",
    "9.995",
]
STR_LITS = [
    "",
    "a",
    "abc",
    " hi ",
    "Hello World",
    "a,b,,c",
    "x\ty\tz",
    "1_000",
    " -12 ",
    "ß",
    "ǅx",
    "it's a dog's",
    "ÉCOLE é",
    "١٢",
    "0x1F",
    "a\nb\r\nc",
    "ΣΑΣ",
    "3.5e2",
    "aaa",
    "abcabc",
    "+7",
    "hello-world_2x",
    "ﬁ",
    "½",
    "²",
    "  ",
]
# Strings fed to int() and float(): what a text input may hold.
NUMERIC_TEXTS = [
    "0",
    "12",
    " 42 ",
    "-7",
    "+3",
    "1_000",
    "1__0",
    "_1",
    "1e5",
    "2.5",
    ".5",
    "5.",
    "0x10",
    "0b101",
    "0o17",
    "010",
    "00",
    "inf",
    "-Infinity",
    "nan",
    "NaN",
    "",
    " ",
    "١٢",
    "12abc",
    "1 2",
    "ff",
    "Z",
    "z",
    "-0",
    "1e400",
    "\t3\n",
    "-0.0",
    "1E-3",
]
SEP_LITS = ["None", '","', '" "', '"a"', '"ab"', '"b"', '"\\n"', '""', '"x"']
CHARS_LITS = ['" "', '"a"', '"ab"', '"xa "', '""', "None", '"-_"']
TYPES = ["b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "s", "x", "X", "%", ""]
# Caught and recorded by class. OverflowError is left to propagate: the JS raises it where
# an int would pass 2**53, a documented difference the runner tells apart.
EXC = ["ValueError", "TypeError", "IndexError", "KeyError", "ZeroDivisionError"]
EXC += ["StopIteration"]

# What each parameter is fed. An integral float reaches both sides as an int; none is
# 1e21 or more, which Dash sends as a float the JS prints as an int (a documented gap).
PARAM_VALUES = {
    "int": [0, 1, -1, 7, 42, -300, 2**31, 10**15, 255],
    "float": [2.5, -0.5, 0.125, 1e-7, 3.14159, 1234.5678, 1e20, -2.675, 0.1],
    "str": STR_LITS,
    "list": [[], [1, 2, 3], ["a", "b"], [3, 1, 2, 1], [0.5, 1.5]],
    "bool": [True, False],
    "none": [None],
    "dict": [{}, {"a": 1}, {"b": 2.5, "a": "x"}, {"k": None, "b": [1]}],
}
PARAMS = [("n", "int"), ("x", "float"), ("s", "str"), ("xs", "list"), ("b", "bool")]
PARAMS += [("z", "none"), ("dd", "dict")]
ANNOTATIONS = {
    "int": "int",
    "float": "float",
    "str": "str",
    "list": "list",
    "bool": "bool",
    "none": "None",
    "dict": "dict",
}


class SurfaceGen(IdiomsGen):
    """One random program over the library surface."""

    def __init__(self, rng: random.Random):
        self.r = rng
        self.params: dict[str, tuple[str, object]] = {}  # name -> (kind, value)

    # -- values: source text of a literal, or a parameter of that kind --
    def lit(self, kind: str) -> str:
        r = self.r
        if kind == "int":
            return r.choice(INT_LITS) if r.random() < 0.7 else str(r.randint(-20, 20))
        if kind == "float":
            return r.choice(FLOAT_LITS)
        if kind == "str":
            return repr(r.choice(STR_LITS))
        if kind == "bool":
            return r.choice(["True", "False"])
        if kind == "none":
            return "None"
        if kind == "num":
            return self.lit(r.choice(["int", "float"]))
        if kind == "any":
            return self.lit(r.choice(["int", "float", "str", "bool", "none", "int"]))
        raise AssertionError(kind)

    def val(self, kind: str) -> str:
        names = [n for n, (k, _) in self.params.items() if k == kind]
        if names and self.r.random() < 0.5:
            return self.r.choice(names)
        return self.lit(kind)

    def small(self) -> str:
        """An index or count: small, negative, out of range, or None."""
        r = self.r
        return r.choice(
            ["0", "1", "2", "-1", "-2", "3", "5", "-5", "10", "-10", "100", "None"]
        )

    def idx(self) -> str:
        names = [n for n, (k, _) in self.params.items() if k == "int"]
        if names and self.r.random() < 0.2:
            return self.r.choice(names)
        return self.small()

    def strv(self) -> str:
        return self.val("str")

    def seq(self) -> str:
        r = self.r
        c = r.random()
        if c < 0.3:
            return self.strv()
        names = [n for n, (k, _) in self.params.items() if k == "list"]
        if names and r.random() < 0.4:
            return r.choice(names)
        items = [self.lit(r.choice(["int", "int", "str", "float"])) for _ in range(3)]
        items = items[: r.randint(0, 3)]
        if c < 0.45:
            return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
        return "[" + ", ".join(items) + "]"

    def shown(self, expr: str) -> str:
        c = self.r.random()
        if c < 0.6:
            return f"repr({expr})"
        if c < 0.7:
            return f"str({expr})"
        return expr

    # -- format specs --
    def spec(self) -> str:
        r = self.r
        parts = []
        if r.random() < 0.4:
            if r.random() < 0.4:
                parts.append(r.choice("*0x_ .-"))
            parts.append(r.choice("<>^="))
        if r.random() < 0.35:
            parts.append(r.choice("+- "))
        if r.random() < 0.2:
            parts.append("#")
        if r.random() < 0.2:
            parts.append("0")
        if r.random() < 0.5:
            parts.append(str(r.choice([1, 2, 5, 8, 12])))
        if r.random() < 0.25:
            parts.append(r.choice(",_"))
        if r.random() < 0.45:
            parts.append("." + str(r.choice([0, 1, 2, 3, 6, 17])))
        parts.append(r.choice(TYPES))
        return "".join(parts)

    def formatting(self) -> str:
        r = self.r
        v = self.val(r.choice(["int", "float", "float", "str", "bool", "none"]))
        spec = self.spec()
        c = r.random()
        if c < 0.45 and "\\" not in v:  # no backslash in an f-string's braces (3.11)
            conv = r.choice(["", "", "", "!r", "!s"])
            quote = '"""' if '"' in v else '"'  # a str literal may hold a double quote
            return f"f{quote}{{{v}{conv}:{spec}}}{quote}"
        if c < 0.52:
            return f"format({v}, {self.text_at_run_time(repr(spec))})"
        if c < 0.6:
            # a small width: a parameter may be 10**15, a string CPython would build
            w = r.choice(["0", "3", "8", "-1", "True"])
            return f'"{{:{{}}}}".format({v}, {w})'
        if c < 0.8:
            w = self.val(r.choice(["int", "float", "str"]))
            fields = [
                "{}",
                "{0}",
                "{1!r}",
                "{x}",
                "{0:" + spec + "}",
                "{1:>4}",
                "{x!r:^7}",
                "{{",
                "}}",
                "{2[0]}",
                "{y[k]!r}",
            ]
            picked = r.sample(fields, r.randint(1, 3))
            if any(f.startswith("{}") for f in picked) and any(
                f[1:2].isdigit() for f in picked
            ):
                picked = [f for f in picked if f != "{}"]  # auto and manual mix
            args = f"{v}, {w}" if r.random() < 0.8 else v
            args += f", {self.seq()}" if r.random() < 0.7 else ""
            y = '{"k": ' + self.val("any") + "}" if r.random() < 0.8 else "{}"
            template = self.text_at_run_time(repr("|".join(picked)))
            return f"{template}.format({args}, x={w}, y={y})"
        return self.percent()

    def text_at_run_time(self, literal: str) -> str:
        """A format string or spec, sometimes one the compiler cannot read: a constant
        one is parsed at build time, any other by the runtime's own parser."""
        if self.r.random() < 0.6:
            return literal
        if "s" in self.params and self.params["s"][0] == "str":
            return f"(s[:0] + {literal})"
        return f'"".join([{literal}])'

    def percent(self) -> str:
        r = self.r
        flags = "".join(r.sample("-+ 0#", r.randint(0, 2)))
        width = r.choice(["", "", "5", "8", "1"])
        prec = r.choice(["", "", ".2", ".0", ".5"])
        typ = r.choice("diouxXeEfFgGcrsa")
        v = self.val(r.choice(["int", "float", "str", "bool", "none"]))
        c = r.random()
        if c < 0.6:
            text = self.text_at_run_time(repr(f"%{flags}{width}{prec}{typ}"))
            return f"{text} % {v}"
        if c < 0.8:
            w = self.val(r.choice(["int", "float", "str"]))
            return f'"%{flags}{width}{prec}{typ} %s %%" % ({v}, {w})'
        return f'"%(k){flags}{width}{prec}{typ}|%(j)r" % {{"k": {v}, "j": {self.val("str")}}}'

    # -- str methods --
    def str_method(self) -> str:
        r = self.r
        s = self.strv()
        m = r.choice(
            [
                "split",
                "rsplit",
                "strip",
                "find",
                "count",
                "replace",
                "partition",
                "startswith",
                "pad",
                "zfill",
                "expandtabs",
                "splitlines",
                "case",
                "is",
                "join",
                "in",
                "mul",
                "compare",
            ]
        )
        if m in ("split", "rsplit"):
            sep = r.choice(SEP_LITS)
            c = r.random()
            if c < 0.3:
                return f"{s}.{m}({sep})"
            if c < 0.6:
                return f"{s}.{m}({sep}, {r.choice(['-1', '0', '1', '2', '-3'])})"
            return f"{s}.{m}(maxsplit={r.choice(['-1', '0', '1', '2'])})"
        if m == "strip":
            name = r.choice(["strip", "lstrip", "rstrip"])
            return f"{s}.{name}({r.choice(CHARS_LITS + [''])})"
        if m == "find":
            name = r.choice(["find", "rfind", "index", "rindex", "count"])
            sub = r.choice(['"a"', '"b"', '""', '"ab"', '" "', '"c"', '","'])
            args = [sub] + [self.idx() for _ in range(r.randint(0, 2))]
            return f"{s}.{name}({', '.join(args)})"
        if m == "count":
            sub = r.choice(['""', '"a"', '"aa"'])
            return f"{s}.count({sub})"
        if m == "replace":
            old = r.choice(['"a"', '""', '"ab"', '" "', '","'])
            new = r.choice(['"-"', '""', '"XY"'])
            count = r.choice(["", ", -1", ", 0", ", 1", ", 2"])
            return f"{s}.replace({old}, {new}{count})"
        if m == "partition":
            name = r.choice(["partition", "rpartition"])
            sep = r.choice(['"a"', '"b"', '","', '""', '" "'])
            return f"{s}.{name}({sep})"
        if m == "startswith":
            name = r.choice(["startswith", "endswith"])
            arg = r.choice(['"a"', '""', '("a", "c")', '("x",)', '"bc"', "()", '"H"'])
            extra = [self.idx() for _ in range(r.randint(0, 2))]
            return f"{s}.{name}({', '.join([arg] + extra)})"
        if m == "pad":
            name = r.choice(["center", "ljust", "rjust"])
            width = r.choice(["0", "1", "4", "7", "-2", "10"])
            fill = r.choice(["", ', "*"', ', "-"', ', "ab"', ', "é"'])
            return f"{s}.{name}({width}{fill})"
        if m == "zfill":
            return f"{self.val('str')}.zfill({r.choice(['0', '3', '5', '-1'])})"
        if m == "expandtabs":
            return f"{s}.expandtabs({r.choice(['', '0', '1', '4', '-1'])})"
        if m == "splitlines":
            return f"{s}.splitlines({r.choice(['', 'True', 'False'])})"
        if m == "case":
            name = r.choice(
                ["title", "capitalize", "swapcase", "casefold", "upper", "lower"]
            )
            return f"{s}.{name}()"
        if m == "is":
            name = r.choice(
                [
                    "isdigit",
                    "isnumeric",
                    "isdecimal",
                    "isalpha",
                    "isalnum",
                    "isspace",
                    "isupper",
                    "islower",
                    "istitle",
                ]
            )
            return f"{s}.{name}()"
        if m == "join":
            sep = r.choice(['""', '", "', '"-"'])
            return f"{sep}.join({self.seq()})"
        if m == "in":
            sub = r.choice(['"a"', '""', '"ab"', '" "'])
            return f"{sub} in {s}"
        if m == "mul":
            n = r.choice(["0", "1", "2", "-1", "True", "False", "3"])
            return f"{s} * {n}" if r.random() < 0.5 else f"{n} * {s}"
        op = r.choice(["<", "<=", ">", ">=", "==", "!="])
        return f"{s} {op} {self.strv()}"

    # -- slicing --
    def bound(self) -> str:
        return self.r.choice(
            ["", "None", "0", "1", "2", "-1", "-2", "-4", "3", "100", "-100"]
        )

    def slicing(self) -> list[str]:
        r = self.r
        step = r.choice(["", "", "1", "2", "-1", "-2", "3", "0", "None"])
        sl = f"{self.bound()}:{self.bound()}" + (f":{step}" if step else "")
        c = r.random()
        if c < 0.55:
            return [f"out.append({self.shown(f'{self.seq()}[{sl}]')})"]
        items = "[" + ", ".join(self.lit("int") for _ in range(r.randint(0, 5))) + "]"
        if c < 0.8:
            src = "[" + ", ".join(self.lit("int") for _ in range(r.randint(0, 3))) + "]"
            return [f"t = {items}", f"t[{sl}] = {src}", "out.append(repr(t))"]
        if c < 0.9:
            return [f"t = {items}", f"del t[{sl}]", "out.append(repr(t))"]
        return [f"t = {items}", f"del t[{self.small()}]", "out.append(repr(t))"]

    # -- conversions --
    def conversion(self) -> str:
        r = self.r
        c = r.random()
        text = repr(r.choice(NUMERIC_TEXTS))
        if c < 0.2:
            return f"int({text if r.random() < 0.7 else self.strv()})"
        if c < 0.3:
            return (
                f"int({text}, {r.choice(['0', '2', '8', '10', '16', '36', '1', '37'])})"
            )
        if c < 0.45:
            return f"float({text if r.random() < 0.7 else self.strv()})"
        if c < 0.5:
            return f"int({self.val('float')})"
        if c < 0.6:
            x = self.val(r.choice(["float", "int", "float"]))
            nd = r.choice(["", ", 0", ", 1", ", 2", ", -1", ", -2", ", None"])
            return f"round({x}{nd})"
        if c < 0.7:
            return f"{r.choice(['str', 'repr'])}({self.val('float')})"
        if c < 0.75:
            return f"bool({self.val('any')})"
        if c < 0.8:
            name = r.choice(["hex", "bin", "oct", "chr"])
            return f"{name}({self.val(r.choice(['int', 'int', 'float', 'bool']))})"
        if c < 0.83:
            return f"ord({self.strv()})"
        if c < 0.9:
            a = self.val(r.choice(["int", "float"]))
            b = self.val(r.choice(["int", "float", "int"]))
            return f"divmod({a}, {b})"
        base = self.val(r.choice(["int", "int", "float"]))
        # no fractional exponent: CPython makes a complex number of a negative base
        exp = r.choice(["2", "-1", "0", "3", "-2", "0.0"])
        if r.random() < 0.5:
            return f"pow({base}, {r.choice(['2', '3', '0', '-1', '10'])}, {r.choice(['5', '7', '1', '-3', '0'])})"
        return f"pow({base}, {exp})"

    # -- lists, dicts and builtins --
    def items(self, kind: str | None = None) -> str:
        r = self.r
        kind = kind or r.choice(["int", "int", "str", "float", "num"])
        return "[" + ", ".join(self.lit(kind) for _ in range(r.randint(0, 5))) + "]"

    def collection(self) -> list[str]:
        r = self.r
        xs = self.items()
        c = r.random()
        if c < 0.12:
            key = r.choice(["", ", key=abs", ", key=str", ", key=lambda v: -v", ""])
            rev = r.choice(["", ", reverse=True"])
            if "key=abs" in key or "-v" in key:
                xs = self.items(r.choice(["int", "float", "num"]))
            return [f"out.append(repr(sorted({xs}{key}{rev})))"]
        if c < 0.2:
            return [f"t = {xs}", "t.sort(reverse=True)", "out.append(repr(t))"]
        if c < 0.3:
            f = r.choice(["min", "max"])
            extra = r.choice(["", ", default=None", ", key=str", ", default=-1"])
            if r.random() < 0.3:
                a, b = self.val("num"), self.val("num")
                return [f"out.append(repr({f}({a}, {b})))"]
            return [f"out.append(repr({f}({xs}{extra})))"]
        if c < 0.42:
            if "xs" in self.params and r.random() < 0.3:
                xs = "xs"  # a list from Dash, changed in place
            m = r.choice(["index", "count", "remove", "pop", "insert"])
            v = self.lit(r.choice(["int", "str", "float"]))
            if "nan" in v:
                # two NaNs made apart are one value in JS (README, "Containers compare")
                v = "0.5"
            if m == "index":
                call = f"t.index({v}{r.choice(['', ', 1', ', -2', ', 1, 3'])})"
                return [f"t = {xs}", f"out.append(repr({call}))"]
            if m == "count":
                return [f"t = {xs}", f"out.append(repr(t.count({v})))"]
            if m == "remove":
                return [f"t = {xs}", f"t.remove({v})", "out.append(repr(t))"]
            if m == "pop":
                i = r.choice(["", "0", "-1", "2", "10", "-10"])
                return [
                    f"t = {xs}",
                    f"out.append(repr(t.pop({i})))",
                    "out.append(repr(t))",
                ]
            return [f"t = {xs}", f"t.insert({self.idx()}, {v})", "out.append(repr(t))"]
        if c < 0.58:
            d = (
                "{"
                + ", ".join(
                    f'"{k}": {self.lit("int")}'
                    for k in r.sample("abcd", r.randint(0, 3))
                )
                + "}"
            )
            k = r.choice(['"a"', '"b"', '"z"'])
            m = r.choice(
                [
                    "get",
                    "get2",
                    "pop",
                    "pop2",
                    "setdefault",
                    "update",
                    "popitem",
                    "del",
                    "index",
                    "keys",
                    "in",
                ]
            )
            if "dd" in self.params and r.random() < 0.5:
                d = "dd"  # a dict from Dash: a JS object, not a Map
            lines = [f"d = {d}"]
            if m == "keys":
                lines.append("out.append(repr([list(d), list(d.items()), len(d)]))")
            elif m == "in":
                lines.append(f"out.append(repr(({k} in d, {k} not in d.keys())))")
            elif m == "get":
                lines.append(f"out.append(repr(d.get({k})))")
            elif m == "get2":
                lines.append(f"out.append(repr(d.get({k}, {self.lit('any')})))")
            elif m == "pop":
                lines.append(f"out.append(repr(d.pop({k})))")
            elif m == "pop2":
                lines.append(f"out.append(repr(d.pop({k}, {self.lit('any')})))")
            elif m == "setdefault":
                lines.append(f"out.append(repr(d.setdefault({k}, {self.lit('int')})))")
            elif m == "update":
                lines.append(f'd.update({{{k}: 9, "e": 1}})')
            elif m == "popitem":
                lines.append("out.append(repr(d.popitem()))")
            elif m == "del":
                lines.append(f"del d[{k}]")
            else:
                lines.append(f"out.append(repr(d[{k}]))")
            return lines + ["out.append(repr(d))"]
        if c < 0.66:
            start = r.choice(["", ", 0.5", ", 10", ", -1", ", 0.0"])
            return [
                f"out.append(repr(sum({self.items(r.choice(['int', 'float', 'num']))}{start})))"
            ]
        if c < 0.72:
            return [f"out.append(repr(list(zip({xs}, {self.seq()}))))"]
        if c < 0.78:
            start = r.choice(["", ", 1", ", -3", ", start=5"])
            return [f"out.append(repr(list(enumerate({self.seq()}{start}))))"]
        if c < 0.82:
            return [f"out.append(repr(list(reversed({self.seq()}))))"]
        if c < 0.86:
            f = r.choice(["any", "all"])
            return [f"out.append(repr({f}({self.items('any')})))"]
        if c < 0.93:
            args = [
                r.choice(["0", "5", "-3", "10", "1"]) for _ in range(r.randint(1, 3))
            ]
            if len(args) == 3:
                args[2] = r.choice(["-1", "2", "-2", "0", "3"])
            return [f"out.append(repr(list(range({', '.join(args)}))))"]
        if c < 0.96:
            op = r.choice(["<", "<=", "==", "!=", ">", "in", "not in"])
            return [f"out.append(repr({self.seq()} {op} {self.seq()}))"]
        n = r.choice(["0", "2", "-1", "True", "3"])
        return [f"out.append(repr({self.seq()} * {n}))"]

    # -- ranges, keys, merges and the less common forms --
    def misc(self) -> str:
        r = self.r
        rng = f"range({', '.join(r.choice(['0', '7', '-3', '10', '2', '-1']) for _ in range(r.randint(1, 3)))})"
        strs = "[" + ", ".join(self.lit("str") for _ in range(r.randint(0, 4))) + "]"
        d = '{"a": 1, "b": 2}'
        sub = r.choice(['""', '"a"'])
        fill = r.choice(['"0"', '"ab"', '""'])
        forms = [
            f"{rng}[{self.bound() or '0'}]",
            # listed: a range is a list in JS, whose repr and == are not a range's
            f"list({rng}[{self.bound()}:{self.bound()}:{r.choice(['', '-1', '2', '-2'])}])",
            f"len({rng})",
            f"{r.choice(['0', '3', '-2', '2.0', 'True'])} in {rng}",
            f"list(reversed({rng}))",
            f"sorted({strs}, key={r.choice(['len', 'str.lower', 'str.upper', 'lambda v: (len(v), v)'])})",
            f"{r.choice(['min', 'max'])}({self.strv()}{r.choice(['', ', default=None'])})",
            f"{r.choice(['min', 'max'])}({strs}, key=len{r.choice(['', ', default=0'])})",
            f"dict(zip({strs}, {self.seq()}))",
            f"dict.fromkeys({strs}, {self.lit('any')})",
            f"{{**{d}, **{{'b': {self.lit('any')}, 'c': 0}}}}",
            f"{d} | {{'a': {self.lit('int')}}}",
            f'"%*d|%-*s" % ({r.choice(["3", "-4", "0"])}, {self.val("int")}, 5, {self.strv()})',
            f"f'{{{self.val('any')}!a}}'",
            f"ascii({self.strv()})",
            f"{self.seq()} {r.choice(['<', '>=', '=='])} {self.seq()}",
            f"{self.strv()}.join(map(str, {rng}))",
            f"round({r.choice(['123456789', '-2675', '15', '25', '-35', '2**31'])}, {r.choice(['-1', '-2', '-10', '0', '1'])})",
            f"[{self.strv()}.count({sub}, {self.idx()}, {self.idx()})]",
            f"{self.strv()}.removeprefix({self.strv()}) + {self.strv()}.removesuffix({self.strv()})",
            f"{self.strv()}.ljust({r.choice(['3', '6'])}, {fill})",
            f"type({self.val(r.choice(['any', 'num']))}).__name__",
            f"{self.seq()}.__class__.__name__",
            f"type({self.val('any')}) {r.choice(['is', 'is not', '=='])} {r.choice(CLASSES)}",
            f"type({self.seq()}) in ({r.choice(CLASSES)}, {r.choice(CLASSES)})",
            f"next(iter({self.seq()}){r.choice(['', ', None'])})",
            f"list(iter({self.seq()}))",
        ]
        return r.choice(forms)

    # -- units and programs --
    def guarded(self, body: list[str]) -> list[str]:
        lines = ["try:"] + ["    " + line for line in body]
        for exc in EXC:
            lines += [f"except {exc}:", f'    out.append("{exc}")']
        return lines

    def unit(self) -> list[str]:
        r = self.r
        c = r.random()
        if c < 0.3:
            body = [f"out.append({self.shown(self.formatting())})"]
        elif c < 0.55:
            body = [f"out.append({self.shown(self.str_method())})"]
        elif c < 0.65:
            body = self.slicing()
        elif c < 0.78:
            body = [f"out.append({self.shown(self.conversion())})"]
        elif c < 0.85:
            body = [f"out.append({self.shown(self.misc())})"]
        elif c < 0.93:
            body = self.collection()
        else:
            body = self.idiom()
        return self.guarded(body) if r.random() < 0.85 else body

    def program(self, name: str) -> Program:
        r = self.r
        header, param_types = [], {}
        values = []
        for pname, kind in PARAMS:
            if r.random() < 0.5:
                continue
            ann = ANNOTATIONS[kind]
            header.append(f"{pname}: {ann}" if r.random() < 0.5 else pname)
            value = r.choice(PARAM_VALUES[kind])
            self.params[pname] = (kind, value)
            values.append(value)
        if not header:
            header, values = ["s"], [r.choice(STR_LITS)]
            self.params["s"] = ("str", values[0])
        units = [self.unit() for _ in range(r.randint(2, 6))]
        return Program(name, header, units, [values], list(self.helpers), param_types)


class IdiomsOnlyGen(SurfaceGen):
    """Programs of the Dash idioms alone (`--idioms`): the surface fuzzer's parameters,
    every unit an idiom."""

    def unit(self) -> list[str]:
        body = self.idiom()
        return self.guarded(body) if self.r.random() < 0.5 else body
