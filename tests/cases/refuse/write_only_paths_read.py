# A float stored through a local's nested display where something reads it back, or
# may (an alias, a replaced part, a closure, the whole printed, a helper's result): a
# store through another name, as aliasing.py has it (write_only_paths.py).


def read_back(x):
    fig = {"layout": {"yaxis": {"range": [0, 1]}}}
    fig["layout"]["yaxis"]["range"] = [0, x / 2]
    return str(fig["layout"]["yaxis"]["range"][1])


# expect: CP115 9:16


def alias_prefix(x):
    fig = {"layout": {"yaxis": {}}}
    lay = fig["layout"]
    fig["layout"]["yaxis"]["r"] = x / 2
    return str(lay["yaxis"]["r"])


# expect: CP115 19:16


def replaced(x, other):
    fig = {"layout": {"yaxis": {}}}
    fig["layout"]["yaxis"] = other
    fig["layout"]["yaxis"]["r"] = x / 2
    return str(other["r"])


# expect: CP115 29:16


def listed(x):
    fig = {"layout": {"yaxis": {}}}
    keep = [fig["layout"]["yaxis"]]
    fig["layout"]["yaxis"]["r"] = x / 2
    return str(keep[0]["r"])


# expect: CP115 39:16


def whole_alias(x):
    fig = {"layout": {"yaxis": {}}}
    g = fig
    fig["layout"]["yaxis"]["r"] = x / 2
    return str(g["layout"]["yaxis"]["r"])


# expect: CP115 49:16


def closure_reads(x):
    fig = {"layout": {"yaxis": {}}}
    get = lambda: fig["layout"]["yaxis"]["r"]
    fig["layout"]["yaxis"]["r"] = x / 2
    return str(get())


# expect: CP115 59:16


def printed_whole(x):
    fig = {"layout": {"yaxis": {}}}
    fig["layout"]["yaxis"]["r"] = x / 2
    return str(fig)


# expect: CP115 68:16


def _layout(top):
    fig = {"layout": {"yaxis": {}}}
    fig["layout"]["yaxis"]["range"] = [0, top / 2]
    return fig


def helper_read(top: int):
    fig = _layout(top)
    return str(fig["layout"]["yaxis"]["range"][1])


# expect: CP115 82:16


def self_call(top: int, again: bool):
    fig = {"layout": {"yaxis": {}}}
    fig["layout"]["yaxis"]["range"] = [0, top / 2]
    if again:
        return str(self_call(top, False)["layout"]["yaxis"]["range"][1])
    return fig


# expect: CP115 92:20
