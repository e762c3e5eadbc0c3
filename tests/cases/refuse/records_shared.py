# A record (a dict display kept as an object, a type per key) that shares a name or a
# container with another dict no longer says what its keys hold: a float stored into
# one of them may be read through the other. Printing such a read is refused.


def two_displays_one_list(c):
    rows = []
    rows.append({"n": 2.0})
    rows.append({"n": 1.5})
    return [str(r["n"]) for r in rows]
# expect: CP115 10:17


def two_displays_one_dict(c):
    groups = {}
    groups["a"] = {"n": 2.0}
    groups["b"] = {"n": 1.5}
    return str(groups["a"]["n"])
# expect: CP115 18:16


def rebound_to_another_dict(c):
    other = dict(n=1)
    g = {"n": 0.5}
    if c:
        g = other
    g["n"] = 2.0
    return str(other["n"])
# expect: CP115 28:16


def loop_name_reused(rows):
    groups = {}
    for r in rows:
        groups[r] = {"n": 0.5}
    for k, g in groups.items():
        g["n"] += 1
    others = [dict(n=1)]
    for g in others:
        g["n"] = g["n"] * 1.0
    return str(others[0]["n"])
# expect: CP115 41:16


def box_holds_another_dict(c):
    groups = {}
    groups["a"] = {"n": 1}
    groups["b"] = {}
    groups["b"]["n"] = 2.0
    return str(groups["b"]["n"])
# expect: CP115 50:16
