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


def next_outer_gen(d):
    d = dict(d)
    g = (d.pop(k) for k in list(d))
    out = []
    for k in d.keys():
        out.append(next(g))
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]
# messages


def next_outer_gen_dash(d):
    g = (d.pop(k) for k in list(d))
    out = []
    for v in d.values():
        out.append(next(g))
        out.append(v)
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]
# messages


def list_of_map(d):
    d = dict(d)
    m = map(d.pop, list(d))
    out = []
    for k in d.keys():
        out.append(k)
        list(m)
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]
# messages


def for_over_outer_gen(d):
    d = dict(d)
    g = (d.setdefault(k + "x", 1) for k in list(d))
    out = []
    for k in d.keys():
        out.append(k)
        for x in g:
            pass
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]
# messages


def comp_over_outer_gen(d):
    d = dict(d)
    g = (d.pop(k) for k in list(d))
    return [x for k in d.keys() for x in g]


# inputs: [{"a": 1, "b": 2, "c": 3}]
# messages


def extend_outer_gen(d):
    d = dict(d)
    g = (d.pop(k) for k in list(d))
    out = []
    for k in d.keys():
        out.extend(g)
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]
# messages


def items_of_made_item(n):
    groups = [{"a": 1, "b": 2}]
    out = []
    for k, v in groups[0].items():
        out.append(k)
        groups[0][k + "x"] = v
        if len(out) > 5:
            break
    return out


# inputs: [1]
# messages


def items_of_made_get(n):
    state = {"d": {"a": 1}}
    out = []
    for k, v in state.get("d", {}).items():
        out.append(k)
        state["d"].pop(k)
    return out


# inputs: [1]
# messages


def items_outer_gen(n):
    d = {"a": 1, "b": 2, "c": 3}
    g = (d.pop(k) for k in list(d))
    out = []
    for k, v in d.items():
        out.append(next(g))
    return out


# inputs: [1]
# messages


CACHE1 = {"a": 1}
CACHE3 = {"a": 1}
SEEN7 = {"a"}


def _grow1(x):
    CACHE1["n" + str(len(CACHE1))] = 1
    return x


def key_fn_changes_global(n):
    # without the break: JS never ends (5 s timeout), CPython raises
    total = 0
    for k in CACHE1:
        total += 1
        sorted([1, 2], key=_grow1)
        if total > 5:
            break
    return total


# inputs: [1]
# messages


def _grow3():
    CACHE3["n" + str(len(CACHE3))] = 1


def value_call_changes_global(n):
    f = _grow3
    total = 0
    for k, v in CACHE3.items():
        total += 1
        f()
        if total > 5:
            break
    return total


# inputs: [1]
# messages


def _add7(x):
    SEEN7.add("n" + str(len(SEEN7)))
    return x


def set_key_fn(n):
    total = 0
    for s in SEEN7:
        total += 1
        max([1], key=_add7)
        if total > 5:
            break
    return total


# inputs: [1]
# messages


def generator_named_by_a_comprehension(d):
    d = dict(d)
    gens = [(d.pop(k) for k in list(d))]
    out = []
    for v in d.values():
        out.append([next(g) for g in gens])
    return out


# inputs: [{"a": 1, "b": 2}]
# messages


def map_in_list(d):
    m = map(lambda k: d.pop(k), ["b"])
    ms = [m, 0]
    out = []
    for v in d.values():
        out.append(v)
        out.append(next(ms[0], None))
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


def inner_for(d):
    ms = [map(lambda k: d.pop(k), ["b"]), 0]
    out = []
    for v in d.values():
        out.append(v)
        for x in ms[0]:
            out.append(x)
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


def made_items(n):
    d = {"a": 1, "b": 2, "c": n}
    ms = [map(lambda k: d.setdefault(k, 0), ["x", "y"]), 0]
    out = []
    for k, v in d.items():
        out.append(k)
        out.extend(ms[0])
    return out


# inputs: [3]


def exc_args(d):
    out = []
    try:
        raise ValueError(map(lambda k: d.pop(k), ["b"]))
    except ValueError as e:
        err = e
    for v in d.values():
        out.append(v)
        out.append(list(err.args[0]))
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


def listcomp(d):
    ms = [map(lambda k: d.pop(k), ["b"]), 0]
    return [(v, next(ms[0], None)) for v in d.values()]


# inputs: [{"a": 1, "b": 2, "c": 3}]


def keys_loop(d):
    ms = [filter(lambda k: d.pop(k), ["b"]), 0]
    out = []
    for k in d.keys():
        out.append(k)
        out.append(tuple(ms[0]))
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


C5 = {"a": 1, "b": 2}


def _grow5(k):
    C5[k] = 0
    return k


def via_open_map(n):
    ms = [map(_grow5, ["x"]), 0]
    out = []
    for k in C5:
        out.append(k)
        out.append(next(ms[0], None))
    return out


# inputs: [1]


def optional_map(d, n):
    m = map(lambda k: d.pop(k), ["b"]) if n else None
    out = []
    for v in d.values():
        out.append(v)
        out.append(next(m or iter([]), None))
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}, 1]


def optional_map2(d, n):
    m = map(lambda k: d.pop(k), ["b"]) if n else []
    out = []
    for v in d.values():
        out.append(v)
        out.extend(m)
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}, 1]


def rebound(d, n):
    m = []
    if n:
        m = filter(lambda k: d.pop(k), ["b"])
    out = []
    for v in d.values():
        out.append(v)
        out.append(list(m))
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}, 1]


def star_display(d):
    m = map(lambda k: d.pop(k), ["b"])
    out = []
    for v in d.values():
        out.append(v)
        out.append([*m])
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


def unpack_assign(d):
    m = map(lambda k: d.pop(k), ["b"])
    out = []
    for v in d.values():
        out.append(v)
        if v == 1:
            (x,) = m
            out.append(x)
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


def in_iterator(d):
    m = map(lambda k: d.pop(k), ["b"])
    out = []
    for v in d.values():
        out.append(v)
        out.append(2 in m)
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


def star_arg_list(d):
    m = map(lambda k: d.pop(k), ["b"])
    out = []
    for v in d.values():
        out.append(v)
        out.extend(*[m])
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


def comp_in_iterator(d):
    m = filter(lambda k: d.pop(k), ["b"])
    return [(k, "b" in m) for k in d.keys()]


# inputs: [{"a": 1, "b": 2, "c": 3}]


def set_display(d):
    m = map(lambda k: d.pop(k), ["b"])
    return {k: {*m} for k in d.keys()}


# inputs: [{"a": 1, "b": 2, "c": 3}]


def plain_loop(d):
    m = map(lambda k: d.pop(k), ["b"])
    out = []
    for k in d:
        out.append(k)
        out.append([*m])
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


def plain_loop_call(d):
    m = map(lambda k: d.pop(k), ["b"])
    out = []
    for k in d:
        out.append(k)
        out.append(list(m))
    return out


# inputs: [{"a": 1, "b": 2, "c": 3}]


def set_loop(xs):
    s = set(xs)
    m = map(lambda k: s.add(k), [9])
    out = []
    for k in s:
        out.append(k)
        out.append([*m])
    return out


# inputs: [[1, 2, 3]]


def made_items_in(n):
    d = {"a": n}
    m = map(lambda k: d.setdefault(str(k), 0), range(50))
    out = []
    for k, v in d.items():
        out.append(k)
        out.append(0 in m)
    return len(out)


# inputs: [1]


def target_adds_key(n):
    d = {"a": 1, "b": 2}
    out = []
    for k, d[k + "x"] in d.items():
        out.append(k)
        if len(out) > 10:
            break
    return out


# inputs: [1]
# messages


def target_alias_adds(n):
    d = {"a": 1, "b": 2}
    e = d
    out = []
    for k, e[k + "x"] in d.items():
        out.append(k)
        if len(out) > 10:
            break
    return out


# inputs: [1]
# messages


def target_first_adds(n):
    d = {"a": 1, "b": 2}
    out = []
    for d[str(len(out))], v in d.items():
        out.append(v)
        if len(out) > 10:
            break
    return [out, sorted(d.keys())]


# inputs: [1]
# messages


def target_nested_adds(n):
    d = {"a": (1, 2), "b": (3, 4)}
    out = []
    for k, (a, d[k + "y"]) in d.items():
        out.append(a)
        if len(out) > 10:
            break
    return out


# inputs: [1]
# messages


def param_target_adds(d):
    out = []
    for k, d[k + "x"] in d.items():
        out.append(k)
        if len(out) > 10:
            break
    return out


# inputs: [{"a": 1, "b": 2}]
# messages


def plain_target_adds(n):
    d = {"a": "1", "b": "2"}
    out = []
    for d[str(len(out))] in d:
        out.append(1)
        if len(out) > 10:
            break
    return out


# inputs: [1]
# messages


def comp_target_adds(n):
    d = {"a": 1, "b": 2}
    return [k for k, d[k + "x"] in d.items()]


# inputs: [1]
# messages
