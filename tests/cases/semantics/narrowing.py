# Inside `if isinstance(x, T):` the translation knows x's type; the results must not
# change for any input.


def flatten(node, prefix="", out=None):
    if out is None:
        out = {}
    if isinstance(node, dict):
        for key, value in node.items():
            flatten(value, f"{prefix}.{key}" if prefix else key, out)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            flatten(value, f"{prefix}[{i}]", out)
    else:
        out[prefix] = node
    return out


# inputs: [{"a": {"b": [1, {"c": null}]}, "d": "x"}]
# inputs: [[1, [2, 3]]]
# inputs: ["leaf"]


def describe(x):
    if isinstance(x, str):
        return x.upper() + str(len(x))
    if isinstance(x, bool):
        return not x
    if isinstance(x, tuple):
        return len(x)
    if isinstance(x, dict):
        return sorted(x.keys())
    return x


# inputs: ["abc"]
# inputs: [true]
# inputs: [{"b": 1, "a": 2}]
# inputs: [3]


def narrowed_but_rebound(x):
    if isinstance(x, list):
        x = len(x)
        return x + 1
    return x


# inputs: [[1, 2]]
# inputs: [5]


def built_dict_items():
    d = {"a": 1}
    d["b"] = 2
    node = d
    if isinstance(node, dict):
        return [k + str(v) for k, v in node.items()]
    return []


# inputs: []


def _summary(rows):
    return {"count": len(rows), "first": rows[0] if rows else None}


def helper_returns_a_dict(rows):
    s = _summary(rows)
    s["count"] += 1
    s[1] = "int key"
    return [s["count"], s.get("first"), sorted(str(k) for k in s)]


# inputs: [[3, 4]]
# inputs: [[]]


def figure_with_new_axis(figure, scale):
    if not figure:
        return None
    layout = {**figure.get("layout", {}), "yaxis": {"type": scale}}
    return {**figure, "layout": layout, "extra": [1, 2]}


# inputs: [{"data": [1], "layout": {"title": "t", "yaxis": {"type": "linear"}}}, "log"]
# inputs: [{"data": []}, "linear"]
# inputs: [null, "log"]


def spreading_a_list_raises(xs):
    try:
        return {**xs, "a": 1}
    except TypeError:
        return "TypeError"


# inputs: [[1, 2]]


# A function made inside that rebinds the name (`nonlocal x`), called in the
# branch: the narrowing no longer holds there.


def narrowed_then_rebound_by_closure(v):
    x = v

    def reset():
        nonlocal x
        x = 5

    if isinstance(x, str):
        reset()
        try:
            return x + "a"
        except TypeError:
            return "TypeError"
    return "no"


# inputs: ["s"]


def narrowed_in_nested_rebound_by_outer(v):
    x = v

    def show():
        if isinstance(x, str):
            change()
            try:
                return x + "a"
            except TypeError:
                return "TypeError"
        return "no"

    def change():
        nonlocal x
        x = 5

    return show()


# inputs: ["s"]
