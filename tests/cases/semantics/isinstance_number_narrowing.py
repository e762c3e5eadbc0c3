# `isinstance(v, int) and not isinstance(v, bool)` shows an open value is an int (True
# is an int to isinstance alone), `isinstance(v, float)` that it is a float: inside
# the branch it prints as one.


def describe(v):
    if isinstance(v, int) and not isinstance(v, bool):
        return f"int {v * 2} {v // 3} {str(v + 1)}"
    if not isinstance(v, bool) and isinstance(v, int) and v > 100:
        return "never reached"
    if isinstance(v, float):
        return f"float {v} {v * 2} {v / 2}"
    return "other " + repr(v)


# inputs: [3]
# inputs: [-7]
# inputs: [true]
# inputs: [false]
# inputs: [2.5]
# inputs: [-0.5]
# inputs: [1e300]
# inputs: ["3"]
# inputs: [null]
# inputs: [[1]]


def walk(node):
    if isinstance(node, dict):
        return {k: walk(v) for k, v in node.items()}
    if isinstance(node, list):
        return [walk(v) for v in node]
    if isinstance(node, int) and not isinstance(node, bool):
        return str(node + 1)
    if isinstance(node, float):
        return str(round(node, 1))
    return node


# inputs: [{"a": [1, 2.25, true, "x", {"b": 5}], "c": null}]
# inputs: [[[], {}, 0, -1.75]]


def bool_not_ruled_out(v):
    if isinstance(v, int):
        return v * 2
    return None


# inputs: [true]
# inputs: [4]


def rebound_in_the_test(v, w):
    if isinstance(v, int) and not isinstance(v, bool) and (v := w):
        return str(v)
    if isinstance(w, dict) and (w := [w]):
        return len(w)
    return None


# inputs: [1, 2.5]
# inputs: [1, {"a": 1, "b": 2}]
# inputs: [true, {"a": 1, "b": 2}]


def read_by_a_lambda_later(values):
    fs = []
    for v in values:
        if isinstance(v, float):
            fs.append(lambda: str(v))
        if isinstance(v, int) and not isinstance(v, bool):
            fs.append(lambda: str(v))
    return [f() for f in fs]


# inputs: [[1.5, 2]]
# inputs: [[1, true]]


def read_by_a_generator_later(v):
    g = None
    if isinstance(v, float):
        g = (str(v) for _ in [0])
    v = 2
    return list(g) if g is not None else None


# inputs: [1.5]
# inputs: [1]
