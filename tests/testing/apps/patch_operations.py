"""dash.Patch written the ways Python allows: items and attributes (`p.layout.title`
is `p["layout"]["title"]`), augmented assignment (`+=` a list extends, `|=` merges),
and a Patch the compiler cannot see as one (chosen at run time, made by a helper)."""

from dash import Patch, no_update


def extend_by_adding(n):
    p = Patch()
    p["data"] += [1, 2]
    p["tuple"] += (n,)
    p["count"] += n
    p["text"] += "x"
    p["nested"]["list"] += [n, n]
    return p


def merge_and_arithmetic(n):
    p = Patch()
    p["layout"] |= {"height": 300 + n}
    p["count"] -= n
    p["scale"] *= 2
    p["share"] /= 4
    return p


def attributes(n):
    p = Patch()
    p.width = 5
    p.layout.title = f"{n} points"
    p.layout.xaxis.range = [0, n]
    p.count += 1
    p.layout["margin"] = {"t": n}
    p.data.append(n)
    return p


def _patch_or_nothing(n):
    return Patch() if n else no_update


def chosen_at_run_time(n):
    p = Patch() if n else no_update
    if p is no_update:
        return p
    p["a"] = n
    p["b"]["c"] = n + 1
    del p["old"]
    return p


def from_a_helper(n):
    p = _patch_or_nothing(n)
    if p is no_update:
        return p
    p["value"] = n
    p["rows"][0] = "first"
    return p
