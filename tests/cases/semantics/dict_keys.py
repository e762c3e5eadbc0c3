# Dict keys keep their types: int keys stay ints, tuple keys, iteration order.


def int_keys(n):
    d = {}
    for i in range(n):
        d[i] = i * i
    return [
        list(d),
        [isinstance(k, int) for k in d],
        d.get(1),
        d.get("1"),
        1 in d,
        "1" in d,
    ]


# inputs: [3]


def int_keys_from_counts(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return counts


# inputs: [[3, 1, 3, 2, 1, 3]]
# inputs: [["a", 1, "1", 1]]


def int_and_str_keys_distinct():
    d = {1: "int", "1": "str"}
    return [len(d), d[1], d["1"], sorted(d.values())]


# inputs: []


def float_and_int_keys_same():
    d = {1: "a"}
    d[1.0] = "b"
    d[True] = "c"
    return [len(d), d[1]]


# inputs: []


def tuple_keys(points):
    grid = {}
    for x, y in points:
        grid[(x, y)] = grid.get((x, y), 0) + 1
    return [grid, sorted(grid), grid.get((0, 0), 0)]


# inputs: [[[0, 0], [1, 2], [0, 0]]]


def keys_of_built_dict(n):
    d = {str(i): i for i in range(n)}
    return [list(d), list(d.keys()), list(d.values())]


# inputs: [4]


def insertion_order_kept():
    d = {"b": 1, "a": 2, "10": 3, "2": 4}
    d["0"] = 5
    return list(d)


# inputs: []


def insertion_order_after_update(d):
    d["new"] = 1
    d.update({"a": 0})
    return list(d.items())


# inputs: [{"z": 1, "a": 2}]


def bool_and_none_keys():
    d = {None: "none", True: "yes", False: "no"}
    return [d[None], d[1], d[0], list(d)]


# inputs: []


def keys_to_strings_in_output(n):
    return {i: str(i) for i in range(n)}


# inputs: [3]


def negative_and_float_keys():
    d = {-1: "neg", 0.5: "half", 2: "two"}
    return [sorted(d), d[-1], d[0.5]]


# inputs: []


def reverse_mapping(d):
    return {v: k for k, v in d.items()}


# inputs: [{"a": 1, "b": 2}]


def unhashable_key_raises(x):
    d = {}
    d[x] = 1
    return d


# inputs: [[1]]
# inputs: [{"a": 1}]
