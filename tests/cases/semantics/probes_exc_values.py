# Probes: exceptions as values: truthiness, keys, list members, returned.
def exceptions_as_values(x):
    e1 = ValueError(x)
    e2 = KeyError(x)
    d = {e1: "v"}
    s = {e1, e2, e1}
    errs = [e1, e2]
    return [
        bool(e1),
        bool(ValueError()),
        d[e1],
        len(s),
        e1 in errs,
        ValueError(x) in errs,
        errs.index(e2),
        str(errs[0]),
        [str(e) for e in errs],
    ]


# inputs: ["m"]


def collect_errors(rows):
    errors = []
    ok = []
    for r in rows:
        try:
            ok.append(int(r))
        except ValueError as e:
            errors.append(e)
    return [
        ok,
        len(errors),
        [str(e) for e in errors],
        [isinstance(e, ValueError) for e in errors],
    ]


# inputs: [["1", "x", "2", ""]]


def exception_in_dict_values(x):
    result = {"error": None}
    try:
        {}[x]
    except KeyError as e:
        result["error"] = e
    return [result["error"] is not None, str(result["error"]), repr(result["error"])]


# inputs: ["k"]
