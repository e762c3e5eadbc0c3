# A method of a known type called with too many or too few arguments raises CPython's
# TypeError when the call is made (bound at run time), also where an inline form
# (`d.get(k)` on a dict the code made) would otherwise be emitted.


def dict_get_three(d):
    dd = dict(d)
    try:
        return dd.get("a", 1, 2)
    except TypeError:
        return "TypeError"


# inputs: [{"a": 5}]


def dict_get_none(d):
    dd = dict(d)
    try:
        return dd.get()
    except TypeError:
        return "TypeError"


# inputs: [{"a": 5}]


def list_count_none(xs):
    ys = list(xs)
    try:
        return ys.count()
    except TypeError:
        return "TypeError"


# inputs: [[1, 2]]


def set_add_two(xs):
    s = set(xs)
    try:
        s.add(1, 2)
        return sorted(s)
    except TypeError:
        return "TypeError"


# inputs: [[3]]
