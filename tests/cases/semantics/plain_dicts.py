def constant_keys_stored_into_a_copy(figure, scale):
    layout = dict(figure["layout"])
    layout["yaxis"] = {**layout.get("yaxis", {}), "type": scale}
    layout["title"] = None
    layout["10"] = "integer-like key"
    layout["constructor"] = 1
    layout["__proto__"] = 2
    return [list(layout), layout["yaxis"], layout["__proto__"], len(layout)]


# inputs: [{"layout": {"title": "t", "yaxis": {"type": "linear"}, "x": 1}}, "log"]
# inputs: [{"layout": {}}, "linear"]


def get_with_open_keys(keys):
    d = {1: "one", (1, 2): "pair", "s": None, 0: "zero", 2.5: "f"}
    out = []
    for k in keys:
        if isinstance(k, list):
            k = tuple(k)
        out.append(d.get(k, "miss"))
        out.append(d.get(k))
    return out


# inputs: [[1, true, 1.0, [1, 2], "s", -0.0, false, 2.5, "x", null, 3, [2, 1]]]


def get_unhashable(k):
    d = {1: "one"}
    return d.get(k, "miss")


# inputs: [[1]]
# inputs: [{"a": 1}]
# messages
