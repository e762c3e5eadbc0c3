# *args: a callback taking a variable number of Inputs gets one argument per Input,
# as Dash calls it; *args is a tuple everywhere.


def total_of_inputs(*values):
    return [sum(v or 0 for v in values), str(values), len(values)]


# inputs: [1, 2, 3]
# inputs: [null, 4]
# inputs: []


def first_and_rest(first, *rest):
    return [first, rest, isinstance(rest, tuple)]


# inputs: [1]
# inputs: [1, "a", "b"]


def lambdas_and_helpers(xs):
    f = lambda *a: (len(a), str(a))  # noqa: E731
    return [f(), f(1, 2), first_and_rest(*xs), total_of_inputs(*xs)]


# inputs: [[5, 6]]
# inputs: [[0]]
