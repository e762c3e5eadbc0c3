# A value that is a float or None prints as either: None, or the float's repr (2.0,
# not 2), in every way of printing; shown not None, it is a float.

import json


def ratio_text(a, b):
    r = a / b if b else None
    return (
        f"{r}",
        str(r),
        repr(r),
        "%s" % (r,),
        "{}".format(r),
        json.dumps(r),
        [r],
        {"r": r},
    )


# inputs: [6, 2]
# inputs: [1, 3]
# inputs: [5, 0]


def ratio_list(xs):
    out = [x / 2 if x else None for x in xs]
    return str(out), json.dumps(out), f"{out}", repr(tuple(out))


# inputs: [[4, 0, 3]]
# inputs: [[]]


def best_half(xs):
    best = None
    for x in xs:
        if x > 1:
            best = x / 2
            break
    return f"best: {best}", str(best)


# inputs: [[0, 6, 3]]
# inputs: [[0]]


def spec_of_none(a, b):
    r = a / b if b else None
    try:
        return f"{r:.2f}"
    except TypeError as e:
        return str(e)


# inputs: [1, 3]
# inputs: [1, 0]
# messages


def percent_of_none(a, b):
    r = a / b if b else None
    try:
        return "%.1f" % r
    except TypeError as e:
        return str(e)


# inputs: [1, 3]
# inputs: [1, 0]
# messages


def format_of_none(a, b):
    r = a / b if b else None
    out = [format(r), "{0}|{0!r}".format(r)]
    try:
        out.append(format(r, ">8"))
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [1, 4]
# inputs: [1, 0]
# messages


def raised_with(a, b):
    r = a / b if b else None
    try:
        raise ValueError(r)
    except ValueError as e:
        return str(e), repr(e)


# inputs: [6, 3]
# inputs: [6, 0]


def printed(a, b):
    r = a / b if b else None
    print(r, [r])
    print(*[r, r])
    return None


# inputs: [6, 3]
# inputs: [6, 0]


def arithmetic_after(a, b):
    r = a / b if b else None
    if r is not None:
        return f"{r + 1} {r * 2:.1f}"
    return f"{r}"


# inputs: [6, 3]
# inputs: [6, 0]


def mixed_with_int(a, b):
    r = a / b if b else (None if a else 0)
    return [r]


# inputs: [6, 3]
# inputs: [6, 0]
# inputs: [0, 0]


def float_dict_lookup_or_none(k):
    limits = {"lo": 0.0, "hi": 10.0}
    return str(limits.get(k)), f"{limits.get(k)}"


# inputs: ["lo"]
# inputs: ["hi"]
# inputs: ["mid"]
