# Probes: int/float/bool/None/tuple dict keys and dict methods.


def key_collapse():
    d = {1: "int", 1.0: "float", True: "bool"}
    e = {}
    e[True] = "a"
    e[1] = "b"
    e[1.0] = "c"
    f = {0: "z", False: "f", 0.0: "g"}
    return [d, list(d), e, f, len(d), len(f)]


# inputs: []


def int_vs_str_keys():
    d = {1: "int", "1": "str"}
    return [len(d), d[1], d["1"], list(d), sorted(d, key=str)]


# inputs: []


def _type_of(k):
    if isinstance(k, bool):
        return "bool"
    if isinstance(k, int):
        return "int"
    if isinstance(k, float):
        return "float"
    if isinstance(k, str):
        return "str"
    if k is None:
        return "None"
    if isinstance(k, tuple):
        return "tuple"
    return "other"


def key_types_preserved(xs):
    d = {}
    for x in xs:
        d[x] = d.get(x, 0) + 1
    return [d, [_type_of(k) for k in d]]


# inputs: [[1, "1", 2, 1, true, null, "null", 2.5]]
# inputs: [[false, 0, "0", "false", "False"]]


def tuple_keys(pairs):
    d = {}
    for a, b in pairs:
        d[(a, b)] = d.get((a, b), 0) + 1
    return [d, list(d), (1, 2) in d, [1, 2] in [list(k) for k in d]]


# inputs: [[[1, 2], [1, 2], [2, 1], ["1", 2]]]


def none_and_bool_keys():
    d = {None: 0, True: 1, False: 2, "None": 3, "true": 4}
    return [d, d[None], d[1], d[0], len(d)]


# inputs: []


def float_keys(x: float):
    d = {x: "v", 2.5: "w"}
    return [d, list(d), 2.5 in d]


# inputs: [0.5]


def int_keys_iteration_order():
    d = {}
    for k in [10, 2, "b", 1, "a", -1]:
        d[k] = k
    return [list(d), list(d.values()), list(d.items())]


# inputs: []


def json_object_int_like_keys_from_build():
    d = {"b": 1, "2": 2, "a": 3, "1": 4}
    d["0"] = 5
    return [list(d), list(d.items())]


# inputs: []


def dict_update_forms(d):
    e = dict(d)
    e.update({"a": 9}, b=8)
    e.update([("c", 7)])
    e |= {"d": 6}
    return [e, d | {"z": 0}, {**d, **e} == e]


# inputs: [{"a": 1}]


def setdefault_and_pop(d):
    a = d.setdefault("k", [])
    a.append(1)
    b = d.setdefault("k", [])
    b.append(2)
    c = d.pop("missing", "dflt")
    try:
        d.pop("missing")
    except KeyError as e:
        c = [c, str(e)]
    return [d, c, d.popitem(), d]


# inputs: [{"z": 0}]


def dict_get_falsy(d):
    return [d.get("a", "dflt"), d.get("b", "dflt"), d.get("c"), d.get("missing", 0)]


# inputs: [{"a": 0, "b": null, "c": false}]
