# Probes, tenth battery: what callbacks do with their results: json.dumps options,
# equality of nested structures mixing ints and floats, dict keys 1 / 1.0 / True,
# `in` on dicts, lists and strs, truthiness, closures, sort stability and zips.

import json

import dash
import dash.exceptions

from dash import no_update
from dash.exceptions import PreventUpdate


def dumps_options(obj):
    return [
        json.dumps(obj),
        json.dumps(obj, indent=2),
        json.dumps(obj, indent=0),
        json.dumps(obj, sort_keys=True),
        json.dumps(obj, separators=(",", ":")),
        json.dumps(obj, ensure_ascii=False),
        json.dumps(obj, ensure_ascii=True, indent=1),
        json.dumps(obj, indent=1, ensure_ascii=0, sort_keys=True),
        json.dumps(obj, indent="\t"),
    ]


# inputs: [{"b": [1, 2.5, {}], "a": {"x": [], "é": "ü😀"}, "c": null}]
# inputs: [[]]
# inputs: [{}]
# inputs: ["line\nbreak \"q\" \u2028 \u0007"]
# inputs: [[1e-7, 1.5e-16, 12345678901234, 0.1, -1.5e-300, 2.5e-5]]


def dumps_python_values(n):
    return [
        json.dumps({"1": "a", "2.5": "b"}),
        json.dumps((1, 2)),
        json.dumps([float(n), n / 2, n * 1.0]),
        json.dumps({"k": float("inf")}),
        json.dumps(float("nan")),
        json.dumps("", indent=2),
    ]


# inputs: [3]
# inputs: [4]


def dumps_sort_keys_mixed():
    try:
        return json.dumps({"b": 1, 2: 3}, sort_keys=True)
    except TypeError as e:
        return "TypeError"


# inputs: []


def loads_roundtrip(text):
    try:
        data = json.loads(text)
    except ValueError:
        return "bad json"
    return [data, isinstance(data, dict), isinstance(data, list), isinstance(data, str)]


# inputs: ["{\"a\": 1, \"b\": [1.0, 2.50, -0.0, 1e2]}"]
# inputs: ["[1, 2"]
# inputs: ["  3.0  "]
# inputs: ["\"x\""]
# inputs: ["NaN"]
# inputs: ["{\"a\": 1, \"a\": 2}"]
# inputs: [""]


def nested_equality(a, b):
    return [
        a == b,
        [a] == [b],
        {"k": a} == {"k": b},
        (a, 1) == (b, 1.0),
        [a, [a]] != [b, [b]],
        a in [b],
        {"k": [a]} == {"k": [b]},
    ]


# inputs: [1, 1.0]
# inputs: [0, false]
# inputs: [1, true]
# inputs: ["1", 1]
# inputs: [null, 0]
# inputs: [[1, 2], [1.0, 2.0]]
# inputs: [{"a": 1}, {"a": 1.0}]


def mixed_dict_keys(n):
    d = {1: "int"}
    d[1.0] = "float"
    d[True] = "bool"
    e = {True: "t", 1: "one", 1.0: "onef"}
    f = {0: "zero", False: "f", 0.0: "z"}
    return [
        list(d.items()),
        list(e.items()),
        list(f.items()),
        d.get(n),
        n in d,
        len({1, 1.0, True}),
    ]


# inputs: [1]
# inputs: [2]
# inputs: [true]


def dict_key_equality():
    return [
        {1: "a"} == {1.0: "a"},
        {1: "a"} == {True: "a"},
        {"1": "a"} == {1: "a"},
        {1: "a", 2: "b"} == {2: "b", 1: "a"},
        [1, 2] == [2, 1],
        {1, 2} == {2, 1.0},
    ]


# inputs: []


def store_int_keys(store, key):
    # a dict with int keys went through dcc.Store: its keys are strs now
    return [
        key in store,
        str(key) in store,
        store.get(key, "missing"),
        store.get(str(key)),
    ]


# inputs: [{"1": "a", "2": "b"}, 1]
# inputs: [{"1": "a"}, "1"]
# inputs: [{}, 0]


def in_operators(needle, hay):
    try:
        return needle in hay
    except TypeError as e:
        return "TypeError"


# inputs: ["a", "cat"]
# inputs: ["", "cat"]
# inputs: ["a", ["cat", "a"]]
# inputs: [1, [1.0, 2]]
# inputs: ["a", {"a": 1}]
# inputs: [1, {"1": 1}]
# inputs: [1, "123"]
# inputs: [[1], [[1.0]]]
# inputs: [null, [null]]
# inputs: [null, "None"]


def truthiness_of_results(x):
    return [
        bool(x),
        not x,
        "yes" if x else "no",
        x or "default",
        x and "and",
        [x][0] or 0,
    ]


# inputs: [0]
# inputs: [0.0]
# inputs: [""]
# inputs: [[]]
# inputs: [{}]
# inputs: [null]
# inputs: ["0"]
# inputs: [[0]]
# inputs: [{"": 0}]
# inputs: [-0.0]
# inputs: [" "]


def closures_in_loop(n):
    fs = [lambda: i for i in range(n)]
    gs = [lambda i=i: i for i in range(n)]
    adders = {}
    for k in ["a", "b"]:
        adders[k] = lambda v, k=k: k * v
    return [[f() for f in fs], [g() for g in gs], adders["a"](2), adders["b"](3)]


# inputs: [3]
# inputs: [0]


def counter_closure(start: int):
    count = start

    def bump(by: int = 1):
        nonlocal count
        count += by
        return count

    bump()
    bump(2)
    return [count, bump(0), f"{int(count)}"]


# inputs: [0]
# inputs: [10]


def make_formatter(unit):
    def fmt(v):
        if v is None:
            return "—"
        return f"{v:,.1f} {unit}".strip()

    return [fmt(1234.56), fmt(None), fmt(0), fmt(-0.05)]


# inputs: ["kg"]
# inputs: [""]


def sort_stability(rows):
    by_a = sorted(rows, key=lambda r: r[0], reverse=True)
    by_b = sorted(rows, key=lambda r: r[1])
    both = sorted(sorted(rows, key=lambda r: r[1]), key=lambda r: r[0], reverse=True)
    return [
        by_a,
        by_b,
        both,
        max(rows, key=lambda r: r[0]),
        min(rows, key=lambda r: r[0]),
    ]


# inputs: [[[1, "b"], [2, "a"], [1, "a"], [2, "c"], [1.0, "z"]]]


def sort_none_mixed(values):
    try:
        return sorted(values)
    except TypeError:
        return "TypeError"


# inputs: [[3, null, 1]]
# inputs: [["b", "a", "B"]]
# inputs: [[1, "1"]]
# inputs: [[[1, 2], [1], [0, 5]]]
# inputs: [[true, 0, 2, false]]
# inputs: [[[1, null], [1, 2]]]
# inputs: [[[2, null], [1, 2]]]


def zip_uneven(xs, ys):
    pairs = list(zip(xs, ys))
    return [
        pairs,
        dict(zip(xs, ys)),
        [a + b for a, b in zip(xs, ys)],
        list(enumerate(ys, start=1))[-1:],
    ]


# inputs: [[1, 2, 3], [10, 20]]
# inputs: [[], [1]]
# inputs: [["a", "a"], ["x", "y"]]


def dict_comprehension_order(keys):
    d = {k: i for i, k in enumerate(keys)}
    e = {k.upper(): k for k in keys}
    return [list(d.items()), list(e.items()), {**d, **{"z": -1}}]


# inputs: [["b", "a", "b", "c", "B"]]


def prevent_or_update(value, current):
    if value is None:
        raise PreventUpdate
    if value == current:
        return no_update
    return [value, current]


# inputs: [null, 1]
# inputs: [1, 1]
# inputs: [1, 1.0]
# inputs: [[1], [1.0]]
# inputs: [2, 1]


def outputs_tuple(n):
    if not n:
        return no_update, no_update
    return f"clicked {n} times", {"display": "block" if n % 2 else "none"}


# inputs: [null]
# inputs: [0]
# inputs: [3]
# inputs: [4]


def get_with_defaults(d):
    return [
        d.get("a"),
        d.get("a", 0) + 1 if isinstance(d.get("a", 0), int) else "n/a",
        d.get("missing", []),
        d.setdefault("list", []),
        d.pop("a", None),
        sorted(d),
    ]


# inputs: [{"a": 1}]
# inputs: [{}]
# inputs: [{"a": null}]
# inputs: [{"a": "x", "list": [1]}]


def chained_get(store, path):
    cur = store
    for p in path.split("."):
        if isinstance(cur, dict):
            cur = cur.get(p)
        elif isinstance(cur, list) and p.isdigit() and int(p) < len(cur):
            cur = cur[int(p)]
        else:
            return None
    return cur


# inputs: [{"a": {"b": [10, {"c": 3}]}}, "a.b.1.c"]
# inputs: [{"a": {"b": [10, {"c": 3}]}}, "a.b.0"]
# inputs: [{"a": {"b": [10, {"c": 3}]}}, "a.x.y"]
# inputs: [{"a": {"b": [10]}}, "a.b.5"]
# inputs: [{"a": {"b": [10]}}, "a.b.-1"]
# inputs: [null, "a"]


def merge_settings(defaults, overrides):
    out = dict(defaults)
    for k, v in (overrides or {}).items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = {**out[k], **v}
        elif v is not None:
            out[k] = v
    return out


# inputs: [{"theme": "light", "size": {"w": 1, "h": 2}}, {"size": {"h": 3}, "theme": null, "new": 0}]
# inputs: [{"a": 1}, null]


def list_ops_results(xs):
    ys = xs[:]
    ys.append(len(ys))
    ys.insert(0, "start")
    ys.extend("ab")
    zs = ys * 2
    idx = ys.index("a") if "a" in ys else -1
    return [ys, zs[-3:], idx, ys[::-2], ys[1:-1:2], xs]


# inputs: [[1, 2]]
# inputs: [[]]


def dumps_unicode_labels(labels, flag):
    data = {lbl: i for i, lbl in enumerate(labels)}
    return [
        json.dumps(data, ensure_ascii=False),
        json.dumps(labels, ensure_ascii=flag),
        json.dumps(data, ensure_ascii=not flag, indent=2),
        json.dumps(["é", "ü"], ensure_ascii=False, separators=(",", ":")),
        json.dumps([float(len(labels)), 0.5], ensure_ascii=False),
        json.dumps({"n": float(len(labels))}, ensure_ascii=flag, sort_keys=True),
    ]


# inputs: [["Zürich", "東京", "emoji 😀", "tab\there", "quote\"", "del\u007f", "ls\u2028"], false]
# inputs: [["plain"], true]
# inputs: [[], null]
# inputs: [["é"], "yes"]
# inputs: [["é"], ""]


def dash_through_the_module(v):
    import_free = dash.no_update
    try:
        if v is None:
            raise dash.exceptions.PreventUpdate
    except dash.exceptions.PreventUpdate:
        return "prevented"
    if v == 0:
        return import_free
    return [v, v is dash.no_update, dash.no_update == dash.no_update]


# inputs: [null]
# inputs: [0]
# inputs: [3]
