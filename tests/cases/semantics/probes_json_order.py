# Probes: json.dumps keeps key order, also for int and int-like keys.
import json


def dumps_built_intlike_keys(x):
    d = {}
    d["b"] = 1
    d["2"] = 2
    d["a"] = 3
    d["1"] = 4
    return [json.dumps(d), list(d), str(d)]


# inputs: [0]


def dumps_separators_and_indent(x):
    d = {"a": [1, {"b": None}], "c": "é"}
    return [
        json.dumps(d, separators=(",", ":")),
        json.dumps(d, indent=1),
        json.dumps(d, indent="\t"),
        json.dumps([], indent=2),
        json.dumps(d, indent=0),
    ]


# inputs: [0]


def dumps_non_str_keys(x):
    return [json.dumps({None: 1}), json.dumps({True: 1, False: 0})]


# inputs: [0]


def dumps_unserializable(x):
    try:
        return json.dumps({"s": {1, 2}})
    except TypeError:
        return "TypeError"


# inputs: [0]
