# A module-level container (or one it holds) put into a local's container, or read
# out through another name, then stored into: printing what it holds may show 2 for
# 2.0, so it is refused as reads out of any container are there (CP115).


DEFAULT = {"t": 0}
ROWS = [[0, 0]]


def _make():
    return DEFAULT


def g1(x):
    groups = {}
    groups["a"] = _make()
    groups["a"]["t"] = x / 2
    return str(DEFAULT["t"])


# expect: CP115 18:16


def g2(x):
    groups = {"a": DEFAULT}
    groups["a"]["t"] = x / 2
    return str(DEFAULT["t"])


# expect: CP115 27:16


def g3(x):
    grid = [ROWS[0]]
    grid[0][0] = x / 2
    return str(ROWS[0][0])


# expect: CP115 36:16


def g4(x, rows):
    grid = [rows[0]]
    grid[0][0] = x / 2
    return str(rows[0][0])


# expect: CP115 45:16


def g5(x, d):
    groups = {"a": d}
    groups["a"]["t"] = x / 2
    return f"{d['t']}"


# expect: CP115 54:15


GRID = [[0, 0]]


def g7(x):
    row = GRID[0]
    row[0] = x / 2
    return str(GRID[0][0])


# expect: CP115 66:16


TABLE = {"a": {"n": 0}}


def g8(x):
    for k, v in TABLE.items():
        v["n"] = x / 2
    return str(TABLE["a"]["n"])


# expect: CP115 78:16
