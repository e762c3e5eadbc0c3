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
