# A list handed to a function of the user's that only appends to it (a collector:
# `_walk(node, out)`, recursive or not) holds, after the call, what that function's
# version appends: leaves of Dash's data print as they are, floats it computes as
# floats.


def _walk(node, out):
    if isinstance(node, dict):
        for v in node.values():
            _walk(v, out)
    elif isinstance(node, list):
        for v in node:
            _walk(v, out)
    else:
        out.append(node)


def leaves_of_a_config(config):
    out = []
    _walk(config, out)
    return [f"{len(out)} leaves", ", ".join(str(x) for x in out), str(out)]


# inputs: [{"a": [1, 2.5, "x"], "b": {"c": null, "d": true}}]
# inputs: [[]]
# inputs: [7]


def _halves(values, out):
    for v in values:
        out.append(v / 2)
    return out


def halves_collected(values: list[int]):
    out = []
    _halves(values, out)
    kept = _halves(values, [])
    return [str(out), f"{out}", repr(kept)]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def _names(rows, seen, out):
    for r in rows:
        name = r["name"]
        if name not in seen:
            seen.add(name)
            out.append(name)


def first_names(rows):
    seen = set()
    out = []
    _names(rows, seen, out)
    _names(rows[::-1], seen, out)
    return [", ".join(out), str(out), len(seen)]


# inputs: [[{"name": "b"}, {"name": "a"}, {"name": "b"}]]
# inputs: [[]]
