"""Units over the forms translated most recently: `type(x)` tests and names, `iter` and
`next`, parameters rebound first thing, counters stepped by nested functions, ranges
kept in a variable, and recursive helpers over nested data from Dash.

Each unit is a list of lines, drawn among the program fuzzer's other units; some are
meant to be refused (printing a range, reading a parameter before rebinding it), and a
refused unit is dropped like any other.
"""

from __future__ import annotations

from .values import KEYS

# Classes a `type(x)` is compared with, and pairs for `type(x) in (...)`
CLASSES = ["int", "float", "bool", "str", "list", "tuple", "dict", "set", "type(None)"]
EXC_CLASSES = ["KeyError", "IndexError", "ValueError", "ZeroDivisionError", "Exception"]
# Statements raising, caught by `except Exception as e`
RAISERS = [
    '{{}}["k"]',
    "[][1]",
    'int("x")',
    "1 // 0",
    "[1].index(2)",
    '{{"a": 1}}[{p}]',
    "{p}[5]",
    "raise {cls}('m')",
]
# Module-level exception classes the raisers may raise
EXC_HELPERS = (
    "class {n}(Exception):\n    pass",
    "class {n}(ValueError):\n    pass",
    "class {n}(KeyError):\n    pass",
)
# Containers iter() is taken of; {xs} a list, {d} a dict, {s} a str
ITERABLES = [
    "{xs}",
    "{s}",
    "tuple({xs})",
    "{d}",
    "{d}.keys()",
    "{d}.values()",
    "{d}.items()",
    "{{1, 2, 3}}",
    "(x * 2 for x in {xs})",
    "map(str, {xs})",
    "zip({xs}, {s})",
    "[]",
]
# Recursive helpers over nested lists and dicts
TREE_HELPERS = (
    "def {n}(n):\n    return sum({n}(c) for c in n) if isinstance(n, list) else 1",
    (
        "def {n}(n):\n    if isinstance(n, list):\n"
        "        return max(({n}(c) for c in n), default=0) + 1\n    return 0"
    ),
    (
        "def {n}(n):\n    if isinstance(n, dict):\n"
        "        return max([{n}(c) for c in n.values()] + [0]) + 1\n"
        "    if isinstance(n, list):\n        return max([{n}(c) for c in n] + [0]) + 1\n"
        "    return 0"
    ),
    (
        "def {n}(n):\n    t = 0\n    if isinstance(n, list):\n        for c in n:\n"
        "            t += {n}(c)\n    elif isinstance(n, dict):\n"
        "        for c in n.values():\n            t += {n}(c)\n    else:\n        t += 1\n"
        "    return t"
    ),
    (
        "def {n}(n):\n    if isinstance(n, list):\n        return sum({n}(c) for c in n)\n"
        "    if isinstance(n, dict):\n        return sum({n}(c) for c in n.values())\n"
        "    return n if isinstance(n, (int, float)) else 0"
    ),
    (
        "def {n}(n, depth=0):\n    if isinstance(n, (list, dict)):\n"
        "        items = n.values() if isinstance(n, dict) else n\n"
        "        return [{n}(c, depth + 1) for c in items]\n    return depth"
    ),
)

# Parameters rebound first thing, by the kind of value they are fed
REBINDS = {
    "int": ["int({p} or 10)", "abs({p})", "{p} + 1 if {p} else 0", "float({p})"],
    "float": ["float({p})", "abs({p})", "int({p} or 10)", "{p} + 1 if {p} else 0"],
    "num": ["float({p})", "abs({p})", "int({p} or 10)", "{p} + 1 if {p} else 0"],
    "optint": ["int({p} or 10)", "{p} + 1 if {p} else 0", "{p} or 0"],
    "bool": ["int({p})", "{p} + 1 if {p} else 0", "float({p})"],
    "none": ["{p} or []", '({p} or "").strip()', "int({p} or 10)", "{p} or 0.5"],
    "str": ['({p} or "").strip()', "{p} or []", "float({p} or 1)", "len({p})"],
    "lint": ["{p} or []", "len({p})"],
    "lfloat": ["{p} or []", "sum({p})"],
    "lnum": ["{p} or []", "sum({p}) / 2 if {p} else 0"],
    "dict": ["{p} or {{}}", "dict({p})", "len({p})"],
    "tree": ["{p} or []"],
}
# What the rebound name holds afterwards, by the form's beginning
REBOUND_TYPE = {
    "int(": "int",
    "abs(": "num",
    "float(": "float",
    "len(": "int",
    "sum(": "num",
}


class FormsGen:
    """Mixed into the program generator: needs `r`, `vars`, `params`, `helpers`,
    `new_name`, `pick`, `num` and `show`."""

    def new_form(self) -> list[str]:
        forms = [
            self.type_test,
            self.type_test,
            self.caught_type,
            self.iteration,
            self.iteration,
            self.counter,
            self.range_value,
            self.tree_walk,
        ]
        return self.r.choice(forms)()

    # -- type(x) --
    def subject(self) -> str:
        r = self.r
        names = list(self.vars)
        if names and r.random() < 0.6:
            return r.choice(names)
        d = self.pick("dict")
        return r.choice(
            [
                "[1, 2]",
                '(1, "a")',
                '{"a": 1}',
                f"dict({d})" if d else "dict()",
                "{1, 2}",
                "None",
                "True",
                "2.5",
                "3",
                '"s"',
                "len(out)",
                "float(len(out))",
                "[]",
                "()",
            ]
        )

    def type_test(self) -> list[str]:
        r = self.r
        x = self.subject()
        c = r.random()
        if c < 0.2:
            return [f"out.append(type({x}).__name__)"]
        if c < 0.3:
            return [f"out.append({x}.__class__.__name__)"]
        if c < 0.7:
            op = r.choice(["is", "==", "is not", "!="])
            left = f"type({x})" if r.random() < 0.85 else f"{x}.__class__"
            return [f"out.append({left} {op} {r.choice(CLASSES)})"]
        op = r.choice(["in", "not in"])
        classes = ", ".join(r.sample(CLASSES, r.randint(1, 3)))
        if r.random() < 0.5:
            return [
                f"if type({x}) {op} ({classes},):",
                '    out.append("yes")',
                "else:",
                f"    out.append(repr({x}))",
            ]
        return [f"out.append(type({x}) {op} ({classes},))"]

    def caught_type(self) -> list[str]:
        r = self.r
        cls = f"_E{len(self.helpers)}"
        raiser = r.choice(RAISERS)
        if "{cls}" in raiser:
            self.helpers.append(r.choice(EXC_HELPERS).format(n=cls))
        p = r.choice(list(self.vars)) if self.vars else "[1]"  # a literal warns
        check = r.choice(EXC_CLASSES + ([cls] if "{cls}" in raiser else []))
        op = r.choice(["is", "is not", "==", "in"])
        test = (
            f"type(e) in ({check}, IndexError)"
            if op == "in"
            else f"type(e) {op} {check}"
        )
        return [
            "try:",
            "    " + raiser.format(p=p, cls=cls),
            "except Exception as e:",
            "    out.append(type(e).__name__)",
            f"    out.append({test})",
            *(["    out.append(e.__class__.__name__)"] if r.random() < 0.3 else []),
        ]

    # -- iter() and next() --
    def iteration(self) -> list[str]:
        r = self.r
        xs = self.pick("lint", "lfloat", "lnum") or "[1, 2.5, 3]"
        d = self.pick("dict") or '{"a": 1, "b": 2}'
        s = self.pick("str") or repr(r.choice(["", "ab", "xyz"]))
        it = self.new_name()
        c = r.random()
        if c < 0.25:
            # the container changes after iter()
            box = self.new_name()
            kind = r.choice(["list", "dict", "set"])
            src, change = {
                "list": (f"list({xs})", f"{box}.append(9)"),
                "dict": (f"dict({d})", f'{box}["{r.choice(KEYS)}z"] = 1'),
                "set": (f"set({xs})", f"{box}.add(0.25)"),
            }[kind]
            first = [f"    out.append(next({it}, None))"] if r.random() < 0.5 else []
            return [
                "try:",
                f"    {box} = {src}",
                f"    {it} = iter({box})",
                *first,
                f"    {change}",
                f"    out.append(list({it}))",
                "except RuntimeError as e:",
                '    out.append("RuntimeError")',
            ]
        src = r.choice(ITERABLES).format(xs=xs, d=d, s=s)
        lines = [f"{it} = iter({src})"]
        for _ in range(r.randint(1, 3)):
            use = r.random()
            if use < 0.35:
                lines.append(
                    f"out.append(next({it}, {r.choice(['None', '-1', '0.5'])}))"
                )
            elif use < 0.55:
                lines += [
                    "try:",
                    f"    out.append(next({it}))",
                    "except StopIteration:",
                    '    out.append("stop")',
                ]
            elif use < 0.8:
                lines.append(f"out.append(list({it}))")
            else:
                v = self.new_name()
                lines += [f"for {v} in {it}:", f"    out.append(repr({v}))"]
        return lines

    # -- parameters rebound first thing --
    def rebind(self, p: str, kind: str) -> list[str]:
        """`p = int(p or 10)` and the like, as the function's first statement, then
        printed and used in arithmetic; sometimes read before, or rebound twice."""
        r = self.r
        e = r.choice(REBINDS[kind]).format(p=p)
        t = next((t for k, t in REBOUND_TYPE.items() if e.startswith(k)), "any")
        lines = []
        if r.random() < 0.15:
            lines.append(f"out.append(repr({p}))")  # read before: refused or right
        lines.append(f"{p} = {e}")
        if r.random() < 0.15:
            lines.append(f"{p} = {p} * 2 if {p} else {p}")
        self.vars[p] = t
        uses = [f"out.append(str({p}))", f"out.append(repr({p}))"]
        if t in ("int", "float", "num"):
            uses += [
                f'out.append(f"{{len(out) // {p} if {p} else 0}}")',
                f"out.append({p} // 2)",
                f'out.append(f"{{{p} * 3}}")',
                f"out.append(repr({p} + 0.5))",
            ]
        else:
            uses += [f'out.append(f"{{{p}}}")', f"out.append(len({p}))"]
        return lines + r.sample(uses, r.randint(1, 3))

    # -- counters in nested functions --
    def counter(self) -> list[str]:
        r = self.r
        n, bump = self.new_name(), self.new_name()
        init = r.choice(["0", "0", "0.0", "1", "-3"])
        step = r.choice(["+= 1", "-= 2", "+= True", "+= 0.5", "+= 1", "*= 2"])
        calls = r.randint(0, 3)
        lines = [
            f"{n} = {init}",
            f"def {bump}():",
            f"    nonlocal {n}",
            f"    {n} {step}",
        ]
        if r.random() < 0.3:
            lines.append(f"    return {n}")
        if r.random() < 0.4:
            lines += [f"for _ in range({calls}):", f"    {bump}()"]
        else:
            lines += [f"{bump}()"] * calls
        self.vars[n] = "num"
        lines += r.sample(
            [
                f'out.append(f"{{{n}}}")',
                f"out.append({n} // 2)",
                f"out.append(repr({n}))",
                f"out.append(str({n} * 2))",
            ],
            r.randint(1, 2),
        )
        return lines

    # -- ranges kept in a variable --
    def range_value(self) -> list[str]:
        r = self.r
        name = self.new_name()
        nums = ["0", "1", "3", "5", "-2", "10", "len(out)"]
        args = [r.choice(nums) for _ in range(r.randint(1, 3))]
        if len(args) == 3:
            args[2] = r.choice(["1", "2", "-1", "-3"])
        lines = [f"{name} = range({', '.join(args)})"]
        uses = [
            [f"for i in {name}:", "    out.append(i * 2)"],
            [f"out.append(len({name}))"],
            [f"out.append({r.choice(['0', '2', '-1', '2.0', 'True', '4'])} in {name})"],
            [f"out.append(list({name}))"],
            [f"out.append(sum({name}))"],
            [f"out.append(list({name})[{r.choice(['1:', ':-1', '::-1', '::2'])}])"],
            [f"out.append({name} == range({', '.join(args)}))"],
            [f"out.append({name} == range({r.choice(nums)}))"],
            [f"out.append([i for i in {name} if i % 2])"],
            [f"out.append(max({name}, default=None))"],
        ]
        refused = [
            [f"out.append({name})"],
            [f"out.append(repr({name}))"],
            [f"out.append({name}[0] if {name} else None)"],
            [f"out.append({name}.index(0) if 0 in {name} else -1)"],
            [f"{name}.append(1)"],
            [f"out.append(isinstance({name}, range))"],
            [f'out.append(f"{{{name}}}")'],
        ]
        for use in r.sample(uses, r.randint(1, 3)):
            lines += use
        if r.random() < 0.2:
            lines += r.choice(refused)
        return lines

    # -- recursive helpers --
    def tree_walk(self) -> list[str]:
        r = self.r
        name = f"_h{len(self.helpers)}"
        self.helpers.append(r.choice(TREE_HELPERS).format(n=name))
        arg = self.pick("tree", "dict", "lint", "lfloat", "lnum") or "[1, [2.5, []]]"
        call = f"{name}({arg})"
        return [
            r.choice(
                [
                    f"out.append(repr({call}))",
                    f'out.append(f"{{{call}}}")',
                    f"out.append(str({call}))",
                    f"out.append({call})",
                ]
            )
        ]
