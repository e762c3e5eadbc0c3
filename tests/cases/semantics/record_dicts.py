# Dict displays whose every use is known (kept as objects with a type per key): each
# key's type must follow every store of it, through any name, and anything the
# analysis does not follow must keep the dict a dict.


def grouped_totals(rows):
    groups = {}
    for r in rows:
        key = r["k"]
        if key not in groups:
            groups[key] = {"key": key, "n": 0, "total": 0.0}
        g = groups[key]
        g["n"] += 1
        g["total"] += r["v"]
    table = sorted(groups.values(), key=lambda g: g["total"], reverse=True)
    lines = []
    for g in table:
        g["mean"] = g["total"] / g["n"]
        lines.append(g["n"] * 2)
    return lines, table


# inputs: [[{"k": "a", "v": 1}, {"k": "b", "v": 2}, {"k": "a", "v": 3}]]
# inputs: [[]]
# inputs: [[{"k": "a", "v": "x"}]]
# inputs: [[{"v": 1}]]


def later_a_str(n: int):
    d = {"v": 0}
    d["v"] += n
    if n > 2:
        d["v"] = "big"
    return str(d["v"]), d["v"] * 2, d


# inputs: [1]
# inputs: [3]


def int_then_float(flag):
    d = {"v": 1}
    if flag:
        d["v"] = 2.0
    return d["v"], d


# inputs: [true]
# inputs: [false]


def float_through_alias(x):
    a = {"x": 1}
    b = a
    b["x"] = x + 0.5
    return a["x"], a


# inputs: [0.5]
# inputs: [1]


def float_through_loop_variable(xs):
    items = []
    for x in xs:
        items.append({"x": x, "half": 0})
    for it in items:
        it["half"] = it["x"] / 2
    out = []
    for it in items:
        out.append(it["half"] + 1)
    return out, items


# inputs: [[2, 3]]


def deleted_key(k):
    d = {"a": 1, "b": 2}
    del d["a"]
    d["a"] = 3
    return list(d), "a" in d, d.get(k), d


# inputs: ["a"]
# inputs: ["z"]


def _store(target, x):
    target[x] = 1.0
    target["a"] = 2.0


def mutated_by_helper(x):
    d = {"a": 1}
    _store(d, x)
    return d, d["a"]


# inputs: ["b"]
# inputs: [1]
# inputs: ["0"]


def updated(x):
    d = {"a": 1}
    d.update({"a": 0.5 + 0.5, x: 2})
    return d, d["a"]


# inputs: ["b"]
# inputs: [3]


def dynamic_key(k):
    d = {"a": 1, "b": 2}
    d[k] = 1.5 + 0.5
    return d, d["a"], list(d)


# inputs: ["a"]
# inputs: ["0"]
# inputs: ["__proto__"]


def set_default(k):
    d = {"a": 1}
    d.setdefault(k, 2.0)
    return d, d["a"]


# inputs: ["a"]
# inputs: ["b"]


def merged_in_place(k):
    d = {"a": 1}
    d |= {k: 2.0, "a": 1.0}
    return d, d["a"]


# inputs: ["b"]


def list_field_through_alias(x):
    d = {"xs": [], "n": 0}
    xs = d["xs"]
    xs.append(x - 0.5)
    d["n"] += 1
    return d["xs"], d


# inputs: [1.5]


def prototype_names(n):
    d = {"constructor": n, "toString": 0}
    d["constructor"] += 1
    d["valueOf"] = 2
    return d["constructor"], d["toString"], "valueOf" in d, d


# inputs: [1]


def missing_key(k):
    d = {"a": 1}
    try:
        return d["b"]
    except KeyError as e:
        return "missing " + str(e) + " " + k


# inputs: ["x"]


def key_order(flag):
    d = {"b": 1, "a": 2}
    d["c"] = 3
    d["a"] = 4
    if flag:
        d["b"] = 0.5
    return d, d["b"]


# inputs: [true]
# inputs: [false]


def kept_in_a_list_then_sorted(xs):
    out = []
    for x in xs:
        out.append({"x": x, "neg": -x})
    out.sort(key=lambda d: d["neg"])
    return out[:2], len(out), out[0]["x"] if out else None


# inputs: [[3, 1, 2]]
# inputs: [[]]


def shared_with_a_closure(x):
    d = {"v": 1}

    def bump():
        d["v"] = d["v"] + x

    bump()
    return d["v"], d


# inputs: [0.5]
# inputs: [1]


def returned_from_get(k):
    box = {}
    box["a"] = {"n": 1}
    got = box.get(k)
    if got is not None:
        got["n"] = 1.5
    return box["a"]["n"], box


# inputs: ["a"]
# inputs: ["b"]


def record_get_prints_its_field_type(x):
    d = {"a": 2.0, "n": 3}
    return [str(d["a"]), f"{d['a']}", str(d.get("a")), str(d.get("n", 0.5)), d.get("z")]


# inputs: [0]
