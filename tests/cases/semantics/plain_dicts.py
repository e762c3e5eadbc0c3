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
