# Probes: set operators with non-set operands, sets of unhashables, set printing of one element.
def set_ops_with_lists(xs):
    s = set(xs)
    out = []
    for k in range(5):
        try:
            if k == 0:
                out.append(s | xs)
            elif k == 1:
                out.append(s - xs)
            elif k == 2:
                out.append(sorted(s.union(xs, "ab"), key=str))
            elif k == 3:
                out.append(s <= xs)
            else:
                out.append(s == xs)
        except TypeError:
            out.append("TypeError")
    return out


# inputs: [[1, 2]]


def set_from_unhashables(xs):
    try:
        return len(set(xs))
    except TypeError:
        return "TypeError"


# inputs: [[[1], [2]]]
# inputs: [[{"a": 1}]]
# inputs: [[[1, 2], "a"]]


def set_literal_unhashable(x):
    try:
        return len({x, 1})
    except TypeError:
        return "TypeError"


# inputs: [[1]]
# inputs: [2]


def set_str_small(x):
    return [str({x}), repr(set()), str({(x, "a")}), str({None})]


# inputs: ["v"]
# inputs: [3]


def dict_key_unhashable_in_comprehension(rows):
    try:
        return {r: 1 for r in rows}
    except TypeError:
        return "TypeError"


# inputs: [[[1], [2]]]
# inputs: [["a", "b"]]
