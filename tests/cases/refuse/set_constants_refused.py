# A module-level set is a constant only as a global's own value, of scalars: one
# inside a list would be a second object in JS where Python shares one, a tuple
# member would iterate in another order, and a frozenset has no JS kind.

PAIRS = {(1, 2), (3, 4)}
NESTED = [{"a"}, {"b"}]
FROZEN = frozenset({"a", "b"})


def pairs_held(x):
    return x in PAIRS


# expect: CP111 11:17


def nested_held(x):
    return x in NESTED[0]


# expect: CP111 18:17


def frozen_held(x):
    return x in FROZEN


# expect: CP111 25:17
