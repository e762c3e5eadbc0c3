# A value stored into a container through another name than its own (a nested item
# `g[k]["n"] = v`, a row read out of a list, `acc = d.get(k)`, a loop variable) or by an
# augmented assignment (`xs[0][0] /= 2`, `row += ["a"]`) changes what reads of that
# container give: they are no longer taken for the type the display held.


def last_value(rows: list[dict]):
    stats = {"last": {"value": 0}, "count": 0}
    for r in rows:
        stats["last"]["value"] = r["v"]
        stats["count"] += 1
    return f"last={stats['last']['value']} of {stats['count']}"


# inputs: [[{"v": true}]]
# inputs: [[{"v": null}]]
# inputs: [[{"v": "x"}, {"v": 2.5}]]
# inputs: [[{"v": 3}]]
# inputs: [[]]


def nested_item(p):
    g = {"k": [1]}
    g["k"][0] = p
    return g["k"][0] * 2


# messages
# inputs: [1]
# inputs: ["a"]
# inputs: [[1]]
# inputs: [null]


def through_a_row(v):
    xs = [[1], [2]]
    r = xs[0]
    r.append(v)
    r[0] = v
    for row in xs:
        row.insert(0, v)
    return [str(xs[0][0]), str(xs[1][0]), xs[0][-1] == 1, isinstance(xs[1][0], list)]


# inputs: [true]
# inputs: [null]
# inputs: ["s"]
# inputs: [[1]]


def loop_variable_store():
    xs = [[1], [2]]
    for r in xs:
        r[0] = None
    return [str(r[0]) for r in xs]


# inputs: []


def dict_get_store(pairs: list):
    d = {"a": [0], "b": [5]}
    for k, v in pairs:
        acc = d.get(k)
        if acc is not None:
            acc[0] = v
            acc.append(v)
    return [str(d["a"][0]), str(d["b"][-1]), repr(d)]


# inputs: [[["a", "s"], ["b", true]]]
# inputs: [[["a", [7]]]]
# inputs: [[["z", 1]]]


def augmented_items(a, b):
    xs = [[4], [6]]
    xs[0][0] /= 2
    for r in xs:
        r[0] += b
    row = xs[1]
    row += ["a"]
    # (printed or tested with isinstance, a float made here is refused: 2.0 and 2 are
    # one JS number)
    return [xs[0][0] == 2 + b, xs[1][0] > 6, xs[1][-1] + "!"]


# inputs: [0, 0.5]
# inputs: [0, 1]
# inputs: [0, "x"]


def merged_in_place():
    cfg = {"opts": {"n": 1}}
    opts = cfg["opts"]
    opts |= {"n": "many", "flag": None}
    return [str(cfg["opts"]["n"]), str(cfg["opts"]["flag"])]


# inputs: []


def moved_to_end(keys: list[str]):
    d = {k: i for i, k in enumerate(keys)}
    try:
        for k in d:
            d[k] = d.pop(k)
    except RuntimeError as e:
        return ["RuntimeError", str(e), list(d)]
    return list(d)


# inputs: [["a", "b"]]
# inputs: [[]]


def readded_after_the_walk(keys: list[str]):
    d = {k: 0 for k in keys}
    seen = []
    for k in d:
        seen.append(k)
        if k == keys[0]:
            d.pop(keys[-1])
            d[keys[-1] + "!"] = 1
    return [seen, list(d)]


# inputs: [["a", "b", "c"]]
