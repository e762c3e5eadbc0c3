# Values stored into a container that was made empty inside another one (`{"a": []}`,
# `{c: [] for c in cats}`) and filled through an item (`g["a"].append(x)`): what is read
# back out is what was stored, not "no value yet" (which let `g["a"][0] / 2` print as
# an int: '3' for CPython's '3.0'). Grouping into lists a dict holds
# (`groups.setdefault(k, []).append(v)`) types those lists' items.


def nested_append_div(x):
    g = {"a": []}
    g["a"].append(x)
    h = g["a"][0] / 2
    return str(h)


# inputs: [6]


def nested_append_float_isinstance(x):
    g = {"a": []}
    g["a"].append(x)
    h = float(g["a"][0])
    return [str(h), isinstance(h, float), type(h).__name__]


# inputs: [6]


def nested_setitem_div(x):
    g = {"a": {}}
    g["a"]["k"] = x
    h = g["a"]["k"] / 2
    return f"{h}"


# inputs: [6]


def grouped_first_ratio(rows):
    groups = {"pass": [], "fail": []}
    for r in rows:
        groups["pass" if r["score"] >= 50 else "fail"].append(r["score"])
    best = groups["pass"][0] / 100 if groups["pass"] else 0.0
    return f"first pass ratio: {best}"


# inputs: [[{"score": 100}, {"score": 20}]]


def dict_of_empty_lists(rows):
    by_cat = {c: [] for c in ["a", "b"]}
    for r in rows:
        by_cat[r["cat"]].append(r["v"])
    first = by_cat["a"][0] / 2
    return f"first a half: {first}"


# inputs: [[{"cat": "a", "v": 6}, {"cat": "b", "v": 1}]]


def grouped_averages(rows):
    groups = {}
    for r in rows:
        groups.setdefault(r["k"], []).append(r["v"])
    means = {k: sum(vs) / len(vs) for k, vs in groups.items()}
    return [f"{k}: {v}" for k, v in means.items()]


# inputs: [[{"k": "a", "v": 6}, {"k": "a", "v": 0}, {"k": "b", "v": 1.5}]]
# inputs: [[]]


def counts(rows):
    groups = {}
    for r in rows:
        groups.setdefault(r["k"], []).append(1)
    return {k: f"{sum(v)}" for k, v in groups.items()}


# inputs: [[{"k": "x", "v": 6}, {"k": "y", "v": 1}, {"k": "x"}]]


def halves(rows):
    groups = {"x": [], "y": []}
    for r in rows:
        groups[r["k"]].append(r["v"] / 2)
    return [f"{k}: {vs}" for k, vs in groups.items()]


# inputs: [[{"k": "x", "v": 6}, {"k": "y", "v": 1}, {"k": "x", "v": 3}]]
# inputs: [[]]


def lists_in_a_list(rows):
    cols = [[], []]
    for r in rows:
        cols[r["c"]].append(r["v"] / 4)
        cols[r["c"]].extend([r["v"] / 8])
    return str(cols), sum(cols[0])


# inputs: [[{"c": 0, "v": 8}, {"c": 1, "v": 2}]]
