# Dicts that only count (counter_dicts.py): their values are bounded ints, added to and
# printed with plain JS. Each case also reads them the ways the analysis allows.


def tag_counts(items):
    counts = {}
    for item in items:
        for tag in item["tags"]:
            counts[tag] = counts.get(tag, 0) + 1
    top = max(counts, key=lambda t: counts[t]) if counts else None
    return {"counts": counts, "top": top, "text": [f"{t}={counts[t]}" for t in counts]}


# inputs: [[{"tags": ["a", "b"]}, {"tags": ["b"]}, {"tags": []}]]
# inputs: [[]]


def steps_and_resets(words):
    seen = dict()
    for w in words:
        seen[w] = seen.get(w, 0) + 1
        if len(w) > 3:
            seen[w] -= 2
        if w == "reset":
            seen[w] = 0
        seen.setdefault(w.upper(), 7)
    popped = seen.pop("x", -1)
    return [sorted(seen.items()), str(popped + 1), len(seen), "a" in seen]


# inputs: [["a", "long", "a", "reset", "x"]]
# inputs: [["b"]]


def missing_count_raises(keys):
    counts = {}
    for k in keys:
        counts[k] = counts[k] + 1  # KeyError on the first key, as in CPython
    return counts


# inputs: [["a"]]
# inputs: [[]]


def record_counts(rows):
    # A record's field that only counts ("orders"), beside one that sums amounts.
    groups = {}
    for r in rows:
        key = r["k"]
        if key not in groups:
            groups[key] = {"name": key, "orders": 0, "amount": 0.0}
        g = groups[key]
        g["orders"] += 1
        g["orders"] = g["orders"] + 1
        g["orders"] -= 1
        g["amount"] += r["a"]
    return list(groups.values())


# inputs: [[{"k": "a", "a": 1}, {"k": "b", "a": 2.5}, {"k": "a", "a": -1}]]
# inputs: [[]]
