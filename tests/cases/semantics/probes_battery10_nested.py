# Probes, tenth battery: nested helpers that build and return dicts, a pattern of
# callbacks that assemble a figure or a row from small inner functions (these crashed
# the translation: a display inside a nested def followed as the callback's record).


def inner_returns_display(rows):
    def fallback():
        return {"name": "fallback", "n": len(rows)}

    hit = fallback()
    return [hit["name"], hit["n"], hit]


# inputs: [[1, 2]]
# inputs: [[]]


def inner_builds_local_dict(x):
    calls = []

    def make_trace(v):
        calls.append(v)
        trace = {"type": "bar", "y": [v]}
        trace["name"] = f"v={v}"
        return trace

    traces = [make_trace(x), make_trace("b")]
    return [traces, len(calls), traces[0]["name"]]


# inputs: ["a"]
# inputs: [null]


def inner_dict_stored_by_caller(labels):
    def style(label):
        d = {"color": "red" if label.startswith("!") else "blue"}
        return d

    out = {}
    for lbl in labels:
        out[lbl] = style(lbl)
        out[lbl]["label"] = lbl.strip("!")
    return out


# inputs: [["!warn", "ok"]]
# inputs: [[]]


def lambda_returning_display(values):
    point = lambda v: {"x": v, "y": v * 2}  # noqa: E731
    pts = [point(v) for v in values]
    pts[0]["x"] = "changed" if pts else None
    return pts


# inputs: [[1, 2]]
