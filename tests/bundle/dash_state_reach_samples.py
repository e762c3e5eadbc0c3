"""Changes reaching an argument through what the callback built from it, and changes
that stay in what the callback made itself (a copy there would cost time only)."""

import math

from clientpy import js

from . import dash_state_module


def through_a_kept_group(rows):
    groups = {}
    for r in rows:
        g = groups.setdefault(r["k"], {"rows": []})
        g["rows"].append(r)
    for grp in groups.values():
        for it in grp["rows"]:
            it["seen"] = True
    return len(groups)


def through_a_slice(rows):
    head = rows[:]
    head[0]["x"] = 1
    return len(head)


def through_max(rows):
    best = max(rows, key=lambda r: r["v"])
    best["top"] = True
    return best["v"]


def through_a_dict_copy(data):
    d = dict(data)
    d["k"]["x"] = 1
    return len(d)


def through_items(data):
    for k, v in data.items():
        v.append(k)
    return len(data)


def through_unpacking(rows):
    a, b = rows
    a["x"] = 1
    return b


def through_get_default(data):
    x = data.get("k", [])
    x.append(1)
    return len(x)


def through_a_container_made_here(rows):
    out = {"a": rows}
    out["a"].clear()
    return out


def through_augmented_assignment(grid):
    row = grid[0]
    row += [1]
    return len(row)


def through_a_spread(data):
    new = {**data}
    new["k"]["z"] = 1
    return len(new)


def sorting_a_new_list(rows):
    xs = [row for row in rows]
    xs.sort(key=lambda r: r["v"])
    return [r["v"] for r in xs]


def changing_a_dict_copy(data):
    d = dict(data)
    d["k"] = 1
    return d


def changing_a_spread(data):
    new = {**data}
    new["k"] = 1
    return new


def groups_of_new_dicts(rows):
    groups = {}
    for r in rows:
        key = r["k"]
        if key not in groups:
            groups[key] = {"k": key, "n": 0}
        g = groups[key]
        g["n"] += 1
    table = sorted(groups.values(), key=lambda g: g["n"])
    for g in table:
        g["share"] = g["n"] / len(rows)
    return table


def _collect(node, out):
    if isinstance(node, dict):
        for value in node.values():
            _collect(value, out)
    elif isinstance(node, list):
        out.append(node)


def _mark_leaves(node):
    if isinstance(node, dict):
        for value in node.values():
            _mark_leaves(value)
    elif isinstance(node, list):
        node.append("seen")


def collected_and_read(config):
    found = []
    _collect(config, found)
    return sum(len(x) for x in found)


def collected_and_changed(config):
    found = []
    _collect(config, found)
    for x in found:
        x.clear()
    return len(found)


def changed_deep_inside_a_helper(config):
    _mark_leaves(config)
    return config


def _stamp_row(r):
    r["x"] = 1
    return r


def stamped_through_map(rows):
    return list(map(_stamp_row, rows))


def key_changes_its_parameter_named_as_a_local(rows):
    g = {"n": 0}
    out = sorted(rows, key=lambda g: g.setdefault("k", 0))
    return [g, out]


def nested_function_changes_through_a_local(rows):
    def stamp(x):
        y = x
        y["seen"] = True
        return y

    return [stamp(r) for r in rows]


def _to_the_browser(rows):
    js.window.keepRows(rows)


def handed_to_the_browser_by_a_helper(rows):
    _to_the_browser(rows)
    return len(rows)


def _through_a_module(rows):
    dash_state_module.stamp_all(rows)


def changed_by_a_module_function_in_a_helper(rows):
    _through_a_module(rows)
    return rows


def _logged(rows):
    return math.fsum(len(r) for r in rows)


def read_by_math_in_a_helper(rows):
    return _logged(rows)


def _top_by(rows, key):
    return sorted(rows, key=lambda r: (r.get(key) is None, r[key]))[:3]


def sorted_by_a_helper_with_a_key_lambda(rows):
    return _top_by(rows, "v")


def _stamped_by_a_lambda(rows):
    return sorted(rows, key=lambda r: r.setdefault("seen", True))


def changed_by_a_helper_lambda(rows):
    return _stamped_by_a_lambda(rows)


# --- a dict made of pairs holds their second items


def through_a_dict_of_pairs(rows):
    d = dict([("a", rows)])  # noqa: C406 - the pairs are what is tested
    d["a"].append(1)
    return len(d)


def through_a_dict_of_zipped_pairs(rows):
    d = dict(zip(["a"], [rows]))
    d["a"].append(1)
    return len(d)


def through_an_update_with_pairs(rows):
    d = {}
    d.update([("a", rows)])
    d["a"].append(1)
    return len(d)


def through_a_merge_with_pairs(rows):
    d = {}
    d |= [("a", rows)]
    d["a"].append(1)
    return len(d)


# --- keys: a change under one key of a display reaches only what is under that key


def groups_keyed_apart_from_their_rows(rows):
    groups = {}
    for r in rows:
        key = r["k"]
        if key not in groups:
            groups[key] = {"k": key, "n": 0, "total": 0.0, "tags": []}
        g = groups[key]
        g["n"] += 1
        g["total"] += r["v"]
        g["tags"].append("x")
    for g in groups.values():
        g["total"] = round(g["total"], 2)
    return list(groups.values())


def through_the_same_key(rows):
    groups = {}
    for r in rows:
        groups[r["k"]] = {"row": r, "n": 0}
    for g in groups.values():
        g["row"]["seen"] = True
    return len(groups)


def through_a_key_read_with_get(rows):
    out = {"first": rows[0], "n": 0}
    out.get("first")["seen"] = True
    return out["n"]


def through_an_augmented_item(rows):
    g = {"items": []}
    for r in rows:
        g["items"] += r["items"]
    g["items"][0]["seen"] = True
    return len(g["items"])


# --- helpers calling helpers: each summed up, and the summaries joined


def _grouped(rows):
    return groups_keyed_apart_from_their_rows(rows)


def _group_keys(rows):
    return [g["k"] for g in _grouped(rows)]


def read_through_two_helpers(value, rows):
    return [value, _group_keys(rows)]


def _mark_all(rows):
    for r in rows:
        r["seen"] = True


def _mark_through(rows):
    _mark_all(rows)
    return len(rows)


def changed_through_two_helpers(value, rows):
    return _mark_through(rows) + value


def _mark_each(rows, *, flag=True):
    for r in rows:
        _stamp_row(r)


def changed_by_a_helper_without_a_summary(rows):
    _mark_each(rows)
    return len(rows)


def through_an_item_merged_with_pairs(rows):
    d = {"k": {}}
    d["k"] |= [("a", rows)]
    d["k"]["a"].append(1)
    return len(d)


def tags_into_a_set_made_by_set(items):
    seen = set()
    counts = dict()  # noqa: C408 - a builtin's name, as `set()` above
    for item in items:
        for t in item["tags"]:
            seen.add(t)
            counts[t] = counts.get(t, 0) + 1
    return [sorted(seen), counts]


# --- augmented numbers: `acc[1] += 1` changes acc, not the object at acc[1]


def counters_in_lists_made_here(rows):
    out = []
    for r in rows:
        out.append([r["a"], 0])
    for o in out:
        o[1] += 1
    return len(out)


def counter_in_a_row(rows):
    acc = rows[0]
    acc[1] += 1  # a store into the argument's own row
    return acc[1]


def repeated_in_place(grid):
    row = grid[0]
    row *= 2  # a list repeats in place
    return len(row)
