# Probes, tenth battery: grouping rows under tuple keys ((year, month), (region, kind)),
# lookups with equal keys of other types, and nested group totals.


def monthly_totals(rows):
    totals = {}
    for r in rows:
        y, m = int(r["date"][:4]), int(r["date"][5:7])
        totals[(y, m)] = totals.get((y, m), 0) + r["amount"]
    keys = sorted(totals)
    return (
        [[f"{y}-{m:02d}", totals[(y, m)]] for y, m in keys],
        (2024, 1) in totals,
        totals.get((2024.0, 1)),
    )


# inputs: [[{"date": "2024-01-05", "amount": 5}, {"date": "2023-12-31", "amount": 1.5}, {"date": "2024-01-20", "amount": 2}]]
# inputs: [[]]


def two_level_groups(rows):
    groups = {}
    for r in rows:
        groups.setdefault(r["region"], {}).setdefault(r["kind"], []).append(r["v"])
    return {
        region: {kind: [len(vs), max(vs)] for kind, vs in sorted(kinds.items())}
        for region, kinds in groups.items()
    }


# inputs: [[{"region": "N", "kind": "b", "v": 1}, {"region": "S", "kind": "a", "v": 3}, {"region": "N", "kind": "a", "v": 2}, {"region": "N", "kind": "b", "v": 7}]]


def tuple_key_lookup(pairs, probe):
    d = {tuple(p): i for i, p in enumerate(pairs)}
    return [d.get(tuple(probe)), tuple(probe) in d, list(d.values()), len(d)]


# inputs: [[[1, 2], [1.0, 2.0], [true, 2], ["1", 2]], [1, 2]]
# inputs: [[[1, null], [null, 1]], [null, 1]]
# inputs: [[], [0]]


def crosstab(rows, row_key, col_key):
    cols = sorted({r[col_key] for r in rows})
    table = {}
    for r in rows:
        table.setdefault(r[row_key], dict.fromkeys(cols, 0))[r[col_key]] += 1
    return [["", *cols]] + [[k, *table[k].values()] for k in sorted(table)]


# inputs: [[{"a": "x", "b": 1}, {"a": "y", "b": 2}, {"a": "x", "b": 2}, {"a": "x", "b": 1}], "a", "b"]
# inputs: [[], "a", "b"]


def rank_with_ties(scores):
    ordered = sorted(scores.items(), key=lambda kv: -kv[1])
    ranks = {}
    prev = None
    rank = 0
    for i, (name, s) in enumerate(ordered, 1):
        if s != prev:
            rank = i
            prev = s
        ranks[name] = rank
    return ranks


# inputs: [{"a": 10, "b": 9.5, "c": 10.0, "d": 7}]
# inputs: [{}]


def running_group_state(events):
    state = {}
    for e in events:
        key = (e["user"], e["page"])
        if e["type"] == "enter":
            state[key] = state.get(key, 0) + 1
        elif key in state:
            state[key] -= 1
            if state[key] == 0:
                del state[key]
    return sorted(state.items())


# inputs: [[{"user": "u1", "page": "a", "type": "enter"}, {"user": "u1", "page": "a", "type": "leave"}, {"user": "u2", "page": "b", "type": "enter"}, {"user": "u2", "page": "b", "type": "enter"}, {"user": "u3", "page": "c", "type": "leave"}]]
