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


def at_the_root(n):
    """`p op= v` on the Patch itself records at its root and keeps p (Dash's
    __iadd__ returns the Patch there)."""
    p = Patch()
    p += [n, n + 1]
    p += (n,)
    p |= {"color": "red"}
    p |= None
    p -= n
    p *= 2
    p /= 4
    p.append(n)
    return p


def through_a_sub_patch(n):
    """`sub op= v` on a sub-patch records at its location (sub is then Dash's bare
    marker object, not used again here)."""
    p = Patch()
    sub = p["count"]
    sub += n
    rows = p["rows"]
    rows += [n]
    return p


def checked_arguments(n):
    """Patch.extend takes a list or tuple only; update(None) merges {} (`E or {}`)."""
    p = Patch()
    p.update(None)
    p["a"].update({})
    try:
        p["tags"].extend("ab")
    except TypeError as e:
        return [str(e), str(p), repr(p["x"][n])]
    return p
