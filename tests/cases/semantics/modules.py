# math and json modules.
import json
import math


def math_functions(x):
    return [
        math.floor(x),
        math.ceil(x),
        math.sqrt(abs(x)),
        math.trunc(x),
        round(math.log(abs(x) + 1), 6),
        math.isclose(x, x + 1e-12),
        math.fabs(x),
    ]


# inputs: [2.5]
# inputs: [-2.5]
# inputs: [0.1]


def math_constants():
    return [
        round(math.pi, 5),
        round(math.e, 5),
        math.inf > 1e300,
        math.isnan(math.nan),
        -math.inf < 0,
        math.isinf(math.inf),
    ]


# inputs: []


def math_floor_returns_int(x):
    return [str(math.floor(x)), str(math.ceil(x)), isinstance(math.floor(x), int)]


# inputs: [3.7]
# inputs: [-3.2]


def math_more(x, y):
    return [
        math.hypot(x, y),
        math.pow(x, 2),
        math.gcd(12, 18),
        math.log10(100),
        math.log2(8),
        math.log(8, 2),
        math.copysign(3, -1),
        math.degrees(math.pi),
        math.exp(0),
        math.fsum([0.1] * 10),
    ]


# inputs: [3, 4]


def math_domain_error(x):
    return math.sqrt(x)


# inputs: [-1]
# messages


def json_dumps(data):
    return [
        json.dumps(data),
        json.dumps(data, sort_keys=True),
        json.dumps([1, None, True, "é"]),
        json.dumps('a"b'),
        json.dumps({"k": [1, {"x": None}]}, separators=(",", ":")),
    ]


# inputs: [{"b": 1, "a": [1, 2]}]
# inputs: [[]]


def json_dumps_indent(data):
    return json.dumps(data, indent=2)


# inputs: [{"a": [1, 2], "b": {"c": null}}]


def json_loads(text):
    data = json.loads(text)
    return [data, isinstance(data, dict)]


# inputs: ["{\"a\": [1, 2.5, null, true], \"b\": \"x\"}"]
# inputs: ["[1, 2]"]
# inputs: ["3.0"]


def json_loads_invalid(text):
    try:
        json.loads(text)
        return "parsed"
    except ValueError:
        return "invalid"


# inputs: ["{bad json"]
# inputs: ["{}"]


def json_round_trip(data):
    return json.loads(json.dumps(data)) == data


# inputs: [{"a": [1, {"b": null}], "c": "é"}]
