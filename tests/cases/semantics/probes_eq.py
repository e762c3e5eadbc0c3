# Probes: deep == and ordering across lists, tuples, dicts, sets and mixed number types.


def deep_eq(a, b):
    return [a == b, a != b, [a] == [b], {"k": a} == {"k": b}, (a, 1) == (b, 1)]


# inputs: [[1, [2, {"a": 3}]], [1, [2, {"a": 3}]]]
# inputs: [[1, [2, {"a": 3}]], [1, [2, {"a": 4}]]]
# inputs: [{"a": 1, "b": 2}, {"b": 2, "a": 1}]
# inputs: [{"a": 1}, {"a": 1.0}]
# inputs: [1, true]
# inputs: [0, false]
# inputs: [[], {}]
# inputs: [null, null]
# inputs: ["1", 1]
# inputs: [[1, 2], [1, 2, 3]]
# inputs: [{"a": null}, {}]


def tuple_vs_list():
    return [
        (1, 2) == [1, 2],
        (1, 2) != [1, 2],
        () == [],
        [()] == [()],
        ((1,),) == ((1,),),
    ]


# inputs: []


def set_eq(xs, ys):
    return [
        set(xs) == set(ys),
        set(xs) != set(ys),
        {1, 2} == {2, 1},
        set() == set(),
        {1} == {1.0},
        {True} == {1},
    ]


# inputs: [[1, 2, 2], [2, 1]]
# inputs: [[1], [2]]
# inputs: [["a"], ["a", "a"]]


def dict_with_int_keys_eq():
    a = {1: "x", 2: "y"}
    b = {2: "y", 1: "x"}
    c = {"1": "x", "2": "y"}
    return [a == b, a == c, {1: 1} == {1.0: 1}, {True: 1} == {1: 1}]


# inputs: []


def eq_in_containers_mixed(x):
    return [[x] == [x], [[x]] == [[1]], (x,) == (1,), {x} == {1}, {x: x} == {1: 1}]


# inputs: [1]
# inputs: [1.0]
# inputs: [true]
# inputs: ["1"]


def eq_nested_sets_in_list():
    return [[{1, 2}] == [{2, 1}], ({1},) == ({1},), {"a": {1}} == {"a": {1}}]


# inputs: []


def eq_tuple_ordering(a, b):
    ta, tb = tuple(a), tuple(b)
    return [ta < tb, ta <= tb, ta > tb, a < b, a >= b, max(ta, tb), min(a, b)]


# inputs: [[1, 2], [1, 3]]
# inputs: [[1, 2], [1, 2, 0]]
# inputs: [[], [0]]
# inputs: [["b"], ["a", "z"]]
# inputs: [[2, 1], [2, 1]]


def eq_none_vs_missing(d):
    return [d.get("x") == None, d.get("x") is None, d == {}, d != None]


# inputs: [{}]
# inputs: [{"x": null}]


def str_compare(a, b):
    return [a < b, a == b, a > b, sorted([a, b])]


# inputs: ["a", "B"]
# inputs: ["é", "z"]
# inputs: ["😀", "\uffff"]
# inputs: ["", "a"]
# inputs: ["ab", "a"]


def eq_int_float_bool_mix():
    return [
        1 == 1.0,
        True == 1.0,
        False == 0.0,
        1 == "1",
        None == False,
        [] == False,
        0 == -0.0,
    ]


# inputs: []


def ne_custom(a):
    return a != [1, 2] and a != (1, 2)


# inputs: [[1, 2]]
# inputs: [[2, 1]]
