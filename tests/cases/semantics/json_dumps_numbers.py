# json.dumps of numbers and strings, byte for byte as CPython writes them: the places where
# JS's own printing differs (exponents, small floats, integral floats, -0.0, big ints,
# NaN, ensure_ascii), alone and nested, with indent, sort_keys and separators.
import json


def dumps_data_numbers(data):
    # Dash's data: ints and non-integral floats, which JS tells apart by value.
    return [
        json.dumps(data),
        json.dumps(data, indent=2),
        json.dumps(data, separators=(",", ":")),
        json.dumps(data, indent="\t", sort_keys=True),
        json.dumps({"v": data, "w": [data, {"x": data}]}, indent=1),
    ]


# inputs: [[0, 1, -1, 7, 1952, -123456789, 9007199254740991]]
# inputs: [[68.75, 80.653, 0.1, -2.5, 123.456, 3.141592653589793]]
# inputs: [[1e-07, 1.5e-05, 0.0001, 0.00011, 0.00010001, 1.0001e-4, -1e-07, 5e-324]]
# inputs: [[1.7976931348623157e308, 1e300, 1e21, -2.5e+22, 123456789.123]]
# inputs: [{"b": 1.5, "a": [1, 2.25, {"c": 1e-05}], "k10": 3, "k2": -0.5}]
# inputs: [[]]
# inputs: [{}]


def dumps_float_values(a, b, c):
    # Floats the compiler knows to be floats: integral ones print as 2.0.
    x, y, z = float(a), float(b), float(c)
    return [
        json.dumps([x, y, z]),
        json.dumps([x, y, z], indent=2),
        json.dumps({"fs": [x, y, z]}, sort_keys=True, separators=(",", ":")),
        json.dumps(float(a)),
        json.dumps({"b": float(b)}),
        json.dumps([[float(c)]], indent=1),
    ]


# inputs: [2, 0, -3]
# inputs: [1e16, 1e17, 1e22]
# inputs: [123456789012345680, 0.5, 1e-07]
# inputs: ["-0.0", "1e16", "1e-7"]
# inputs: ["-1e-7", "0.0001", "9.999e-05"]
# inputs: ["2e-4", "1.0001e-4", "0.00010001"]
# inputs: ["nan", "inf", "-inf"]
# inputs: ["1e308", "4.9e-324", "-1.5e+300"]


def dumps_computed_floats(n: int):
    third = n / 3
    return [
        json.dumps(0.1 + 0.2),
        json.dumps(n / 2),
        json.dumps(-0.0),
        json.dumps(third * 1e-20),
        json.dumps([1.0, 2.0, third], indent=2),
        json.dumps({"half": n / 2, "big": n * 1e20}),
    ]


# inputs: [3]
# inputs: [0]
# inputs: [-7]


def dumps_ints(n: int):
    return [
        json.dumps(n),
        json.dumps([n, 2**53, -(2**53), 2**52 + 1], indent=2),
        json.dumps({"n": n, "m": -n}, sort_keys=True),
    ]


# inputs: [5]
# inputs: [-9007199254740991]
# inputs: [0]


def dumps_strings(s):
    return [
        json.dumps(s),
        json.dumps([s, {s: s}], indent=2),
        json.dumps({s: 1, "a": s}, sort_keys=True, separators=(",", ":")),
    ]


# inputs: ["plain text, with: punctuation"]
# inputs: ["quote \" backslash \\ slash / tab \t newline \n cr \r"]
# inputs: ["\u0000\u0001\u0008\u000b\u000c\u001f\u007f"]
# inputs: ["caf\u00e9 \u20ac \u4e2d \ud83d\ude00"]
# inputs: [""]


def dumps_separators_and_indents(data):
    return [
        json.dumps(data, indent=0),
        json.dumps(data, indent=12),
        json.dumps(data, indent="--"),
        json.dumps(data, separators=(", ", ": "), indent=2),
        json.dumps(data, separators=(";", "=")),
        json.dumps(data, sort_keys=True, indent=2),
    ]


# inputs: [{"z": [1, 2.5, null, true, false], "a": {"b": [], "c": {}}, "m": "x"}]
# inputs: [[[[1e-05]], [], {}]]


def dumps_sorted_keys_of_every_kind(n: int):
    out = [
        json.dumps({10: "a", 2: "b", n: "c"}, sort_keys=True),
        json.dumps({"\ue000": 1, "\U0001f600": 2, "b": 3}, sort_keys=True),
        json.dumps([1, {"b": 1}], indent=-1),
        json.dumps([1, {"b": 1}], indent=True),
    ]
    try:
        json.dumps({1: "a", "b": 2}, sort_keys=True)
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [7]


def dumps_sort_keys_by_truth(flag):
    data = {"b": 1, "a": 2}
    return [
        json.dumps(data, sort_keys=flag),
        json.dumps(data, sort_keys=False),
        json.dumps(data, sort_keys=[]),
        json.dumps(data, indent=1, sort_keys=1),
    ]


# inputs: [true]
# inputs: [[]]
# inputs: [null]
# inputs: ["yes"]
