"""Units over what Dash callbacks do with the data they get: dict views searched, keys
that are equal numbers (`{1: "a", 1.0: "b", True: "c"}`), json.dumps of nested values,
nested comprehensions with conditions, chained comparisons of calls that log, finally
blocks that return or break, caught exceptions shown by str(), repr() and args,
sorts, minimums and maximums over ties of ints, floats and bools, loops over a
slice of a list whose body may change that list, or over the list itself, and
generator expressions consumed by builtins, unpacking and joins.

Mixed into the surface fuzzer's units; each returns the lines of one unit.
"""

from __future__ import annotations

# Keys that are equal as numbers: a dict keeps the first key and the last value.
NUMBER_KEYS = ["1", "1.0", "True", "0", "False", "0.0", "2", "-0.0", "2.5", '"1"']
# Numbers with ties under abs() and ==, for sorts, min and max.
TIED = ["1", "1.0", "True", "-1", "2", "2.0", "-2.0", "0", "False", "0.5", "-0.5"]
# Statements raising, their exception shown by str(), repr() and args.
RAISERS = [
    '{}["k"]',
    "{}[2.0]",
    "{}[(1, 2)]",
    "[1, 2].index(2.5)",
    "[1, 2].index(3)",
    "[][0]",
    'int("x")',
    'float("1,5")',
    "1 / 0",
    "1 % 0.0",
    "{1: 2}.pop(3.0)",
    "{1, 2}.remove(5)",
    "[1].remove(7)",
    'raise ValueError("a", 2)',
    "raise KeyError()",
    "raise IndexError(3)",
    "raise ValueError(2.5)",
    'raise Exception("m", None)',
    '"abc".index("z")',
    "next(iter([]))",
]
JSON_LEAVES = ["1", "2.5", "-0.0", "1e16", "1.0", "True", "None", '"é"', '"a\\nb"']
JSON_LEAVES += ["0.1"]
JSON_KWARGS = [
    "",
    ", sort_keys=True",
    ", indent=2",
    ", indent=0",
    ', separators=(",", ":")',
    ", ensure_ascii=False",
    ", sort_keys=True, indent=1",
]


class IdiomsGen:
    """Needs `self.r`, `self.val(kind)`, `self.seq()` and `self.items(kind)`."""

    helpers: tuple[str, ...] = ("import json",)  # module-level lines it needs

    def idiom(self) -> list[str]:
        r = self.r
        return r.choice(
            [
                self.view_search,
                self.number_keys,
                self.json_dumps,
                self.nested_comprehension,
                self.logged_chain,
                self.finally_exit,
                self.shown_exception,
                self.ties,
                self.dict_defaults,
                self.tallies,
                self.stored_in_data,
                self.slice_loop,
                self.walk_while_changing,
                self.returned_alias,
                self.helper_into_part,
                self.generator_consumed,
            ]
        )()

    def small_dict(self) -> str:
        r = self.r
        if "dd" in self.params and r.random() < 0.4:
            return "dd"
        keys = r.sample(["a", "b", "c"], r.randint(0, 3))
        kinds = ["1", "2.5", '"x"', "None", "[1]", "1.0", "True"]
        vals = [r.choice(kinds) for _ in keys]
        return "{" + ", ".join(f'"{k}": {v}' for k, v in zip(keys, vals)) + "}"

    def view_search(self) -> list[str]:
        r = self.r
        k = r.choice(['"a"', '"b"', '"z"', "1", "1.0", "True", "None", '"x"'])
        v = r.choice(["1", "1.0", '"x"', "None", "[1]", "True", "2.5"])
        d = self.small_dict()
        tests = [
            f"{k} in d",
            f"{k} in d.keys()",
            f"{v} in d.values()",
            f"({k}, {v}) in d.items()",
            f"{v} not in d.values()",
            f"[{k}, {v}] in d.items()",
            "d.keys() == d.keys()",
            "list(d.values()) == list(d.values())",
            f"sorted(d.keys() {r.choice(['&', '|', '-'])} {{{k}}}, key=repr)",
        ]
        picked = r.sample(tests, r.randint(1, 3))
        return [f"d = {d}", f"out.append(repr([{', '.join(picked)}]))"]

    def number_keys(self) -> list[str]:
        r = self.r
        keys = [r.choice(NUMBER_KEYS) for _ in range(r.randint(1, 4))]
        vals = [repr(chr(97 + i)) for i in range(len(keys))]
        d = "{" + ", ".join(f"{k}: {v}" for k, v in zip(keys, vals)) + "}"
        c = r.choice(NUMBER_KEYS)
        lines = [f"d = {d}", "out.append(repr(d))"]
        tail = r.choice(
            [
                f"out.append(repr([len(d), d.get({c}), {c} in d, list(d)]))",
                f'd[{c}] = "z"\nout.append(repr(d))',
                f"out.append(repr(d.pop({c}, None)))\nout.append(repr(d))",
                "out.append(repr(sorted(d.items(), key=lambda kv: kv[1])))",
                f"out.append(repr(dict.fromkeys([{', '.join(keys)}])))",
                f"out.append(repr({{**d, {c}: 0}}))",
            ]
            # a set of str iterates in an order CPython's hash seed picks
            + ([] if '"1"' in keys else [f"out.append(repr(set([{', '.join(keys)}])))"])
        )
        return lines + tail.split("\n")

    def json_value(self, depth: int = 0) -> str:
        r = self.r
        c = r.random()
        if depth > 2 or c < 0.4:
            if r.random() < 0.2 and self.params:
                kind = r.choice(["int", "float", "str", "bool", "none", "dict", "list"])
                names = [n for n, (k, _) in self.params.items() if k == kind]
                if names:
                    return r.choice(names)
            return r.choice(JSON_LEAVES)
        n = r.randint(0, 3)
        if c < 0.7:
            return "[" + ", ".join(self.json_value(depth + 1) for _ in range(n)) + "]"
        keys = r.sample(["b", "a", "c", "B"], n)
        items = [f'"{k}": {self.json_value(depth + 1)}' for k in keys]
        return "{" + ", ".join(items) + "}"

    def json_dumps(self) -> list[str]:
        kwargs = self.r.choice(JSON_KWARGS)
        return [f"out.append(json.dumps({self.json_value()}{kwargs}))"]

    def nested_comprehension(self) -> list[str]:
        r = self.r
        # no NaN: a set of it iterates in an order CPython takes from its id
        a = self.items(r.choice(["int", "num"])).replace('float("nan")', "0.5")
        b = self.items(r.choice(["int", "num", "str"])).replace('float("nan")', "0.5")
        cond = r.choice(["x", "x > 0", "x % 2", "x != y", "y", "not x"])
        cond2 = r.choice(["y", "x < 3", "True", "x"])
        forms = [
            f"[[(x, y) for y in {b} if {cond2}] for x in {a} if {cond.replace('y', 'x')}]",
            f"[(x, y) for x in {a} if {cond.replace('y', 'x')} for y in {b} if {cond}]",
            f"{{x: [y for y in {b} if {cond}] for x in {a}}}",
            f"sorted({{x for x in {a} for y in {b} if {cond}}})",
            f"[y for row in [{a}, {b}] if row for y in row if {cond.replace('x', 'y')}]",
            f"sum(x for x in {a} if {cond.replace('y', 'x')})",
            f"[x if {cond.replace('y', 'x')} else -1 for x in {a}]",
        ]
        return [f"out.append(repr({r.choice(forms)}))"]

    def logged_chain(self) -> list[str]:
        r = self.r
        vals = [self.val(r.choice(["int", "float", "num"])) for _ in range(3)]
        ops = [r.choice(["<", "<=", "==", "!=", ">", ">="]) for _ in range(2)]
        chain = f"_k({vals[0]}) {ops[0]} _k({vals[1]}) {ops[1]} _k({vals[2]})"
        return [
            "def _k(v):",
            '    out.append(("k", v))',
            "    return v",
            f"out.append({chain})",
        ]

    def finally_exit(self) -> list[str]:
        r = self.r
        v = self.val(r.choice(["int", "float"]))
        exit_ = r.choice(["return 'fin'", "out.append('fin')", "pass"])
        form = r.choice(["return", "loop"])
        if form == "return":
            return [
                "def _f(v):",
                "    try:",
                "        if v > 1:",
                "            return 'big'",
                "        return 10 // v",
                "    finally:",
                f"        {exit_}",
                "try:",
                f"    out.append(_f({v}))",
                "except ZeroDivisionError:",
                "    out.append('ZeroDivisionError')",
            ]
        action = r.choice(["break", "continue", "out.append(i)"])
        return [
            f"for i in range({r.choice(['3', '0', '5'])}):",
            "    try:",
            f"        if i == {r.choice(['1', '2', '0'])}:",
            f"            {action}",
            "        out.append(('body', i))",
            "    finally:",
            "        out.append(('finally', i))",
            "out.append('after')",
        ]

    def shown_exception(self) -> list[str]:
        raiser = self.r.choice(RAISERS)
        shown = self.r.choice(
            [
                "str(e)",
                "repr(e)",
                "e.args",
                "[type(e).__name__, str(e)]",
                'f"{e}|{e!r}"',
                "len(e.args)",
            ]
        )
        return [
            "try:",
            f"    {raiser}",
            "except Exception as e:",
            f"    out.append({shown})",
        ]

    def ties(self) -> list[str]:
        r = self.r
        xs = "[" + ", ".join(r.choice(TIED) for _ in range(r.randint(0, 5))) + "]"
        key = r.choice(["", ", key=abs", ", key=lambda v: -v", ", key=lambda v: v > 0"])
        rev = r.choice(["", ", reverse=True", ", reverse=False"])
        forms = [
            f"sorted({xs}{key}{rev})",
            f"{r.choice(['min', 'max'])}({xs}{key}, default={r.choice(['None', '-1', '0.0'])})",
            f"sorted(enumerate({xs}, start={r.choice(['1', '-1', '0'])}), key=lambda p: p[1]{rev})",
            f"list(zip({xs}, sorted({xs}{rev})))",
        ]
        return [f"out.append(repr({r.choice(forms)}))"]

    def dict_defaults(self) -> list[str]:
        r = self.r
        k = r.choice(['"a"', '"b"', '"z"'])
        default = r.choice(["0", "0.0", "2.5", "None", "[]", '""', "-1"])
        default = self.val(r.choice(["int", "float"])) if r.random() < 0.3 else default
        add = self.val(r.choice(["int", "float", "int"]))
        m = r.choice(["get", "pop", "setdefault"])
        lines = [f"d = {self.small_dict()}", f"out.append(repr(d.{m}({k}, {default})))"]
        if r.random() < 0.5:
            lines.append(f"d[{k}] = d.get({k}, 0) + {add}")
        return lines + ["out.append(repr(d))"]

    def tallies(self) -> list[str]:
        r = self.r
        seq = self.seq() if r.random() < 0.6 else self.items(r.choice(["num", "str"]))
        step = self.val(r.choice(["int", "float", "int"]))
        if "nan" in step:
            # ties of NaN sort apart in CPython, as one value in JS (README, "Containers
            # compare")
            step = "0.5"
        by = r.choice(
            [
                "lambda kv: (-kv[1], str(kv[0]))",
                "lambda kv: kv[1]",
                "lambda kv: str(kv[0])",
            ]
        )
        if r.random() < 0.5:
            body = [f"    t[v] = t.get(v, 0) + {step}"]
        else:
            body = ["    t.setdefault(str(v)[:1], []).append(v)"]
        return [
            "t = {}",
            f"for v in {seq}:",
            *body,
            f"out.append(repr(sorted(t.items(), key={by}{r.choice(['', ', reverse=True'])})))",
        ]

    def stored_in_data(self) -> list[str]:
        """A value stored into Dash's data (or a dict made here) through an item, a
        loop variable, an alias or a function of the user's (positional, keyword-only,
        `*args` and `**kwargs` parameters), then the data printed. (Not through a call
        that unpacks its arguments: README, "Known gaps".)"""
        r = self.r
        value = r.choice(["2.0", "0.5", '"s"', "[1.0]", "7", "None", "x * 2"])
        if "x" not in self.params and "x" in value:
            value = "3.0"
        k = r.choice(['"a"', '"b"', '"z"'])
        if "xs" in self.params and r.random() < 0.5:
            change = r.choice(
                [
                    f"t = xs\nt.append({value})",
                    f"t = [xs]\nt[0].append({value})",
                    f"t = [xs]\nt[-1].insert(0, {value})",
                ]
            )
            shown = "xs"
        else:
            data = "dd" if "dd" in self.params else '{"a": {"b": 1}, "c": [1, 2]}'
            change = r.choice(
                [
                    f"d = {data}\nd[{k}] = {value}",
                    f"d = {data}\nfor v in d.values():\n    if isinstance(v, list):\n        v.append({value})",
                    f"d = {data}\nd.setdefault({k}, []).append({value})",
                    f"d = {data}\ne = d\ne[{k}] = {value}",
                    f"d = {data}\nrow = {{'in': d}}\nrow['in'][{k}] = {value}",
                    f"d = {data}\n{self.storing_helper(k, value)}",
                ]
            )
            shown = "d"
        return [*change.split("\n"), f"out.append(repr({shown}))"]

    def storing_helper(self, k: str, value: str) -> str:
        """A call of a module-level helper that stores `value` under `k` into the dict
        `d` it is given, in one of the ways a parameter can take it."""
        r = self.r
        if "x" in value:
            value = "0.5"
        forms = [
            ("def _st_pos(t, key, v):\n    t[key] = v", f"_st_pos(d, {k}, {value})"),
            (
                "def _st_kwonly(t, *, key, v=2.0):\n    t[key] = v",
                f"_st_kwonly(d, key={k}, v={value})",
            ),
            (
                "def _st_args(key, v, *targets):\n    for t in targets:\n        t[key] = v",
                f"_st_args({k}, {value}, d)",
            ),
            (
                "def _st_kwargs(key, v, **named):\n    named['into'][key] = v",
                f"_st_kwargs({k}, {value}, into=d)",
            ),
            (
                "def _st_reads(t, *rest, **named):\n    return len(t) + len(rest)",
                "_st_reads(d, 1, k=2)",
            ),
        ]
        helper, call = r.choice(forms)
        if helper not in self.helpers:
            self.helpers = (*self.helpers, helper)
        return call

    def slice_loop(self) -> list[str]:
        """`for v in sl[k:]` or `zip(sl, sl[k:])` while the body may change `sl`: by
        its name, an alias, a helper, a nested function, a generator or a container.
        Python loops over a copy; a change is guarded by a count, so that a loop
        reading the list itself would end too, with a different answer."""
        r = self.r
        made = r.choice(["[1, 2, 3, 4]", "list(range(5))", '"a b c d".split()', "[]"])
        bound = r.choice(["1:", "2:", ":-1", "1:-1", "1:3", ":"])
        change = r.choice(
            [
                "pass",
                "sl.append(9)",
                "sl[0] = 7",
                "del sl[0]",
                "sl.pop()",
                "sl += [5]",
                "sl.insert(0, 8)",
                "sl_alias.append(6)",
                "_grow_list(sl)",
                "sl_grow()",
                "next(sl_gen, None)",
                "sl_box[0].append(4)",
                "sl_other.append(3)",
                "max(sl, [0]).append(5)",
                "next(iter([]), sl).append(5)",
            ]
        )
        pair = r.random() < 0.5
        loop = (
            f"for sa, sb in zip(sl, sl[{bound}]):"
            if pair
            else f"for sa in sl[{bound}]:"
        )
        seen = "[sa, sb]" if pair else "sa"
        if GROW_LIST not in self.helpers:
            self.helpers = (*self.helpers, GROW_LIST)
        grows = "    sl.append(0)" if change == "sl_grow()" else "    return None"
        gen = "(sl.append(v) for v in range(9))" if "gen" in change else "iter([])"
        return [
            f"sl = {made}",
            "sl_alias = sl" if "alias" in change else "sl_other = []",
            "sl_box = [sl]" if "box" in change else "sl_box = [[]]",
            "def sl_grow():",
            grows,
            f"sl_gen = {gen}",
            "sl_steps = []",
            loop,
            "    if len(sl_steps) < 6:",
            f"        {change}",
            f"    sl_steps.append({seen})",
            "out.append(repr([sl_steps, sl]))",
        ]

    def walk_while_changing(self) -> list[str]:
        """`for v in wl:` (or a comprehension, or enumerate) over a list the body
        changes: appended, popped, cut, inserted into, cleared or rebound. Python's
        list iterator reads the length at each step; a count guards the changes."""
        r = self.r
        made = r.choice(
            ["[1, 2, 3, 4]", "list(range(5))", "[0.5, 1.5]", "[]", "[[1], [2]]"]
        )
        change = r.choice(
            [
                "wl.append(wv)",
                "wl.pop()",
                "wl.pop(0)",
                "del wl[:1]",
                "wl.insert(0, 9)",
                "wl.clear()",
                "wl = [7, 8]",
                "wl[0:0] = [3]",
                "wl.remove(wl[0])",
                "wl.sort(key=repr)",
                "wl += [6]",
            ]
        )
        form = r.choice(["for", "enumerate", "comprehension"])
        if form == "comprehension":
            body = ["wl_seen = [(wv, wl.pop() if len(wl) > 2 else 0) for wv in wl]"]
        else:
            head = (
                "for wi, wv in enumerate(wl):"
                if form == "enumerate"
                else "for wv in wl:"
            )
            body = [
                "wl_seen = []",
                head,
                "    wl_seen.append(wv)",
                "    if len(wl_seen) < 6 and wl:",
                f"        {change}",
            ]
        return [f"wl = {made}", *body, "out.append(repr([wl_seen, wl]))"]

    def returned_alias(self) -> list[str]:
        """A list stored into through what `max`, `min`, `sum` or `next` gave back,
        which may be the list itself, then printed: its items' types must follow."""
        r = self.r
        made = r.choice(["[1, 2]", "[0.5]", "[]", "[3, -1]", '["a"]'])
        other = r.choice(["[0]", "[1, 2, 3]", "[]", "[9.5]"])
        via = r.choice(
            [
                f"max(ra, {other})",
                f"min({other}, ra)",
                f"max({other}, ra, [2])",
                f"sum([[1]] * {r.randint(0, 2)}, ra)",
                f"next(iter([[4]] * {r.randint(0, 1)}), ra)",
                f"max([ra, {other}], key=len)",
            ]
        )
        stored = r.choice(["2.0", "7", "True", '"s"', "-0.0"])
        shown = r.choice(["repr(ra)", "[str(v) for v in ra]", "ra"])
        return [
            f"ra = {made}",
            f"ra_m = {via}",
            f"ra_m.append({stored})",
            f"out.append({shown})",
        ]

    def helper_into_part(self) -> list[str]:
        """A helper of the user's storing a value into a part of a local list of
        lists (or dict of lists), called directly, from a lambda, as a key function,
        in a comprehension, through map or from a nested function; then the local is
        printed, its numbers included."""
        r = self.r
        value = r.choice(["2.0", "3", "True", '"s"', "-0.0", "0.5"])
        store = r.choice(
            [
                f"part.append({value})",
                f"part[0] = {value}",
                f"part.insert(0, {value})",
                f"part.extend([{value}])",
            ]
        )
        helper = f"def _into_part(part):\n    {store}\n    return len(part)"
        if helper not in self.helpers:
            self.helpers = (*self.helpers, helper)
        as_dict = r.random() < 0.4
        made = r.choice(['{"x": [1], "y": [2, 0]}', '{"x": [0.5]}'])
        if not as_dict:
            made = r.choice(["[[1], [2, 0], [7]]", "[[1.5], [2.0]]", '[["a"]]'])
        first = '"x"' if as_dict else "0"
        keys = "hp" if as_dict else "range(len(hp))"
        rows = "hp.values()" if as_dict else "hp"
        via = r.choice(
            [
                f"_into_part(hp[{first}])",
                f"(lambda k: _into_part(hp[k]))({first})",
                f"sorted({keys}, key=lambda k: _into_part(hp[k]))",
                f"[_into_part(hp[k]) for k in {keys}]",
                "hp_fill()",
                f"sorted({rows}, key=_into_part)",
                f"list(map(_into_part, {rows}))",
                f"max({rows}, key=_into_part)",
            ]
        )
        shown = r.choice(["repr(hp)", "hp", "str(hp)"])
        return [
            f"hp = {made}",
            "def hp_fill():",
            f"    return _into_part(hp[{first}])",
            via,
            f"out.append({shown})",
        ]

    def generator_consumed(self) -> list[str]:
        """A generator expression of ints or floats, held by a name, consumed by a
        builtin, a display, unpacking or a join, then printed: its items' types
        must follow (`list(x / 2 for x in xs)` prints 1.0)."""
        r = self.r
        src = r.choice(["[1, 2, 3]", "[2, 4]", "[0.5, 2]", "[]", "[True, 2]", "[-2]"])
        made = r.choice(
            ["gx / 2", "gx * 1.0", "gx * 2", "gx + 0.5", "float(gx)", "int(gx)"]
            + ["gx // 1", "-gx", "gx ** 2", "abs(gx)", "round(gx / 2)"]
        )
        cond = r.choice(["", " if gx != 3", " if gx"])
        consumer = r.choice(
            ["list(gg)", "sorted(gg)", "tuple(gg)", "[*gg]", "list(enumerate(gg))"]
            + ["list(zip(gg, gsrc))", "list(map(lambda v: v, gg))", "{*gg}"]
            + ["list(filter(None, gg))", "dict((v, v) for v in gg)", "[v for v in gg]"]
            + ["next(gg, None)", "max(gg, default=None)", "sum(gg)", "min(gg)"]
            + ['",".join(str(v) for v in gg)', "list(reversed(list(gg)))"]
        )
        lines = [f"gsrc = {src}", f"gg = (({made}) for gx in gsrc{cond})"]
        if r.random() < 0.25:
            lines.append("ga, *gb = gg")
            lines.append("out.append([str(ga), [str(v) for v in gb]])")
            return lines
        shown = r.choice(["repr(gc)", "str(gc)"])
        return [*lines, f"gc = {consumer}", f"out.append({shown})"]


GROW_LIST = "def _grow_list(items):\n    items.append(len(items))"
