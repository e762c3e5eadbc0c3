# Probes: when a generator expression evaluates its iterable and raises.
def errors_deferred_until_iteration(xs):
    g = (1 // x for x in xs)
    log = ["created"]
    try:
        for v in g:
            log.append(v)
    except ZeroDivisionError:
        log.append("zero")
    return log


# inputs: [[1, 0, 2]]


def inner_iterable_evaluated_lazily(xs):
    g = ((x, y) for x in xs for y in range(x))
    return list(g)


# inputs: [[1, 2, 3]]


def generator_never_consumed(x):
    log = []

    def f(v):
        log.append(v)
        return v

    g = (f(v) for v in [1, 2])
    return log


# inputs: [0]


def generator_partially_consumed_by_in(xs):
    log = []

    def f(v):
        log.append(v)
        return v

    g = (f(v) for v in xs)
    found = 2 in g
    rest = list(g)
    return [found, rest, log]


# inputs: [[1, 2, 3, 4]]


def _first_big(it):
    for v in it:
        if v > 15:
            return v
    return None


def generator_passed_to_helper(xs):
    return _first_big(v * 10 for v in xs)


# inputs: [[1, 2, 3]]
