# Probes: attribute assignment on dicts, lists and exceptions.
def attr_assign_on_dict(d):
    try:
        d.color = "red"
        return d
    except AttributeError:
        return "AttributeError"


# inputs: [{"a": 1}]


def attr_assign_on_list(xs):
    try:
        xs.total = 3
        return xs
    except AttributeError:
        return "AttributeError"


# inputs: [[1]]


def attr_assign_on_exception(x):
    e = ValueError(x)
    e.code = 5
    return [e.code, str(e)]


# inputs: ["m"]
