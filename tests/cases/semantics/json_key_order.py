# A JS object lists keys that are array indexes ("3", not "03") first, ascending; a
# Python dict keeps the order they came in. json.loads keeps the text's order.
import json


def loaded_keys(text):
    d = json.loads(text)
    return [list(d), [k for k in d], [k for k, _ in d.items()], list(d.values())]


# inputs: ["{\"b\": 1, \"3\": 2, \"1\": 3}"]
# inputs: ["{\"2\": 1, \"10\": 2, \"07\": 3}"]
# inputs: ["{\"\\u0032\": 1, \"a\": 2}"]
# inputs: ["{\"a\": 1}"]


def nested_loaded(text):
    rows = json.loads(text)
    return [list(row) for row in rows] + [rows]


# inputs: ["[{\"name\": \"x\", \"2024\": 5, \"2023\": 4}, {\"1\": \"a\", \"0\": \"b\"}]"]
# inputs: ["[{\"k\": \"1: not a key\"}]"]


def loaded_then_changed(text):
    d = json.loads(text)
    d["0"] = "new"
    d.pop("5", None)
    return [list(d), d.popitem()]


# inputs: ["{\"z\": 1, \"5\": 2, \"9\": 3}"]
