# Probes, tenth battery: idioms of forum answers: `max(d, key=d.get)`, transposes with
# zip(*rows), enumerate over zip, walrus in comprehensions, filter(None, ...), nested
# unpacking, and module-level configuration dicts.

COLORS = {"low": "#2ca02c", "mid": "#ff7f0e", "high": "#d62728"}
LEVELS = [(10, "low"), (100, "mid"), (float("inf"), "high")]
PAGE = {"size": 3}


def most_common(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    if not counts:
        return None
    return [
        max(counts, key=counts.get),
        sorted(counts, key=counts.get),
        min(counts, key=lambda k: counts[k]),
    ]


# inputs: [["a", "b", "b", "c", "c"]]
# inputs: [[]]
# inputs: [["z"]]


def transpose(matrix):
    cols = [list(c) for c in zip(*matrix)]
    return [cols, list(map(sum, cols)), [max(c) - min(c) for c in cols]]


# inputs: [[[1, 2, 3], [4, 5, 6]]]
# inputs: [[[1, 2], [3]]]
# inputs: [[]]


def enumerate_zip(labels, values):
    out = []
    for i, (label, v) in enumerate(zip(labels, values), start=1):
        out.append(f"{i}. {label}={v!r}")
    return out


# inputs: [["a", "b", "c"], [1, 2.5, null, 4]]
# inputs: [[], [1]]


def walrus_filter(rows):
    return [y for r in rows if (y := r.get("y")) is not None and y > 0]


# inputs: [[{"y": 1}, {"y": -1}, {}, {"y": null}, {"y": 2.5}]]


def filter_none(values):
    return [
        list(filter(None, values)),
        [v for v in values if v],
        sum(filter(None, [v for v in values if isinstance(v, (int, float))])),
    ]


# inputs: [[0, 1, "", "a", null, [], [0], 2.5, false]]


def level_of(v):
    if v is None:
        return None
    for limit, name in LEVELS:
        if v < limit:
            return {"level": name, "color": COLORS[name]}
    return {"level": "off", "color": "#000"}


# inputs: [5]
# inputs: [10]
# inputs: [99.9]
# inputs: [1e308]
# inputs: [null]


def page_slices(items, page):
    size = PAGE["size"]
    pages = [items[i : i + size] for i in range(0, len(items), size)]
    page = max(1, min(page or 1, len(pages) or 1))
    return [pages[page - 1] if pages else [], f"{page}/{len(pages)}"]


# inputs: [[1, 2, 3, 4, 5, 6, 7], 3]
# inputs: [[1, 2, 3, 4, 5, 6, 7], 9]
# inputs: [[], 1]
# inputs: [[1], null]


def star_merges(a, b):
    return [
        [*a, *b],
        {**{"x": 1}, **{k: v for k, v in zip(a, b)}},
        (*a,),
        [*range(3), *"ab"],
    ]


# inputs: [["x", "y"], [2, 3]]
# inputs: [[], []]


def reverse_iteration(xs):
    out = []
    for i in range(len(xs) - 1, -1, -1):
        out.append(xs[i])
    return [out, list(reversed(xs)), xs[::-1], [x for x in reversed(range(len(xs)))]]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def nested_unpack(pairs):
    total = 0
    names = []
    for name, (lo, hi) in pairs:
        names.append(name)
        total += hi - lo
    first, *rest = names or ["none"]
    *init, last = names or ["none"]
    return [total, first, rest, init, last]


# inputs: [[["a", [1, 5]], ["b", [2, 3]]]]
# inputs: [[]]


def any_all_generators(rows):
    return [
        any(r.get("ok") for r in rows),
        all(r.get("ok") for r in rows),
        any(r["v"] > 2 for r in rows if "v" in r),
        all("v" in r for r in rows),
        sum(1 for r in rows if r.get("ok")),
        ([r["v"] for r in rows if r.get("v", 0) > 1] or ["none"])[0],
    ]


# inputs: [[{"ok": true, "v": 3}, {"ok": false}, {"v": 1}]]
# inputs: [[]]


def dict_sorted_by_value(d):
    top = dict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
    return [top, list(top), sorted(d.items(), key=lambda kv: kv[1], reverse=True)]


# inputs: [{"a": 3, "b": 5, "c": 3, "d": 1, "e": 5}]
# inputs: [{}]


def inverted_index(docs):
    index = {}
    for i, doc in enumerate(docs):
        for word in set(doc.lower().split()):
            index.setdefault(word, []).append(i)
    return {w: index[w] for w in sorted(index)}


# inputs: [["the cat", "The dog", "a cat and a dog"]]


def conditional_chain(v):
    label = (
        "none"
        if v is None
        else "zero" if v == 0 else "neg" if v < 0 else "big" if v > 100 else "ok"
    )
    return label


# inputs: [null]
# inputs: [0]
# inputs: [-0.5]
# inputs: [101]
# inputs: [50]
# inputs: [false]


def accumulate_by_key(events):
    state = {"open": 0, "closed": 0, "log": []}
    for e in events:
        kind = e.get("kind", "open")
        state[kind] = state.get(kind, 0) + 1
        state["log"].append(f"{kind}:{state[kind]}")
    return state


# inputs: [[{"kind": "open"}, {}, {"kind": "closed"}, {"kind": "other"}]]


def min_max_defaults(values):
    nums = [
        v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)
    ]
    return [
        min(nums, default=None),
        max(nums, default=None),
        min(values, key=str) if values else None,
        max("abc", "abd", "ab"),
    ]


# inputs: [[3, "x", 1.5, true, null]]
# inputs: [[]]


def list_of_lists_copy(grid):
    shallow = grid[:]
    shallow[0] = ["new"]
    deep = [row[:] for row in grid]
    if deep:
        deep[-1].append("d")
    alias = [[0] * 2] * 2
    alias[0][0] = 9
    return [grid, shallow, deep, alias]


# inputs: [[["a"], ["b"]]]
# inputs: [[]]
