# Records (dict displays kept as objects with a type per key) walked by comprehensions
# and by `.items()`: each key keeps its own type, so counts print as ints next to a
# total that may be a float, and a comprehension's target is another name than the
# function's of the same identifier.


def counts_and_totals(rows):
    groups = {}
    for r in rows:
        k = r["k"]
        if k not in groups:
            groups[k] = {"n": 0, "total": 0}
        groups[k]["n"] += 1
        groups[k]["total"] += r["v"]
    labels = [f"{k}: {g['n']} rows" for k, g in groups.items()]
    counts = {k: str(g["n"]) for k, g in groups.items() if g["n"] > 0}
    return labels, counts, [g["total"] / g["n"] for g in groups.values()]


# inputs: [[{"k": "a", "v": 1}, {"k": "b", "v": 2.5}, {"k": "a", "v": 3}]]
# inputs: [[{"k": 1, "v": 1}, {"k": 2, "v": 2}]]
# inputs: [[]]
# inputs: [[{"k": "a", "v": "x"}, {"k": "a", "v": "y"}]]


def float_field_printed(rows):
    stats = {}
    for r in rows:
        if r not in stats:
            stats[r] = {"n": 0, "mean": 0.0}
        stats[r]["n"] += 1
        stats[r]["mean"] += 1
    out = []
    for name, st in stats.items():
        out.append(f"{name} {st['n']} {st['mean']}")
    return out


# inputs: [["a", "b", "a"]]
# inputs: [[]]


def same_name_in_and_out(rows):
    g = {"n": 0, "xs": []}
    for r in rows:
        g["n"] += 1
        g["xs"].append(r)
    firsts = [g for g in rows]
    return str(g["n"]), firsts, g


# inputs: [[1, 2.5]]
# inputs: [[]]


def rebound_in_a_later_generator(rows):
    groups = {}
    for r in rows:
        groups[r] = {"n": 1}
    return [v for v in groups.values() for v in [v["n"], 2.0]]


# inputs: [["a", "b"]]


def read_in_a_lambda(rows):
    groups = {}
    for r in rows:
        groups[r] = {"n": len(r), "w": 0.5}
    getters = [lambda: g["n"] for g in groups.values()]
    keyed = sorted(groups.items(), key=lambda kv: kv[1]["n"])
    return [f() for f in getters], [v["w"] for _, v in keyed]


# inputs: [["abc", "d"]]


def passed_on(rows):
    groups = {}
    for r in rows:
        groups[r] = {"n": 1}
    return [str(len(g)) + repr(g) for g in groups.values()]


# inputs: [["a"]]


def busiest(rows):
    groups = {}
    for r in rows:
        if r["k"] not in groups:
            groups[r["k"]] = {"n": 0, "w": 0.0}
        groups[r["k"]]["n"] += 1
        groups[r["k"]]["w"] += r["v"]
    if not groups:
        return None
    best = max(groups.values(), key=lambda g: g["n"])
    least = min(groups.values(), key=lambda g: (g["w"], g["n"]))
    return f"{best['n']} rows, weight {best['w']}; least {least['w']}"


# inputs: [[{"k": "a", "v": 1}, {"k": "b", "v": 2.5}, {"k": "a", "v": 3}]]
# inputs: [[{"k": "a", "v": 2}]]
# inputs: [[]]


def busiest_or_default(rows):
    groups = {}
    for r in rows:
        groups[r] = {"n": 1}
    return max(groups.values(), key=lambda g: g["n"], default={"n": 0.5})


# inputs: [["a", "b"]]
# inputs: [[]]
