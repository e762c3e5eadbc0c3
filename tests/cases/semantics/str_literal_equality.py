# `x == "literal"` and `x != "literal"` for every kind of value x can hold: only the
# same str equals it (compiled as `===`, with no py_eq).


def equals_literal(x):
    return [x == "up", "up" == x, x != "up", "up" != x, x == "", x != ""]


# inputs: ["up"]
# inputs: ["Up"]
# inputs: [""]
# inputs: [null]
# inputs: [0]
# inputs: [1]
# inputs: [true]
# inputs: [false]
# inputs: [1.5]
# inputs: [["up"]]
# inputs: [{"up": 1}]
# inputs: [[]]
# inputs: [{}]


def equals_literal_chained(x, y):
    return ["up" == x == y, x == "up" != y, x < "v" == y]


# inputs: ["up", "up"]
# inputs: ["up", "down"]
# inputs: ["a", "v"]
# inputs: [null, "up"]


def equals_literal_of_dash_values(d, key):
    return [d.get(key) == "on", d.get(key) != "on", [v == "on" for v in d.values()]]


# inputs: [{"a": "on", "b": "off", "c": null}, "a"]
# inputs: [{"a": 1, "b": [1]}, "b"]
# inputs: [{}, "a"]
