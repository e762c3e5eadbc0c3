# math's and json's functions imported by name are called as through the module: bound
# to their signatures (keywords taken, another count raises TypeError), json.dumps
# told which numbers are floats, its keys sorted where asked.
import json
from json import dumps, loads
from math import floor, prod


def floored(x):
    return floor(x, 1)


# inputs: [2.5]


def product(xs):
    return [prod(xs), prod(xs, start=2)]


# inputs: [[2, 3]]
# inputs: [[1.5, 2]]


def written(x: float, d):
    return [dumps([x / 2]), dumps(d, sort_keys=True), dumps(d, indent=1)]


# inputs: [4, {"b": 1, "a": [2]}]
# inputs: [3, {}]


def read_back(text):
    return loads(text)["n"]


# inputs: ["{\"n\": 1e-07}"]


def quoted(labels: list[str]):
    """json.dumps as a value where what it is given holds no float."""
    return list(map(json.dumps, labels)) + sorted(labels, key=dumps)


# inputs: [["b", "a\""]]
