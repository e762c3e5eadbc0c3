# A set operation of a dict view makes a set of the items of both sides: a float among
# them prints as a float, or the printing is refused where the JS cannot tell.
def float_keys_joined():
    d = {1.0: 1}
    return repr(sorted(d.keys() | {2.0}))


# inputs: []


def str_keys_joined(dd):
    return repr(sorted(dd.keys() | {"z"}))


# inputs: [{"a": 1}]


def set_first():
    d = {"a": 1}
    return repr(sorted({"b"} | d.keys()))


# inputs: []


def float_items_joined():
    d = {"a": 1.5}
    return repr(sorted(d.items() | {("b", 2.5)}))


# inputs: []


def float_keys_taken_away():
    d = {1.5: 0, 2.0: 1}
    return repr(sorted(d.keys() - {1.5}))


# inputs: []


def in_place_with_a_view(xs, d):
    # a set's in-place operators take only sets: with a dict view the name is rebound
    # to a new set and the one it held is left as it was
    a = b = set(xs)
    a &= d.keys()
    c = e = set(xs)
    c |= d.keys()
    f = g = set(xs)
    f -= d.keys()
    h = k = set(xs)
    h ^= d.keys()
    return [len(b), len(a), len(e), len(c), len(g), len(f), len(k), len(h)]


# inputs: [[1, 2, 3], {"a": 1}]
# inputs: [["a", "b"], {"a": 1, "c": 2}]
# inputs: [[], {}]
