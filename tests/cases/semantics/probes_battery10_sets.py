# Probes, tenth battery: a checklist's or dropdown's old and new selections compared
# with sets (what was added, what was removed), as forum answers do.


def selection_changes(old, new):
    a, b = set(old or []), set(new or [])
    added, removed = b - a, a - b
    return {
        "added": sorted(added),
        "removed": sorted(removed),
        "kept": sorted(a & b),
        "changed": bool(a ^ b),
        "subset": a <= b,
        "text": ", ".join(sorted(str(x) for x in added)) or "none",
    }


# inputs: [["a", "b"], ["b", "c"]]
# inputs: [null, ["x"]]
# inputs: [[3, 1, 2], [2, 10, 1, 33]]
# inputs: [[], []]
# inputs: [[1, 2], [2.0, 1]]


def unique_in_order(values):
    seen = set()
    out = []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return [out, len(seen), sorted(seen, key=lambda x: (isinstance(x, str), str(x)))]


# inputs: [[3, "a", 3, 1.0, 1, true, "a", null]]
# inputs: [[]]


def int_set_order(values):
    s = set()
    for v in values:
        s.add(v)
    return [list(s), sorted(s), [x for x in s if x % 2], min(s) if s else None]


# inputs: [[40, 8, 1, 33, 16, 7, 1000, -1]]
# inputs: [[5, 3]]
