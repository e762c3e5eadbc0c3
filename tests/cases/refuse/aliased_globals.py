# A module-level container stored into through another name holds what was stored,
# not only what it was made with: printing its items is refused as for any container
# whose items may be ints or floats.

RATES = [1.0, 2.0]
GRID = [[1.0, 2.0]]
TABLE = [1.5, 2.0]
KEYED = [1.5, 2.0]


def through_a_local(n):
    x = RATES
    x[0] = n
    return str(RATES[0])
# expect: CP115 14:16


def through_a_loop(n):
    for row in GRID:
        row[0] = n
    return str(GRID[0][0])
# expect: CP115 21:16


def _store(xs, v):
    xs[0] = v


def through_a_call(n):
    _store(TABLE, n)
    return str(TABLE[0])
# expect: CP115 31:16


def through_a_keyword(n):
    _store(v=n, xs=KEYED)
    return str(KEYED[0])
# expect: CP115 37:16
