# Features meeting: typed record dicts, sorts, functions as values, coroutines kept in a
# list, a repeated list among module constants.
def _apply(f, *args):
    return f(*args)


def records_then_dump(rows: list):
    groups = {}
    for r in rows:
        g = groups.setdefault(r["k"], {"n": 0, "total": 0.0})
        g["n"] += 1
        g["total"] += r["v"]
    return [groups, sorted(groups.items())]


# inputs: [[{"k": "a", "v": 1}, {"k": "b", "v": 2.5}, {"k": "a", "v": 3}]]


def record_display_counts(rows: list):
    summary = {"count": 0, "sum": 0}
    for r in rows:
        summary["count"] += 1
        summary["sum"] += r
    summary["mean"] = summary["sum"] / summary["count"] if summary["count"] else None
    return [summary, summary["count"] + 1]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def sort_stability_reverse(pairs: list):
    return [
        sorted(pairs, key=lambda p: p[0], reverse=True),
        sorted(pairs, reverse=True),
        sorted(pairs, key=lambda p: -p[0]),
    ]


# inputs: [[[1, "a"], [2, "b"], [1, "c"], [2, "d"]]]


def apply_helpers(x):
    out = [_apply(lambda a, b: a + b, x, 1)]
    try:
        _apply(lambda a: a, x, 2)
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [5]


async def _slow(v):
    return v * 2


async def coroutines_in_a_list(xs):
    pending = [_slow(x) for x in xs]
    out = []
    for p in reversed(pending):
        out.append(await p)
    return out


# inputs: [[1, 2, 3]]


TABLE = [[0]] * 2


def nested_shared_constant_in_loop(n: int):
    total = 0
    for i in range(n):
        total += len(TABLE[i % 2])
    TABLE[0].append(n)
    return [total, TABLE[1] is TABLE[0], len(TABLE[1])]


# inputs: [3]
