# `groups[k]["total"] += v` and `grid[y][x] = v` store into a dict or list that a local
# made right there holds: the local's type grows with what is stored (as with
# `groups[k].append(v)`), so it is no store through another name, and what is read
# out of Dash's data elsewhere still prints as it is.


def totals_by_key(rows, key):
    groups = {}
    for r in rows:
        k = str(r.get(key))
        if k not in groups:
            groups[k] = {"total": 0}
        groups[k]["total"] += r.get("amount") or 0
    return list(groups.items())


# inputs: [[{"cat": "a", "amount": 2}, {"cat": 1, "amount": 0.5}, {"cat": "a"}], "cat"]
# inputs: [[], "cat"]
# inputs: [[{"amount": 3}], "cat"]


def counts_of_kinds(rows):
    counts = {kind: {"n": 0} for kind in ("a", "b")}
    for r in rows:
        counts[r["kind"]]["n"] += 1
    return [f"{k}={v['n']}" for k, v in counts.items()], str(counts["a"]["n"])


# inputs: [[{"kind": "a"}, {"kind": "b"}, {"kind": "a"}]]
# inputs: [[{"kind": "c"}]]
# messages


def halved_grid(values, w: int, h: int):
    grid = [[0.0] * w for _ in range(h)]
    for i, v in enumerate(values[: w * h]):
        grid[i // w][i % w] = v / 2
    return [" ".join(f"{c}" for c in row) for row in grid], str(grid[0][0])


# inputs: [[1, 2, 3, 4, 5], 2, 2]
# inputs: [[], 1, 1]


def grid_of_ints_stays_int(values, w: int):
    grid = [[0] * w for _ in range(2)]
    for i, v in enumerate(values[:w]):
        grid[1][i] = len(str(v))
    return str(grid), f"{grid[1][0]}"


# inputs: [["ab", 3, null], 3]
