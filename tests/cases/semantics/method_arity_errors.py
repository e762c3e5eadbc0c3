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


# On a receiver of open type, a count that the method of one type having it takes and
# another's does not (set.update takes two, dict.update one; str.count takes a start,
# list.count not) raises for a receiver of the second type, before anything changes.


def open_update_two(d, a, b):
    try:
        d.update(a, b)
    except TypeError:
        return ["TypeError", d]
    return d


# inputs: [{"k": 1}, {"a": 1}, {"b": 2}]


def annotated_dict_update_two(d: dict, a):
    try:
        d.update(a, a)
    except TypeError:
        return ["TypeError", d]
    return d


# inputs: [{"k": 1}, {"a": 1}]


def open_set_update_two(xs, a, b):
    s = set(xs) if isinstance(xs, list) else xs
    s.update(a, b)
    return sorted(s)


# inputs: [[1], [2], [3, 1]]
# inputs: [{"k": 1}, [2], [3]]


def open_count_with_start(v, x):
    try:
        return v.count(x, 1)
    except TypeError:
        return "TypeError"


# inputs: ["abcabc", "a"]
# inputs: [["a", "b", "a"], "a"]


# A method is looked up before its keywords are bound: a receiver without it raises
# AttributeError, as in CPython, not the TypeError of a refused keyword.


def keyword_to_pop(x):
    try:
        return x.pop(key=1)
    except Exception as e:
        return type(e).__name__


# inputs: ["abc"]
# inputs: [null]


def keyword_to_count(x):
    try:
        return x.count(value=1)
    except Exception as e:
        return type(e).__name__


# inputs: [{"a": 1}]
# inputs: [5]
