# A local bound to None and to one kind of container is that container where an `if`
# has shown it is not None: direct code there, Python's behaviour everywhere.


def legs(points: list[list[float]]):
    prev = None
    out = []
    for lat, lon in points:
        if prev is not None:
            plat, plon = prev
            out.append(round(lon - plon + (lat - plat), 6))
        prev = (lat, lon)
    return [out, prev]


# inputs: [[[1.5, 2.5], [3.0, 4.25], [-1.0, 0.5]]]
# inputs: [[]]
# inputs: [[[1, 2], [3, 4]]]


def buckets(points, step: int):
    found = {}
    for p in points:
        b = p["t"] // step * step
        acc = found.get(b)
        if acc is None:
            found[b] = [p["v"], 1]
        else:
            acc[0] += p["v"]
            acc[1] += 1
    return [[k, found[k][0], found[k][1]] for k in sorted(found)]


# inputs: [[{"t": 1, "v": 2.5}, {"t": 7, "v": 1}, {"t": 12, "v": 3}, {"t": 3, "v": 0.5}], 5]
# inputs: [[{"t": 1, "v": "a"}, {"t": 2, "v": "b"}], 5]
# inputs: [[{"t": 1, "v": [1]}, {"t": 2, "v": [2, 3]}], 5]


def shown_by_and_or(words):
    last = None
    out = []
    for w in words:
        if last is not None and len(last) < len(w):
            out.append(last + ">" + w)
        if last is None or not w:
            out.append("start")
        else:
            out.append(last.upper())
        last = w
    return out


# inputs: [["a", "bb", "", "ccc"]]
# inputs: [[]]


def rebound_by_nested(xs):
    cur = None

    def reset():
        nonlocal cur
        cur = None

    out = []
    for x in xs:
        if cur is not None:
            reset()
            out.append(cur)
        cur = [x]
    return out


# inputs: [[1, 2, 3]]


def lazy_read(xs):
    cur = None
    gens = []
    for x in xs:
        if cur is not None:
            gens.append(len(cur) for _ in range(1))
            cur = None
        else:
            cur = [x, x]
    try:
        return [list(g) for g in gens]
    except TypeError as e:
        return str(e)


# inputs: [[1, 2, 3, 4]]


def mixed_kinds(n):
    x = None
    if n > 0:
        x = [n]
    elif n < 0:
        x = "neg"
    if x is not None:
        return [x * 2, len(x)]
    return x


# inputs: [3]
# inputs: [-3]
# inputs: [0]


def walrus_test(rows):
    got = None
    out = []
    for r in rows:
        if (got := r.get("k")) is not None:
            out.append(got)
        got = [1]
    return [out, got]


# inputs: [[{"k": 1}, {}, {"k": [2]}]]


def parameter_default(items=None):
    if items is not None:
        return items + [1]
    items = []
    return items


# inputs: [[0]]
# inputs: [null]
# inputs: ["text"]


def tuple_then_list(n):
    t = None
    for i in range(n):
        if t is not None:
            a, b = t
            t = (b, a + b)
        else:
            t = (0, 1)
    return [t, str(t[0] / 1) if t is not None else "-"]


# inputs: [5]
# inputs: [0]


def str_or_none(words):
    last = None
    out = []
    for w in words:
        if last is not None:
            out.append(last * 2 + w)
        last = w
    return out


# inputs: [["a", "b", "c"]]
# inputs: [["a", 1]]
# messages


def dict_value_floats(rows):
    best = None
    for r in rows:
        if best is None or r["v"] > best["v"]:
            best = {"v": r["v"], "k": r["k"]}
    if best is not None:
        return [str(best["v"]), best["k"]]
    return None


# inputs: [[{"v": 1.0, "k": "a"}, {"v": 3.0, "k": "b"}, {"v": 2, "k": "c"}]]


def bool_appended(xs: list[int]):
    prev = None
    out = []
    for x in xs:
        if prev is not None:
            out.append(str(prev[-1]))
            out.append(f"{prev}")
        prev = [x]
        prev.append(x > 1)
    return out


# inputs: [[1, 2, 3]]


def str_items_got_int(words: list[str]):
    prev = None
    out = []
    for w in words:
        if prev is not None:
            out.append(str(prev[0]))
            out.append(prev[0] * 2)
            out.append(sorted(prev, key=str))
        prev = [w]
        prev[0] = len(w)
    return out


# inputs: [["ab", "c"]]


def concat_after_store(words: list[str]):
    prev = None
    out = []
    for w in words:
        if prev is not None:
            try:
                out.append(prev[-1] + "!")
            except TypeError:
                out.append("TE")
        prev = [w]
        prev.append(len(w))
    return out


# inputs: [["a", "bb", "c"]]


def record_or_none_with_floats(rows):
    best = None
    for r in rows:
        if best is None or r["v"] > best["v"]:
            best = {"v": r["v"] / 1, "k": r["k"]}
    if best is not None:
        return [str(best["v"]), best["k"]]
    return None


# inputs: [[{"v": 1, "k": "a"}, {"v": 3, "k": "b"}]]
# inputs: [[]]
