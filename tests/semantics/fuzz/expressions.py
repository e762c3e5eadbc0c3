"""Random expressions of each kind (numbers, strs, bools, lists, dicts)."""

from __future__ import annotations

import random

from .values import BIG, FLOATS, INTS, KEYS, STRS


class ExpressionGen:
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
        if kind == "tree":
            return self.tree(2)
        raise AssertionError(kind)

    def tree(self, depth: int):
        """Lists and dicts of numbers nested up to `depth` levels."""
        r = self.r
        c = r.random()
        if depth == 0 or c < 0.3:
            return self.value("num")
        items = [self.tree(depth - 1) for _ in range(r.randint(0, 3))]
        if c < 0.8:
            return items
        return dict(zip(KEYS, items))

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
