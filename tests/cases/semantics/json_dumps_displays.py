# json.dumps of a dict display whose values each hold ints or floats (as known) writes
# each as its own type: {"count": 2, "mean": 2.0}.
import json


def summary(xs):
    n = len(xs)
    total = sum(xs)
    return json.dumps(
        {"count": n, "mean": total / n if n else 0.0, "name": "xs", "ok": n > 0}
    )


# inputs: [[1, 3]]
# inputs: [[2.5]]
# inputs: [[]]


def nested(xs):
    return [
        json.dumps({"halves": [x / 2 for x in xs], "count": len(xs)}, sort_keys=True),
        json.dumps({"b": len(xs), "a": [x * 1.0 for x in xs]}, indent=1),
        json.dumps({"k": 1, "k": 2.0}),
    ]


# inputs: [[2, 3]]


def named_inside(xs):
    halves = [x / 2 for x in xs]
    counts = {"n": len(xs)}
    return [json.dumps({"halves": halves, "count": len(xs)}), json.dumps(counts)]


# inputs: [[2, 3]]
