# Helpers of the user's that change nothing they are given but give back a part of
# it (`_first(r)` is `r["xs"]`), called from a comprehension, a lambda, a nested
# function or a key function: a store through what they give back reaches the
# local's items, so printing their numbers afterwards is refused
# (semantics/reading_helpers_in_scopes.py has the reads that are translated).


def _ident(r):
    return r


def _first(r):
    return r["xs"]


def alias_through_returning_helper(n: int):
    rows = [{"v": 1}, {"v": n}]
    out = [_ident(r) for r in rows]
    out[0]["v"] = 2.0
    return [str(r["v"]) for r in rows]
# expect: CP115 20:17


def alias_part_through_helper(n: int):
    rows = [{"xs": [1]}, {"xs": [n]}]
    parts = [_first(r) for r in rows]
    parts[0].append(2.0)
    return [str(r["xs"][-1]) for r in rows]
# expect: CP115 28:17


def lambda_returning_part(n: int):
    rows = [{"xs": [1]}, {"xs": [n]}]
    get = lambda r: _first(r)  # noqa: E731
    get(rows[0]).append(2.0)
    return [str(r["xs"][-1]) for r in rows]
# expect: CP115 36:17


def nested_def_returning_part(n: int):
    rows = [{"xs": [1]}, {"xs": [n]}]

    def grab(i):
        return _first(rows[i])

    grab(1).append(0.5 + 0.5)
    return [str(r["xs"][-1]) for r in rows]
# expect: CP115 47:17


def max_by_reading_helper_then_store(n: int):
    rows = [{"xs": [1]}, {"xs": [n]}]
    best = max(rows, key=lambda r: len(_first(r)))
    best["xs"].append(1.0)
    return [str(r["xs"][-1]) for r in rows]
# expect: CP115 55:17
