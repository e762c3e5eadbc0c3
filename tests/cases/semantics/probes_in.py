# Probes: `in` on lists, dicts, strings, tuples, sets and ranges, with unhashable values.


def in_list(x, xs):
    return [x in xs, x not in xs]


# inputs: [[1, 2], [[1, 2], [3]]]
# inputs: [{"a": 1}, [{"a": 1}]]
# inputs: [1, [1.0]]
# inputs: [1, [true]]
# inputs: [0, [false]]
# inputs: [null, [null]]
# inputs: ["1", [1]]
# inputs: [0, [0]]
# inputs: [2, [0, 1]]
# inputs: ["length", []]


def in_dict(k, d):
    return [
        k in d,
        k not in d,
        k in d.keys(),
        k in d.values(),
        (k, d.get(k)) in d.items(),
    ]


# inputs: ["a", {"a": 1}]
# inputs: ["toString", {}]
# inputs: ["constructor", {}]
# inputs: ["__proto__", {}]
# inputs: ["hasOwnProperty", {"x": 1}]
# inputs: ["length", {}]
# inputs: [1, {"1": 1}]


def in_str(sub, s):
    return [sub in s, sub not in s]


# inputs: ["", "abc"]
# inputs: ["bc", "abc"]
# inputs: ["ac", "abc"]
# inputs: ["é", "café"]


def in_str_wrong_type(s):
    try:
        return 1 in s
    except TypeError:
        return "TypeError"


# inputs: ["abc"]


def in_tuple_set(x):
    t = (1, 2, (3, 4))
    s = {1, 2, "a"}
    return [x in t, x in s, [3, 4] in t, (3, 4) in t]


# inputs: [1]
# inputs: [1.0]
# inputs: [true]
# inputs: ["a"]
# inputs: [3]


def in_int_keys(k):
    d = {1: "a", 2: "b"}
    return [k in d, str(k) in d, d.get(k)]


# inputs: [1]
# inputs: [1.0]
# inputs: [true]
# inputs: [3]


def in_range(x):
    return [x in range(5), x in range(0, 10, 3), x in range(5, 0, -1)]


# inputs: [3]
# inputs: [9]
# inputs: [2.0]
# inputs: [2.5]
# inputs: [-1]
# inputs: [0]


def in_unhashable(x):
    s = {1, 2}
    try:
        return x in s
    except TypeError:
        return "unhashable"


# inputs: [[1]]
# inputs: [{"a": 1}]


def in_dict_unhashable(d):
    try:
        return [1] in d
    except TypeError:
        return "unhashable"


# inputs: [{"a": 1}]


def in_nested_dicts_lists(x):
    rows = [{"id": 1, "tags": ["a"]}, {"id": 2, "tags": []}]
    return [x in rows, {"id": 2, "tags": []} in rows, {"tags": [], "id": 2} in rows]


# inputs: [{"id": 1, "tags": ["a"]}]
# inputs: [{"id": 1}]


def in_generator_side_effect(xs):
    seen = []

    def g():
        for x in xs:
            seen.append(x)
            yield_x = x
            seen.append("after")
        return seen

    r = 2 in (seen.append(x) or x for x in xs)
    return [r, seen]


# inputs: [[1, 2, 3, 4]]
# inputs: [[5]]
