# A store `local[k1][k2] = v` where what the local holds there is also held elsewhere
# (a name stored into it, Dash's data, a list of the same row twice, a part read
# out before the store), or where its dicts hold values of several kinds: printing
# what may now be a float is refused.


def a1(x):
    inner = {"t": 0}
    groups = {"a": inner}
    groups["a"]["t"] = x / 2
    return str(inner["t"])


# expect: CP115 11:16


def a2(x, r):
    groups = {}
    groups["a"] = r
    groups["a"]["t"] = x / 2
    return str(r["t"])


# expect: CP115 21:16


def a3(x):
    grid = [[0] * 3 for _ in range(2)]
    grid[1][2] = x / 2
    return str(grid[1][2]), str(grid[0][0]), f"{grid[1][0]}"


# expect: CP115 30:16
# expect: CP115 30:33
# expect: CP115 30:49


def a4(x):
    row = [0, 0]
    grid = [row, row]
    grid[0][0] = x / 2
    return str(row[0])


# expect: CP115 42:16


def a5(x):
    d = {"a": {}}
    e = d["a"]
    d["a"]["v"] = x / 2
    return str(e["v"])


# expect: CP115 52:16


def a6(x, rows):
    groups = {}
    for r in rows:
        groups.setdefault(r["k"], {"n": 0, "s": 0})
        groups[r["k"]]["n"] += 1
        groups[r["k"]]["s"] += r["v"] * x
    return [f"{k}: {g['n']} {g['s']}" for k, g in groups.items()]


# expect: CP115 64:21
# expect: CP115 64:30


def a7(x):
    grid = [[0] * 2 for _ in range(2)]
    keep = grid[0]
    grid[0][1] = x / 2
    return str(keep[1])


# expect: CP115 75:16


def a8(x):
    cells = {"a": [0, 0]}
    other = [cells["a"]]
    cells["a"][0] = x / 2
    return str(other[0][0])


# expect: CP115 85:16
