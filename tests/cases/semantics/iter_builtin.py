# iter(x) and the iterator it gives: its own for an iterator, live for a list or str,
# RuntimeError for a dict or set whose size changed since iter() was called.


def first_then_rest(xs):
    it = iter(xs)
    first = next(it, None)
    return [first, list(it), next(it, "end")]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def dict_grown_after_iter(d):
    it = iter(d)
    d["new"] = 1
    try:
        return next(it)
    except RuntimeError as e:
        return str(e)


# inputs: [{"a": 1}]
# inputs: [{}]


def str_by_code_point(s):
    it = iter(s)
    return [next(it), next(it, ""), "".join(it)]


# inputs: ["h\u00e9llo"]
# inputs: ["a"]


def list_grown_after_iter(xs):
    it = iter(xs)
    xs.append(99)
    return list(it)


# inputs: [[1]]


def pairs_from_one_iterator(xs):
    pairs = []
    it = iter(xs)
    for a in it:
        b = next(it, None)
        pairs.append((a, b))
    return pairs


# inputs: [[1, 2, 3, 4, 5]]
# inputs: [[]]


def not_iterable(x):
    try:
        return iter(x) is not None
    except TypeError as e:
        return str(e)


# inputs: [5]
# inputs: [null]
# inputs: ["ab"]


def iterator_is_its_own(xs):
    g = (v * 2 for v in xs)
    return iter(g) is g, list(iter(g)), list(g)


# inputs: [[1, 2]]


def first_item_of_a_view(d):
    it = iter(d.items())
    return next(it, None)


# inputs: [{"a": 1, "b": 2}]
# inputs: [{}]


def set_grown_after_iter(xs):
    s = set(xs)
    it = iter(s)
    s.add(100)
    try:
        return next(it)
    except RuntimeError as e:
        return str(e)


# inputs: [[1, 2]]
