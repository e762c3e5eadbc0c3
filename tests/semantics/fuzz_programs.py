"""Differential program fuzzer: small random Python functions, run in CPython and, through
``clientpy.to_js``, in node; every disagreement is a mismatch.

    python -m tests.semantics.fuzz_programs --seed 1 --count 500 [--show-refused]

Each program takes a few parameters fed with JSON-like values (as Dash delivers them:
an integral float arrives as an int), builds intermediate values from literals,
parameters and expressions (numbers of known and of open type mixed on purpose, since
the compiler emits plain JS operators where it believes a type known), and returns a
list of them, often with their ``repr``/``str``/f-string so that ``2`` against ``2.0``
counts. A program the compiler refuses is retried without the refused statements; a
build-time refusal is never a mismatch. ``OverflowError`` and ``AnnotationError`` raised
by the JS where CPython returned are documented, loud differences and are counted apart.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import math
import os
import random
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .harness import compare, js_outcome, run_python

# ---- values -----------------------------------------------------------------------------

BIG = 2**53
INTS = [0, 1, -1, 2, 3, -7, 10, 255, 1000, -1000, BIG - 1, -(BIG - 1), 10**15, 123456]
FLOATS = [
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.5,
    0.1,
    0.25,
    3.14159,
    -0.0,
    1e-7,
    1e16 + 2,
    12345.678,
]
STRS = [
    "",
    "a",
    "ab",
    " x ",
    "Hé",
    "ß",
    "ǅ",
    "\t",
    "10",
    "-3",
    "2.5",
    "a b",
    "€uro",
    "Z",
]
KEYS = ["a", "b", "k", "x"]

# Parameter kinds: (name, annotation or None)
KINDS = ["int", "float", "num", "bool", "none", "str", "lint", "lfloat", "lnum", "dict"]
ANNOTATION = {
    "int": "int",
    "float": "float",
    "bool": "bool",
    "str": "str",
    "lint": "list[int]",
    "lfloat": "list[float]",
}


def json_like(x):
    """What the value becomes on its way through JSON from the browser: integral floats
    are ints there."""
    if isinstance(x, float) and math.isfinite(x) and x.is_integer() and x != 0:
        return int(x)
    if isinstance(x, float) and x == 0:
        return 0  # JSON.stringify(-0) is "0"
    if isinstance(x, list):
        return [json_like(v) for v in x]
    if isinstance(x, dict):
        return {k: json_like(v) for k, v in x.items()}
    return x


class Gen:
    """One random program: parameters, statements (as units of lines), input rows."""

    def __init__(self, rng: random.Random):
        self.r = rng
        self.vars: dict[str, str] = {}  # name -> type guess
        self.helpers: list[str] = []  # module-level functions the program calls
        self.n_vars = 0
        self.depth = 0

    # -- inputs --
    def value(self, kind: str):
        r = self.r
        if kind == "int":
            return r.choice(INTS) if r.random() < 0.6 else r.randint(-50, 50)
        if kind == "float":
            if r.random() < 0.15:
                # integral: Dash sends 2.0 as 2, an int for a `float` annotation too
                return float(r.choice([0, 1, 2, -3, 100, BIG - 1]))
            v = r.choice(FLOATS) if r.random() < 0.6 else r.randint(-400, 400) / 8
            return v if not float(v).is_integer() or v == 0 else v + 0.5
        if kind == "num":
            return self.value(r.choice(["int", "float"]))
        if kind == "optint":
            return None if r.random() < 0.3 else r.randint(0, 5)
        if kind == "bool":
            return r.random() < 0.5
        if kind == "none":
            return None
        if kind == "str":
            return r.choice(STRS)
        if kind == "lint":
            return [self.value("int") for _ in range(r.randint(0, 4))]
        if kind == "lfloat":
            return [self.value("float") for _ in range(r.randint(0, 4))]
        if kind == "lnum":
            return [self.value("num") for _ in range(r.randint(0, 4))]
        if kind == "dict":
            return {k: self.value("num") for k in r.sample(KEYS, r.randint(1, 3))}
        raise AssertionError(kind)

    # -- expressions: (text, type guess) --
    def pick(self, *types: str):
        names = [n for n, t in self.vars.items() if t in types]
        return self.r.choice(names) if names else None

    def num_lit(self):
        r = self.r
        c = r.random()
        if c < 0.45:
            return repr(r.choice([0, 1, 2, 3, 5, 10, -1, -4, 100, BIG - 1])), "int"
        if c < 0.9:
            v = r.choice([0.5, 2.0, 1.0, -0.0, 0.0, 2.5, 0.1, 1e16, 3.0, -1.5, 1e-3])
            return repr(v), "float"
        return r.choice(["True", "False"]), "bool"

    def num(self):
        r = self.r
        self.depth += 1
        try:
            if self.depth > 3:
                c = r.random() * 0.5
            elif r.random() < 0.08:
                return self.num_extra()
            else:
                c = r.random()
            if c < 0.2:
                return self.num_lit()
            if c < 0.45:
                v = self.pick("int", "float", "num")
                if v:
                    return v, self.vars[v]
                return self.num_lit()
            if c < 0.5:
                v = self.pick("lint", "lfloat", "lnum")
                if v:
                    t = {"lint": "int", "lfloat": "float"}.get(self.vars[v], "num")
                    return f"({v}[0] if {v} else 0)", t
                return self.num_lit()
            if c < 0.75:
                (a, ta), (b, tb) = self.num(), self.num()
                op = r.choice(["+", "-", "*", "/", "//", "%", "+", "-", "*"])
                t = (
                    "float"
                    if op == "/" or "float" in (ta, tb)
                    else (
                        "int"
                        if ta in ("int", "bool") and tb in ("int", "bool")
                        else "num"
                    )
                )
                return f"({a} {op} {b})", t
            if c < 0.78:
                a, ta = self.num()
                e = r.choice(["2", "3", "0", "-1", "0.5", "2.0"])
                return f"({a} ** {e})", "num"
            if c < 0.81:
                a, ta = self.num()
                return f"(-{a})", ta
            if c < 0.84:
                a, ta = self.num()
                return f"abs({a})", ta
            if c < 0.87:
                a, _ = self.num()
                if r.random() < 0.5:
                    return f"round({a})", "int"
                return f"round({a}, {r.choice([0, 1, 2, -1])})", "num"
            if c < 0.9:
                a, _ = self.num()
                return r.choice([(f"int({a})", "int"), (f"float({a})", "float")])
            if c < 0.93:
                (a, ta), (b, tb) = self.num(), self.num()
                f = r.choice(["min", "max"])
                return f"{f}({a}, {b})", ta if ta == tb else "num"
            if c < 0.95:
                v = self.pick("lint", "lfloat", "lnum")
                if v:
                    start = r.choice(["", ", 0.0", ", 0", ", 1"])
                    return f"sum({v}{start})", "num"
                return self.num_lit()
            if c < 0.97:
                v = self.pick("str", "lint", "lfloat", "lnum", "dict")
                if v:
                    return f"len({v})", "int"
                return self.num_lit()
            if c < 0.99:
                a, ta = self.num()
                b, tb = self.num()
                cond, _ = self.boolean()
                return f"({a} if {cond} else {b})", ta if ta == tb else "num"
            if c < 0.995:
                return self.num_extra()
            v = self.pick("dict")
            if v:
                k = r.choice(KEYS)
                return f'{v}.get("{k}", {self.num_lit()[0]})', "num"
            return self.num_lit()
        finally:
            self.depth -= 1

    # Module-level helpers the program calls by name: their parameters take the types
    # of what they are called with.
    NUM_HELPERS = (
        "def {n}(y):\n    return y * 2",
        "def {n}(y, z=1):\n    return y + z",
        "def {n}(y):\n    return y / 2 if y else y",
        "def {n}(y):\n    return round(y, 1)",
        "def {n}(y):\n    t = 0\n    for q in range(3):\n        t += y\n    return t",
        "def {n}(y):\n    return max(y, 0.5) - min(y, 1)",
        "def {n}(y):\n    y += 1\n    return y",
        "def {n}(y):\n    return -y if y < 0 else y // 1",
    )
    STR_HELPERS = (
        "def {n}(y):\n    return str(y)",
        'def {n}(y):\n    return f"<{{y}}>"',
        "def {n}(y):\n    return repr([y, y + 1])",
        'def {n}(y):\n    return f"{{y:.1f}}|{{y * 2}}"',
    )

    def helper(self, table) -> str:
        name = f"_h{len(self.helpers)}"
        self.helpers.append(self.r.choice(table).format(n=name))
        return name

    def num_extra(self):
        """Rarer numeric forms: conversions from str, reductions, divmod, bool maths,
        helper functions."""
        r = self.r
        c = r.random()
        if c < 0.3:
            name = self.helper(self.NUM_HELPERS)
            calls = r.randint(1, 2)
            if calls == 2:
                (a, _), (b, _) = self.num(), self.num()
                return f"({name}({a}) + {name}({b}))", "num"
            a, _ = self.num()
            return f"{name}({a})", "num"
        c = r.random()
        if c < 0.15:
            s, _ = self.string()
            return r.choice([(f"len({s})", "int"), (f"{s}.count('a')", "int")])
        if c < 0.3:
            v = self.pick("lint", "lfloat", "lnum")
            if v:
                f = r.choice(["min", "max"])
                return f"{f}({v}, default={self.num_lit()[0]})", "num"
            return self.num_lit()
        if c < 0.45:
            (a, _), (b, _) = self.num(), self.num()
            return f"divmod({a}, {b})[{r.randint(0, 1)}]", "num"
        if c < 0.6:
            a, _ = self.boolean()
            b, _ = self.num()
            return f"({a} {r.choice(['+', '*', '-'])} {b})", "num"
        if c < 0.7:
            v = self.pick("lint", "lfloat", "lnum")
            if v:
                return f"sum(x * 2 for x in {v})", "num"
            return self.num_lit()
        if c < 0.8:
            a, _ = self.num()
            return f"float(str({a}))", "float"
        if c < 0.9:
            v = self.pick("dict")
            if v:
                return f"sum({v}.values())", "num"
            return self.num_lit()
        a, _ = self.num()
        return f"(lambda y: y {r.choice(['+', '*', '-'])} 1)({a})", "num"

    def string(self):
        r = self.r
        self.depth += 1
        try:
            c = r.random() if self.depth < 3 else r.random() * 0.3
            if c < 0.15:
                return repr(r.choice(STRS)), "str"
            if c < 0.3:
                v = self.pick("str")
                if v:
                    return v, "str"
                return repr(r.choice(STRS)), "str"
            if c < 0.5:
                a, _ = self.num()
                f = r.choice(["str", "repr"])
                return f"{f}({a})", "str"
            if c < 0.65:
                a, _ = self.num()
                spec = r.choice(
                    [
                        "",
                        ":.2f",
                        ":d",
                        ":>5",
                        ":,",
                        ":e",
                        ":%",
                        ":.3g",
                        ":+",
                        ":08.3f",
                        ":^7",
                        ":g",
                        ":.0f",
                        ":,.1f",
                        ":.1%",
                        "!r",
                        ":n",
                        ":x",
                        ":5",
                        ":<6.1f",
                    ]
                )
                return f'f"[{{{a}{spec}}}]"', "str"
            if c < 0.7:
                a, _ = self.num()
                spec = r.choice([".1f", "d", ",", "e", "", "g", ".2%"])
                return f'format({a}, "{spec}")', "str"
            if c < 0.78:
                (a, _), (b, _) = self.string(), self.string()
                return f"({a} + {b})", "str"
            if c < 0.82:
                a, _ = self.string()
                return f"({a} * {r.choice([0, 1, 2, -1])})", "str"
            if c < 0.88:
                a, _ = self.string()
                m = r.choice(
                    [
                        ".upper()",
                        ".strip()",
                        ".title()",
                        "[0:2]",
                        "[::-1]",
                        "[-1:]",
                        ".lower()",
                        ".zfill(4)",
                        '.replace("a", "b")',
                    ]
                )
                return f"{a}{m}", "str"
            if c < 0.93:
                v = self.pick("lint", "lfloat", "lnum")
                if v:
                    return f'", ".join(str(x) for x in {v})', "str"
                return repr(r.choice(STRS)), "str"
            if c < 0.97:
                v = self.pick("lint", "lfloat", "lnum", "dict", "bool")
                if v:
                    return f"{r.choice(['str', 'repr'])}({v})", "str"
                return repr(r.choice(STRS)), "str"
            if c < 0.97:
                a, _ = self.boolean()
                return f"str({a})", "str"
            if c < 0.985:
                name = self.helper(self.STR_HELPERS)
                (a, _), (b, _) = self.num(), self.num()
                return f"({name}({a}) + {name}({b}))", "str"
            v = self.pick("dict")
            if v:
                return (
                    r.choice(
                        [
                            f'", ".join(f"{{k}}={{w}}" for k, w in {v}.items())',
                            f'", ".join(sorted({v}))',
                            f'"%s-%d" % ("a", len({v}))',
                        ]
                    ),
                    "str",
                )
            a, _ = self.num()
            return f'"{{:>6}}|{{!r}}".format({a}, {a})', "str"
        finally:
            self.depth -= 1

    def boolean(self):
        r = self.r
        self.depth += 1
        try:
            c = r.random() if self.depth < 3 else r.random() * 0.5
            if c < 0.35:
                (a, _), (b, _) = self.num(), self.num()
                op = r.choice(["<", "<=", "==", "!=", ">", ">="])
                if r.random() < 0.3:
                    d, _ = self.num()
                    op2 = r.choice(["<", "<=", "==", "!="])
                    return f"({a} {op} {b} {op2} {d})", "bool"
                return f"({a} {op} {b})", "bool"
            if c < 0.45:
                v = self.pick("bool")
                if v:
                    return v, "bool"
                return r.choice(["True", "False"]), "bool"
            if c < 0.55:
                (a, _), (b, _) = self.string(), self.string()
                return f"({a} {r.choice(['<', '==', 'in', '!='])} {b})", "bool"
            if c < 0.65:
                v = self.pick("lint", "lfloat", "lnum")
                if v:
                    a, _ = self.num()
                    return f"({a} in {v})", "bool"
                return "True", "bool"
            if c < 0.75:
                (a, _), (b, _) = self.boolean(), self.boolean()
                return f"({a} {r.choice(['and', 'or'])} {b})", "bool"
            if c < 0.8:
                a, _ = self.boolean()
                return f"(not {a})", "bool"
            if c < 0.9:
                a, _ = self.num()
                return f"bool({a})", "bool"
            v = self.pick("dict")
            if v:
                return f'("{r.choice(KEYS)}" in {v})', "bool"
            a, _ = self.num()
            return f"isinstance({a}, {r.choice(['int', 'float'])})", "bool"
        finally:
            self.depth -= 1

    def num_list(self):
        r = self.r
        c = r.random()
        v = self.pick("lint", "lfloat", "lnum")
        if c < 0.3 or not v:
            items = [self.num() for _ in range(r.randint(0, 3))]
            ts = {t for _, t in items}
            t = "lint" if ts <= {"int"} else ("lfloat" if ts == {"float"} else "lnum")
            return "[" + ", ".join(a for a, _ in items) + "]", t
        t = self.vars[v]
        if c < 0.45:
            return f"sorted({v}{r.choice(['', ', reverse=True'])})", t
        if c < 0.55:
            return f"{v}[{r.choice(['1:', ':2', '::-1', '-2:', '1:3'])}]", t
        if c < 0.75:
            saved = dict(self.vars)
            self.vars["x"] = {"lint": "int", "lfloat": "float"}.get(t, "num")
            e, te = self.num()
            cond = ""
            if r.random() < 0.4:
                b, _ = self.boolean()
                cond = f" if {b}"
            self.vars = saved
            lt = {"int": "lint", "float": "lfloat"}.get(te, "lnum")
            return f"[{e} for x in {v}{cond}]", lt
        if c < 0.85:
            w = self.pick("lint", "lfloat", "lnum") or v
            return f"({v} + {w})", t if self.vars[w] == t else "lnum"
        return f"list(range({r.choice([0, 1, 3, -2])}, {r.choice([2, 4, 5])}))", "lint"

    def dict_expr(self):
        r = self.r
        if r.random() < 0.5:
            items = [f'"{k}": {self.num()[0]}' for k in r.sample(KEYS, r.randint(1, 3))]
            return "{" + ", ".join(items) + "}", "dict"
        v = self.pick("lint", "lfloat", "lnum")
        if v:
            return f"{{str(i): x for i, x in enumerate({v})}}", "dict"
        return '{"a": 1}', "dict"

    # -- statements: each a list of lines --
    def new_name(self):
        self.n_vars += 1
        return f"v{self.n_vars}"

    def expr_of_kind(self):
        r = self.r.random()
        if r < 0.5:
            return self.num()
        if r < 0.7:
            return self.string()
        if r < 0.8:
            return self.boolean()
        if r < 0.93:
            return self.num_list()
        return self.dict_expr()

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
        units = [self.statement() for _ in range(r.randint(2, 6))]
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


# ---- running --------------------------------------------------------------------------------


def _is_known_loud(py, js) -> bool:
    """A documented, loud difference: the JS raises OverflowError (ints past 2**53,
    integral floats that lost their fraction), AnnotationError, or refuses to make a
    complex number (`(-8) ** 0.5`) where CPython goes on."""
    from .harness import Raised

    j = js.result
    if not isinstance(j, Raised):
        return False
    if j.type_name == "OverflowError" and "too large for a JS number" in j.message:
        return True  # CPython's int grows, and raises later or not at all
    if j.type_name == "OverflowError" and "lost its fraction" in j.message:
        return True  # an integral float result a JS number cannot tell from an int
    if j.type_name == "ValueError" and "complex" in j.message:
        return True  # CPython goes on with a complex number
    return j.type_name == "AnnotationError" and not isinstance(py.result, Raised)


_ZERO = re.compile(r"-(0(\.0*)?)(?![\d.e])")


def _unsigned(x):
    if isinstance(x, float) and x == 0:
        return 0.0
    if isinstance(x, str):  # '[-0.0  ]' against '[0.0   ]': the padding moves too
        return _ZERO.sub(r"\1", x).replace(" ", "")
    if isinstance(x, (list, tuple)):
        return type(x)(_unsigned(v) for v in x)
    if isinstance(x, dict):
        return {k: _unsigned(v) for k, v in x.items()}
    return x


def _only_zero_sign(py, js) -> bool:
    """The outcomes differ only in the sign of zeros: the README's "Signed zeros" gap
    (a JS number cannot tell the int 0 from the float 0.0, nor `0 * -5` from `0.0 * -5`).
    """
    from .harness import Outcome, Returned

    p, j = py.result, js.result
    if not (isinstance(p, Returned) and isinstance(j, Returned)):
        return False
    a = Outcome(Returned(_unsigned(p.value)), _unsigned(py.output))
    b = Outcome(Returned(_unsigned(j.value)), _unsigned(js.output))
    return compare(a, b, messages=False) is None


@dataclass
class Stats:
    programs: int = 0
    refused: int = 0
    runs: int = 0
    loud: int = 0
    zero_sign: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)


def _load(path: Path, modname: str):
    spec = importlib.util.spec_from_file_location(modname, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _compile(prog: Program, workdir: Path, tag: str, retries: int = 4):
    """The Python function and its JS, dropping refused statements; None if refused."""
    import clientpy
    from clientpy.api import compile_function
    from clientpy.transpile.bundle import function_expression

    for attempt in range(retries + 1):
        src, owner = prog.source()
        modname = f"clientpy_fuzz_{tag}_{attempt}"
        path = workdir / f"{modname}.py"
        path.write_text(src, encoding="utf-8")
        try:
            func = getattr(_load(path, modname), prog.name)
        except SyntaxError:
            return None
        try:
            if not prog.param_types:
                return func, clientpy.to_js(func)
            compiled = compile_function(func, prog.param_types)
            return func, function_expression(compiled)
        except clientpy.TranspileError as e:
            units = {owner.get(d.line) for d in e.diagnostics}
            if None in units or len(prog.dropped) + len(units) >= len(prog.units):
                return None
            prog.dropped |= units
    return None


def run_programs(
    engine, seed: int, count: int, workdir: Path | None = None, stats=None
) -> Stats:
    stats = stats or Stats()
    own_dir = None
    if workdir is None:
        own_dir = tempfile.TemporaryDirectory(prefix="clientpy-fuzz-")
        workdir = Path(own_dir.name)
    try:
        rng = random.Random(seed)
        todo = []
        for i in range(count):
            prog = Gen(rng).program(f"p{seed}_{i}")
            stats.programs += 1
            built = _compile(prog, workdir, f"{seed}_{i}")
            if built is None:
                stats.refused += 1
                continue
            func, code = built
            key = f"fuzz::{seed}::{i}"
            engine.define(key, code)
            todo.append((prog, func, key))
        calls = [(key, row) for prog, _, key in todo for row in prog.py_rows()]
        results = iter(engine.run_many(calls, timeout=30))
        for prog, func, key in todo:
            for row in prog.py_rows():
                js = js_outcome(next(results))
                py = run_python(func, copy.deepcopy(row))
                stats.runs += 1
                problem = compare(py, js, messages=False)
                if problem is None:
                    continue
                if _is_known_loud(py, js):
                    stats.loud += 1
                    continue
                if _only_zero_sign(py, js):
                    stats.zero_sign.append(prog.report(problem, row))
                    continue
                stats.mismatches.append(prog.report(problem, row))
    finally:
        if own_dir is not None:
            own_dir.cleanup()
        for name in [m for m in sys.modules if m.startswith("clientpy_fuzz_")]:
            del sys.modules[name]
    return stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--count", type=int, default=200, help="programs per seed")
    ap.add_argument("--seeds", type=int, default=1, help="how many seeds from --seed")
    ap.add_argument(
        "--zero-sign", action="store_true", help="also print sign-of-zero differences"
    )
    args = ap.parse_args(argv)

    from clientpy.testing.engine import NodeEngine

    stats = Stats()
    for seed in range(args.seed, args.seed + args.seeds):
        with NodeEngine() as engine:
            run_programs(engine, seed, args.count, stats=stats)
    for m in stats.mismatches + (stats.zero_sign if args.zero_sign else []):
        print("=" * 70)
        print(m)
    print(
        f"{stats.programs} programs ({stats.refused} refused), {stats.runs} runs, "
        f"{stats.loud} loud, {len(stats.zero_sign)} zero signs, "
        f"{len(stats.mismatches)} mismatches",
        file=sys.stderr,
    )
    return 1 if stats.mismatches else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
