# Dicts with int or str keys typed from their stores, lambdas that only read, and sorts
# by tuple keys.


def histogram_counts(values: list[float], width: float):
    counts = {}
    for v in values:
        b = int(v // width)
        counts[b] = counts.get(b, 0) + 1
    keys = sorted(counts)
    peak = max(keys, key=lambda k: counts[k])
    return [keys, [counts[k] for k in keys], f"{peak}:{counts[peak]}", str(counts)]


# inputs: [[0.5, 1.5, 1.7, -0.2, 3, -0.0], 1]
# inputs: [[10, 20, 25], 7.5]
# inputs: [[], 2]


def int_keyed_get(n: int, missing: int):
    d = {}
    for i in range(n):
        d[i * 2] = None if i == 1 else i / 2
    return [
        d.get(0),
        d.get(2, "x"),
        d.get(missing),
        d.get(missing, -1),
        d.get(4, 0.0),
        [d.get(k, "none") for k in range(4)],
    ]


# inputs: [3, 5]
# inputs: [0, 0]


def str_keyed_get(words: list[str], probe, unset):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    d["unset"] = unset
    return [d.get(probe, "no"), d.get("unset", "no"), d.get(1, "int"), d]


# inputs: [["a", "b", "a"], "a", 1]
# inputs: [["a"], "zz", null]
# inputs-undef: [["a"], "a", null]


def get_default_evaluated_once(d_keys: list[str], k: str):
    d = {key: 1 for key in d_keys}
    calls = []

    def default():
        calls.append(k)
        return 0

    return [d.get(k, default()), calls]


# inputs: [["a"], "a"]
# inputs: [["a"], "b"]


def lambda_reads_only(rows: list[dict]):
    totals = {}
    for r in rows:
        name = str(r["name"])
        totals[name] = totals.get(name, 0) + 1
    ranked = sorted(totals, key=lambda k: (-totals[k], k))
    return [ranked, str(totals)]


# inputs: [[{"name": "b"}, {"name": "a"}, {"name": "b"}, {"name": 1}]]


def lambda_that_changes(xs: list[int]):
    seen = [0]
    add = lambda x: seen.append(x * 2)  # noqa: E731
    for x in xs:
        add(x)
    return [seen, len(seen)]


# inputs: [[1, 2]]


def sort_by_tuples(rows: list[dict], reverse: bool):
    out = sorted(rows, key=lambda r: (-r["n"], r["name"]), reverse=reverse)
    return [r["id"] for r in out]


# inputs: [[{"id": 1, "n": 2, "name": "b"}, {"id": 2, "n": 2, "name": "a"}, {"id": 3, "n": 5, "name": "z"}, {"id": 4, "n": 2, "name": "a"}], false]
# inputs: [[{"id": 1, "n": 2, "name": "b"}, {"id": 2, "n": 2, "name": "a"}, {"id": 3, "n": 5, "name": "z"}, {"id": 4, "n": 2, "name": "a"}], true]
# inputs: [[{"id": 1, "n": true, "name": "b"}, {"id": 2, "n": 1, "name": "a"}, {"id": 3, "n": -0.0, "name": "a"}, {"id": 4, "n": 0, "name": "a"}], false]
# inputs: [[{"id": 1, "n": 1, "name": "b"}, {"id": 2, "n": 1, "name": 2}], false]


def sort_tuples_mixed(pairs):
    keys = [tuple(p) for p in pairs]
    return [sorted(keys), sorted(keys, reverse=True)]


# inputs: [[[1, "b"], [1, "a"], [0, "z"], [1.5, "a"]]]
# inputs: [[[1, "b"], [1], [0, "z", 1], []]]
# inputs: [[[1, "b"], ["a", 1]]]
# inputs: [[[1, [2]], [1, [1]], [0, [3, 1]]]]
# inputs: [[[true, "x"], [1, "a"], [0.5, "q"]]]


def grouped_with_setdefault(rows, key: str):
    groups = {}
    for r in rows:
        groups.setdefault(r[key], []).append(r["v"])
    counts = {}
    for r in rows:
        counts.setdefault(r[key], 0)
    return [list(groups.items()), list(counts.items())]


# inputs: [[{"k": "a", "v": 1}, {"k": "b", "v": 2}, {"k": "a", "v": 3}], "k"]
# inputs: [[{"k": 1, "v": 1}, {"k": true, "v": 2}, {"k": 1.0, "v": 3}, {"k": null, "v": 4}], "k"]
# inputs: [[{"k": [1], "v": 1}], "k"]
# inputs: [[{"k": "a", "v": 1}], "missing"]


def setdefault_made_once(keys: list[str]):
    d = {}
    made = []
    for k in keys:
        d.setdefault(k, made).append(k)
    return [d, made]


# inputs: [["a", "b", "a"]]


def items_by_open_index(xs, i: int):
    return xs[i]


# inputs: [[1, 2, 3], 0]
# inputs: [[1, 2, 3], -1]
# inputs: [[1, 2, 3], 3]
# inputs: ["abc", 1]
# inputs: [{"1": "one"}, 1]
# inputs: [null, 0]
# messages


def items_by_str_key(d, k: str):
    return d[k]


# inputs: [{"a": 1, "b": null}, "a"]
# inputs: [{"a": 1, "b": null}, "b"]
# inputs: [{"a": 1}, "toString"]
# inputs: [{"a": 1}, "__proto__"]
# inputs: [{"constructor": 5}, "constructor"]
# inputs: [{"__proto__": 7}, "__proto__"]
# inputs: [{"a": 1}, "zz"]
# inputs: [[1, 2], "a"]
# inputs: ["abc", "a"]
# messages


def items_by_str_key_of_python_dicts(k: str):
    d = dict(a=1)
    plain = {"toString": 2, "hasOwnProperty": 3}
    f = {"f": len}
    return [d.get(k), plain.get(k), f[k]("ab") if k == "f" else None]


# inputs: ["a"]
# inputs: ["toString"]
# inputs: ["f"]


def str_key_that_is_none(d, k: str | None):
    return d[k]


# inputs: [{"undefined": 1, "null": 2}, null]
# inputs-undef: [{"undefined": 1, "null": 2}, null]
