"""Random statements and whole programs, built on the expressions."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field

from .expressions import ExpressionGen
from .forms import FormsGen
from .values import ANNOTATION, KEYS, KINDS, STRS, json_like


class Gen(ExpressionGen, FormsGen):
    def show(self, name: str) -> list[str]:
        t = self.vars[name]
        c = self.r.random()
        if c < 0.45:
            return [f"out.append(repr({name}))"]
        if c < 0.6:
            return [f"out.append(str({name}))"]
        if c < 0.7 and t in ("int", "float", "num", "bool"):
            return [f'out.append(f"{{{name}}}")']
        if c < 0.75:
            return [f"print({name}, {name} == {name})"]
        if c < 0.78:
            kind = self.r.choice(["int", "float", "str", "bool", "list"])
            return [f"out.append(({name}, isinstance({name}, {kind})))"]
        return [f"out.append({name})"]

    def statement(self) -> list[str]:
        r = self.r
        if self.vars and r.random() < 0.15:
            return self.new_form()
        c = r.random()
        if c < 0.35 or not self.vars:
            e, t = self.expr_of_kind()
            if self.vars and r.random() < 0.3:
                name = r.choice(list(self.vars))
                old = self.vars[name]
                if old != t:
                    t = "num" if {old, t} <= {"int", "float", "num"} else "any"
            else:
                name = self.new_name()
            self.vars[name] = t
            return [f"{name} = {e}", *self.show(name)]
        if c < 0.5:
            name = self.pick("int", "float", "num", "str", "lint", "lfloat", "lnum")
            if not name:
                return self.statement()
            t = self.vars[name]
            if t == "str":
                e, _ = self.string()
                return [f"{name} += {e}", *self.show(name)]
            if t.startswith("l"):
                e, _ = self.num_list()
                self.vars[name] = "lnum"
                return [f"{name} += {e}", *self.show(name)]
            op = r.choice(["+=", "-=", "*=", "/=", "//=", "%=", "+=", "-="])
            e, te = self.num()
            nt = "float" if op == "/=" or "float" in (t, te) else t
            if nt != "float" and te != "int":
                nt = "num"
            self.vars[name] = nt
            return [f"{name} {op} {e}", *self.show(name)]
        if c < 0.65:
            # a loop with an accumulator
            v = self.pick("lint", "lfloat", "lnum")
            acc = self.new_name()
            init, ti = self.num_lit() if r.random() < 0.7 else self.num()
            if not v:
                v = f"[{self.num()[0]}, {self.num()[0]}]"
                it = "num"
            else:
                it = {"lint": "int", "lfloat": "float"}.get(self.vars[v], "num")
            saved = dict(self.vars)
            self.vars["x"] = it
            self.vars[acc] = ti
            op = r.choice(["+=", "+=", "-=", "*=", "+="])
            body_e, _ = self.num() if r.random() < 0.5 else ("x", it)
            lines = [f"{acc} = {init}", f"for x in {v}:"]
            if r.random() < 0.3:
                b, _ = self.boolean()
                lines += [f"    if {b}:", f"        {acc} {op} {body_e}"]
            else:
                lines += [f"    {acc} {op} {body_e}"]
            self.vars = saved
            self.vars[acc] = "num"
            return lines + self.show(acc)
        if c < 0.62:
            return self.scoping()
        if c < 0.64:
            return self.text()
        if c < 0.66:
            return self.loop_carried()
        if c < 0.68:
            return self.record()
        if c < 0.72:
            acc, i = self.new_name(), self.new_name()
            init, _ = self.num_lit()
            e, _ = self.num()
            self.vars[acc] = "num"
            lines = [
                f"{acc} = {init}",
                f"{i} = 0",
                f"while {i} < {r.randint(0, 4)}:",
                f"    {acc} += {e}",
                f"    {i} += 1",
            ]
            self.vars[i] = "int"
            return lines + self.show(acc)
        if c < 0.82:
            name = self.new_name()
            b, _ = self.boolean()
            e1, t1 = self.expr_of_kind() if r.random() < 0.3 else self.num()
            e2, t2 = self.num()
            t = (
                t1
                if t1 == t2
                else ("num" if {t1, t2} <= {"int", "float", "num"} else "any")
            )
            self.vars[name] = t
            return [
                f"if {b}:",
                f"    {name} = {e1}",
                "else:",
                f"    {name} = {e2}",
                *self.show(name),
            ]
        if c < 0.87:
            name = self.pick("dict")
            if not name:
                return self.statement()
            k = r.choice(KEYS)
            e, _ = self.num()
            if r.random() < 0.5:
                return [f'{name}["{k}"] = {e}', *self.show(name)]
            return [f'{name}["{k}"] = {name}.get("{k}", 0) + {e}', *self.show(name)]
        if c < 0.92:
            name = self.pick("lint", "lfloat", "lnum")
            if not name:
                return self.statement()
            e, t = self.num()
            self.vars[name] = "lnum"
            m = r.choice(["append", "insert0", "setitem", "pop", "sort"])
            if m == "append":
                return [f"{name}.append({e})", *self.show(name)]
            if m == "insert0":
                return [f"{name}.insert(0, {e})", *self.show(name)]
            if m == "pop":
                return [f"out.append({name}.pop() if {name} else None)"]
            if m == "sort":
                return [f"{name}.sort()", *self.show(name)]
            return [f"if {name}:", f"    {name}[-1] = {e}", *self.show(name)]
        if c < 0.95:
            name = self.pick("dict")
            if name:
                k = r.choice(KEYS)
                return [f'out.append(repr({name}["{k}"]))']
            nums = [n for n, t in self.vars.items() if t in ("int", "float", "num")]
            if len(nums) >= 2:
                a, b = r.sample(nums, 2)
                e, _ = self.num()
                self.vars[a] = self.vars[b] = "num"
                return [f"{a}, {b} = {b}, {e}", *self.show(a), *self.show(b)]
        e, _ = self.expr_of_kind()
        return [f"out.append({e})"]

    TEXTS = STRS + [
        "ǈa",
        "İi",
        "ﬁx",
        "x²",
        "٣4",
        "A-b_c",
        "  a\tb  ",
        "a,b,,c",
        "ΣΑΣ",
        "𝔘x",
    ]
    STR_METHODS = (
        ".casefold()",
        ".title()",
        ".capitalize()",
        ".swapcase()",
        ".upper()",
        ".lower()",
        '.center(7, "*")',
        '.ljust(4, "-")',
        ".rjust(5)",
        '.split(",", 1)',
        ".split()",
        ".rsplit(None, 1)",
        '.partition("b")',
        ".expandtabs(4)",
        ".zfill(5)",
        ".isdigit()",
        ".isnumeric()",
        ".isdecimal()",
        ".isalpha()",
        ".isalnum()",
        ".isspace()",
        ".istitle()",
        ".isupper()",
        ".islower()",
        ".isidentifier()",
        '.find("a")',
        '.rfind("b", 1)',
        '.count("")',
        "[::-2]",
        "[1:-1]",
        '.strip(" a")',
        '.replace("", "|")',
        '.startswith(("a", "A"))',
        ".splitlines()",
        '.removeprefix("a")',
        '.encode("utf-8") if False else 0',
        '.index("b")',
    )

    def text(self) -> list[str]:
        """str methods, %-formatting and ordering on text with non-ASCII letters."""
        r = self.r
        src = self.pick("str") if r.random() < 0.5 else None
        src = src or repr(r.choice(self.TEXTS))
        c = r.random()
        if c < 0.6:
            e = f"{src}{r.choice(self.STR_METHODS)}"
        elif c < 0.7:
            a, _ = self.num()
            e = r.choice(
                [
                    f'"%5s|%-4s|%.2s" % ({src}, {src}, {src})',
                    f'"%r %c" % ({src}, 65)',
                    f'"%(k)s=%(v)r" % {{"k": {src}, "v": {a}}}',
                    f'"{{0!r:>8}}{{1}}".format({src}, {src})',
                ]
            )
        elif c < 0.8:
            e = r.choice(
                [
                    f"sorted({src})",
                    f"[ord(ch) for ch in {src}]",
                    f'"".join(reversed({src}))',
                    f"min({src}, default='')",
                    f"{src} < {r.choice(self.TEXTS)!r}",
                    f"list(enumerate({src}))[-1:]",
                ]
            )
        elif c < 0.9:
            xs = self.pick("lint", "lfloat", "lnum") or "[3, 1, 2]"
            e = r.choice(
                [
                    f"{xs}.index({r.choice([1, 2, 0.5])})",
                    f"{xs}.count(1)",
                    f"sorted({xs}, key=lambda v: -v)",
                    f"list(zip({xs}, {src}))",
                    f"{xs}[::-1] < {xs}",
                    f"[*{xs}, *{src}]",
                ]
            )
        else:
            xs = self.pick("lint", "lfloat", "lnum")
            if not xs:
                return [f"out.append({src}{r.choice(self.STR_METHODS)})"]
            return r.choice(
                [
                    [f"{xs}[1:2] = [{self.num()[0]}]", f"out.append(repr({xs}))"],
                    ["if " + xs + ":", f"    del {xs}[0]", f"out.append({xs})"],
                    [f"{xs}.reverse()", f"out.append({xs})"],
                    [f"{xs}.remove({r.choice([1, 2, 0.5])})", f"out.append({xs})"],
                ]
            )
        name = self.new_name()
        self.vars[name] = "any"
        return [f"{name} = {e}", f"out.append({name})"]

    def scoping(self) -> list[str]:
        """Names that may be unbound, lambdas with defaults, closures that read a
        variable the function changes later."""
        r = self.r
        c = r.random()
        names = [n for n, t in self.vars.items() if t in ("int", "float", "num")]
        var = r.choice(names) if names else "0"
        if c < 0.35:
            name = self.new_name()
            b, _ = self.boolean()
            e, t = self.num()
            self.vars[name] = t
            return [f"if {b}:", f"    {name} = {e}", *self.show(name)]
        if c < 0.6:
            f = self.new_name()
            e, _ = self.num()
            return [
                f"{f} = lambda y={var}: y * 2 + {e}",
                f"out.append({f}())",
                f"out.append({f}(0.5))",
            ]
        g = self.new_name()
        later = f"v{self.n_vars + r.randint(1, 3)}"  # may be assigned further on
        return [
            f"def {g}(y):",
            f"    return [y, {var}, {later}]",
            f"out.append(repr({g}(1)))",
        ]

    def record(self) -> list[str]:
        """A dict display with a type per key, its items changed and read back, or an
        annotated local."""
        r = self.r
        name = self.new_name()
        if r.random() < 0.3:
            ann = r.choice(["int", "float", "str", "list[int]", "list[float]"])
            if ann == "int":
                e, _ = r.choice([("len(out)", ""), ("int(" + self.num()[0] + ")", "")])
                t = "int"
            elif ann == "float":
                e = "float(" + self.num()[0] + ")"
                t = "float"
            elif ann == "str":
                e, t = self.string()
            elif ann == "list[int]":
                e, t = "[len(out), 2]", "lint"
            else:
                e, t = "[float(x) for x in [1, 2.5]]", "lfloat"
            self.vars[name] = t
            return [f"{name}: {ann} = {e}", *self.show(name)]
        a, _ = self.num_lit()
        b, _ = self.num()
        lines = [f'{name} = {{"n": {a}, "x": {b}, "s": "t"}}']
        for _ in range(r.randint(1, 3)):
            k = r.choice(["n", "x"])
            op = r.choice(["+=", "-=", "*=", "/=", "="])
            e, _ = self.num()
            if r.random() < 0.5:
                e = f'{name}["{r.choice(["n", "x"])}"] {r.choice(["+", "*", "/"])} {e}'
            lines.append(f'{name}["{k}"] {op} {e}')
        k = r.choice(["n", "x"])
        lines.append(
            r.choice(
                [
                    f'out.append(repr({name}["{k}"]))',
                    f"out.append(str({name}))",
                    f"out.append(f\"{{{name}['{k}']}}\")",
                    f'out.append({name}["{k}"])',
                ]
            )
        )
        self.vars[name] = "dict"
        return lines

    def loop_carried(self) -> list[str]:
        """A loop whose body prints a variable before changing it: its type on the second
        pass is what the first pass made (int, then float), or a try/except joining
        paths."""
        r = self.r
        c = r.random()
        if c < 0.25:
            name = self.pick("str")
            acc = self.new_name()
            if not name:
                name = repr(r.choice(STRS))
            e, _ = self.num()
            self.vars[acc] = "num"
            return [
                "try:",
                f"    {acc} = int({name})",
                "except ValueError:",
                f"    {acc} = {e}",
                *self.show(acc),
            ]
        acc = self.new_name()
        init, _ = self.num_lit()
        seq = self.pick("lint", "lfloat", "lnum") or "[1, 2, 3]"
        saved = dict(self.vars)
        self.vars["x"] = "num"
        self.vars[acc] = "num"
        show = self.show(acc)
        op = r.choice(["/", "*", "+", "-", "//", "%"])
        other, _ = r.choice(
            [("x", "num"), self.num_lit(), ("0.5", "float"), ("2", "int")]
        )
        lines = [f"{acc} = {init}", f"for x in {seq}:"]
        lines += ["    " + line for line in show]
        if r.random() < 0.4:
            b, _ = self.boolean()
            e, _ = self.num()
            lines += [
                f"    if {b}:",
                f"        {acc} = {acc} {op} {other}",
                "    else:",
                f"        {acc} = {e}",
            ]
        else:
            lines += [f"    {acc} = {acc} {op} {other}"]
        flow = r.random()
        if flow < 0.15:
            lines += [f"    if {acc} > 10:", "        break"]
        elif flow < 0.3:
            lines += [f"    if x == {acc}:", "        continue", f"    {acc} += 1"]
        self.vars = saved
        self.vars[acc] = "num"
        return lines + self.show(acc)

    def program(self, name: str):
        r = self.r
        nparams = r.randint(1, 3)
        params, kinds, header = [], [], []
        param_types: dict[str, str] = {}
        for i in range(nparams):
            kind = r.choice(KINDS)
            p = "abcdefg"[i] if kind not in ("str",) else "s" + "abcdefg"[i]
            if kind.startswith("l") or kind == "dict":
                p = ("xs", "ys", "zs")[i] if kind != "dict" else ("d", "e", "g")[i]
            if kind == "tree":
                p = ("ts", "us", "ws")[i]
            ann = ANNOTATION.get(kind)
            typ = {
                "int": "int",
                "float": "float",
                "num": "num",
                "bool": "bool",
                "none": "none",
                "str": "str",
                "lint": "lint",
                "lfloat": "lfloat",
                "lnum": "lnum",
                "dict": "dict",
                "tree": "tree",
            }[kind]
            if kind == "int" and r.random() < 0.25:
                # as Dash's decorator says of an `n_clicks` Input: an int or None
                header.append(p)
                param_types[p] = "optint"
                kind = "optint"
            elif ann and r.random() < 0.5:
                header.append(f"{p}: {ann}")
            else:
                header.append(p)
                if typ in ("int", "float"):
                    typ = "num" if r.random() < 0.5 else typ
            self.vars[p] = typ if typ != "none" else "any"
            params.append(p)
            kinds.append(kind)
        units = []
        if r.random() < 0.2:
            i = r.randrange(nparams)
            units.append(self.rebind(params[i], kinds[i]))
        units += [self.statement() for _ in range(r.randint(2, 6))]
        rows = [[self.value(k) for k in kinds] for _ in range(3)]
        return Program(name, header, units, rows, self.helpers, param_types)


@dataclass
class Program:
    name: str
    header: list[str]
    units: list[list[str]]
    rows: list[list]
    helpers: list[str] = field(default_factory=list)
    param_types: dict[str, str] = field(default_factory=dict)
    dropped: set[int] = field(default_factory=set)

    def source(self) -> tuple[str, dict[int, int]]:
        """The module's text and, for each line (1-based) of the function's body, the
        unit it belongs to."""
        lines = []
        for helper in self.helpers:
            lines += [*helper.splitlines(), "", ""]
        lines += [f"def {self.name}({', '.join(self.header)}):", "    out = []"]
        owner: dict[int, int] = {}
        for i, unit in enumerate(self.units):
            if i in self.dropped:
                continue
            for line in unit:
                lines.append("    " + line)
                owner[len(lines)] = i
        lines.append("    return out")
        return "\n".join(lines) + "\n", owner

    def py_rows(self) -> list[list]:
        return [json_like(copy.deepcopy(row)) for row in self.rows]

    def report(self, problem: str, row) -> str:
        src, _ = self.source()
        return f"{src}# inputs: {json.dumps(row)}\n  {problem}"
