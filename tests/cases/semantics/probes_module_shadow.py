# Probes: module-level names that shadow builtins.
def sorted(xs, key=None, reverse=False):
    return ["module sorted", list(xs)]


LIMIT = 3


round = 7


def uses_module_sorted(xs):
    return sorted(xs)


# inputs: [[3, 1, 2]]


def uses_module_round_value(x):
    return [round, x]


# inputs: [1]
