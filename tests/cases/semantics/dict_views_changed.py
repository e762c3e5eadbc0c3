"""Dicts changed while a loop walks them (or one of their views): CPython raises
RuntimeError at the next step. Views walked where something may change the dict keep
their own check; the loop's guard follows globals a function of the callback's
changes, and walks of what is not a plain name check through the view."""

CACHE = {"a": 1}


def lazy_generator_changed(d):
    g = (v for v in d.values())
    first = next(g)
    d["zz"] = 1
    return [first, list(g)]


# inputs: [{"a": 1, "b": 2}]
# messages


def helper_changes_global():
    for v in CACHE.values():
        _grow()
    return len(CACHE)


# inputs: []
# messages


def _grow():
    CACHE["n" + str(len(CACHE))] = 1


def for_over_values_dict_in_list(rows):
    out = []
    for v in rows[0].values():
        rows[0]["k" + str(v)] = v
        out.append(v)
    return out


# inputs: [[{"a": 1}]]
# messages


def loop_changes_via_list_item(d):
    holder = [d]
    out = []
    for v in d.values():
        holder[0]["x" + str(v)] = v
        out.append(v)
    return out


# inputs: [{"a": 1}]
# messages


def helper_changes_global_keys():
    total = 0
    for k in CACHE:
        total += 1
        _grow()
    return total


# inputs: []
# messages


def via_map_pop(d):
    out = []
    for k in d.keys():
        out.append(k)
        list(map(d.pop, [k]))
    return out


# inputs: [{"a": 1, "b": 2}]
# messages


def via_dict_in_dict(state):
    out = []
    for k in state["d"].keys():
        out.append(k)
        state["d"][k + "x"] = 1
    return out


# inputs: [{"d": {"a": 1}}]
# messages


def via_loop_var_alias(ds):
    out = []
    for d in ds:
        for k in ds[0].keys():
            out.append(k)
            d[k + "x"] = 1
    return out


# inputs: [[{"a": 1}]]
# messages


def via_except_args(d):
    out = []
    e = ValueError(d)
    for k in d.keys():
        out.append(k)
        e.args[0][k + "x"] = 1
    return out


# inputs: [{"a": 1}]
# messages


def items_of_a_get_result(rows):
    out = []
    for k, v in rows.get("d", {}).items():
        rows["d"]["z" + k] = v
        out.append(k)
    return out


# inputs: [{"d": {"a": 1}}]
# messages


def _count_into(node, acc):
    for k in node:
        acc.append(k)
        if isinstance(node[k], dict):
            _count_into(node[k], acc)


def walk_with_a_list_of_results(tree):
    acc = []
    _count_into(tree, acc)
    return acc


# inputs: [{"a": {"b": 1, "c": {"d": 2}}, "e": 3}]
# inputs: [{}]


def _mark(node, other):
    for k in list(node):
        other[k + "!"] = 1


def same_dict_given_twice(d):
    _mark(d, d)
    return sorted(d)


# inputs: [{"a": 1, "b": 2}]
