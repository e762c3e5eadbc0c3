# `key=lambda r: (a, b)` of sorted() and list.sort() sorts by the pair without making a
# tuple per item: the order, the ties, the errors and the order of evaluation are the
# tuple key's.


def table_sort(rows, desc):
    by_score = sorted(rows, key=lambda r: (-r["score"], r["name"]), reverse=desc)
    rows.sort(key=lambda r: (r["name"], r["score"]))
    return [[r["id"] for r in by_score], [r["id"] for r in rows]]


# inputs: [[{"id": 1, "name": "b", "score": 2}, {"id": 2, "name": "a", "score": 2.0}, {"id": 3, "name": "Zoë", "score": 7}, {"id": 4, "name": "a", "score": 2}], false]
# inputs: [[{"id": 1, "name": "b", "score": 2}, {"id": 2, "name": "a", "score": 2.0}, {"id": 3, "name": "Zoë", "score": 7}, {"id": 4, "name": "a", "score": 2}], true]
# inputs: [[{"id": 1, "name": "😀", "score": true}, {"id": 2, "name": "\uffff", "score": 1}, {"id": 3, "name": "é", "score": 0}], false]
# inputs: [[], true]
# inputs: [[{"id": 9, "name": "x", "score": 1}], false]


def mixed_columns(rows):
    return sorted(rows, key=lambda r: (r[0], r[1]))


# messages
# inputs: [[[1, "a"], [1, null], [0, 2]]]
# inputs: [[[1, null], [1, null], [0, 2]]]
# inputs: [[[1, "a"], [1, 2]]]
# inputs: [[[1, "a"], ["x", "b"]]]
# inputs: [[[1, [2, 3]], [1, [2, 1]], [0, []]]]
# inputs: [[[2.5, "a"], [2, "b"], [true, "c"], [-1, "d"]]]


def with_nan(xs: list[float]):
    vals = [x / 0.0 if x == 0 else x for x in xs] if False else xs
    pairs = [(float("nan") if v < 0 else v, i) for i, v in enumerate(vals)]
    return [i for _, i in sorted(pairs, key=lambda p: (p[0], -p[1]))]


# inputs: [[3, -1, 2, 1, -5, 0.5]]


def key_raises(rows):
    kept = list(rows)
    try:
        kept.sort(key=lambda r: (r["a"], r["b"]))
    except KeyError as e:
        return ["KeyError", str(e), kept]
    return kept


# inputs: [[{"a": 2, "b": 1}, {"a": 1}, {"b": 0}]]
# inputs: [[{"a": 2, "b": 1}, {"a": 1, "b": 5}]]


def order_of_evaluation(rows):
    log = []

    def note(tag, v):
        log.append(tag)
        return v

    out = sorted(rows, key=lambda r: (note("first", r), note("second", -r)))
    return [out, log]


# inputs: [[3, 1, 2]]
# inputs: [[]]


def nested_pair_sorts(groups: dict):
    def spread(xs):
        return sorted(xs, key=lambda x: (x % 2, x))[0]

    return sorted(groups, key=lambda g: (spread(groups[g]), g))


# inputs: [{"b": [3, 4], "a": [4, 6], "c": [1]}]


def other_iterables(s: str, d: dict):
    return [
        sorted(s, key=lambda c: (c.lower(), c)),
        sorted(d, key=lambda k: (d[k], k), reverse=True),
        sorted({3, 1, 2}, key=lambda x: (x % 2, -x)),
        sorted((x * 2 for x in range(4)), key=lambda x: (-x, 0)),
        sorted(d.items(), key=lambda kv: (kv[1], kv[0])),
    ]


# inputs: ["bAaB", {"x": 2, "y": 1, "z": 2}]


def not_pairs(rows):
    # one item, three items, a default: the tuple key as before
    a = sorted(rows, key=lambda r: (r[0],))
    b = sorted(rows, key=lambda r: (r[1], r[0], 0))
    c = sorted(rows, key=lambda r, k=1: (r[k], r[0]))
    return [a, b, c]


# inputs: [[[2, "b"], [1, "b"], [3, "a"]]]


def closure_and_walrus(rows, weight):
    best = []
    ranked = sorted(
        rows, key=lambda r: ((s := r["v"] * weight), best.append(s) or r["k"])
    )
    return [ranked, best]


# inputs: [[{"v": 2, "k": "b"}, {"v": 1, "k": "a"}, {"v": 2, "k": "a"}], -1]
