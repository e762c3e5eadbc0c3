# json.dumps's indent= and separators= checked as CPython checks them: an indent that
# is no int or str, separators that do not unpack into two strs.
import json


def dumps_indent(data, indent):
    return json.dumps(data, indent=indent)


# inputs: [[1, {"a": 2}], 2]
# inputs: [[1, {"a": 2}], 0]
# inputs: [[1, {"a": 2}], -1]
# inputs: [[1, {"a": 2}], true]
# inputs: [[1, {"a": 2}], "--"]
# inputs: [[1, {"a": 2}], 2.5]
# inputs: [[1, {"a": 2}], [1, 2]]
# inputs: [3, 2.5]
# inputs: ["plain", 2.5]
# inputs: [[], 1e21]
# messages


def dumps_separators(data, separators):
    return json.dumps(data, separators=separators)


# inputs: [[1, {"a": 2}], [",", ":"]]
# inputs: [[1, {"a": 2}], ["a", "b"]]
# inputs: [[1, {"a": 2}], "ab"]
# inputs: [[1, {"a": 2}], ","]
# inputs: [[1, {"a": 2}], ""]
# inputs: [[1, {"a": 2}], [",", ":", ";"]]
# inputs: [[1, {"a": 2}], [1, ":"]]
# inputs: [[1, {"a": 2}], [",", 2]]
# inputs: [[1, {"a": 2}], [1, 2]]
# inputs: [[1, {"a": 2}], false]
# inputs: [3, [1, ":"]]
# inputs: ["s", [1, ":"]]
# inputs: ["s", ","]
# messages


def compact_or_not(data, compact):
    return json.dumps(data, separators=compact and (",", ":"))


# inputs: [[1, {"a": 2}], true]
# inputs: [[1, {"a": 2}], false]
# inputs: [[1, {"a": 2}], null]
# messages
