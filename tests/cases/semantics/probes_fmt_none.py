# Probes: format specs applied to None, lists, dicts and bools.
def spec_on_none(x):
    out = []
    for k in range(5):
        try:
            if k == 0:
                out.append(f"{x:>5}")
            elif k == 1:
                out.append("{:>5}".format(x))
            elif k == 2:
                out.append(format(x, ""))
            elif k == 3:
                out.append(f"{x:}")
            else:
                out.append(format(x, "<3"))
        except TypeError:
            out.append("TypeError")
    return out


# inputs: [null]
# inputs-undef: [null]
# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: ["s"]


def spec_on_bool_str(b: bool):
    out = []
    for k in range(3):
        try:
            if k == 0:
                out.append(f"{b:s}")
            elif k == 1:
                out.append(f"{b:c}")
            else:
                out.append(f"{b:,}")
        except (TypeError, ValueError):
            out.append("error")
    return out


# inputs: [true]


def spec_percent_on_str(s):
    try:
        return "%d%%" % s
    except TypeError:
        return "TypeError"


# inputs: ["5"]
