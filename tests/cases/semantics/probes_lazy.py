# Probes: lazy iterators (generators, map, filter, zip, enumerate) with side effects and break.
def gen_break_side_effects(xs):
    log = []

    def f(v):
        log.append(v)
        return v * 2

    for y in (f(x) for x in xs):
        if y > 2:
            break
    return log


# inputs: [[1, 2, 3, 4]]


def generator_sees_later_rebinding(xs):
    k = 1
    g = (x * k for x in xs)
    k = 100
    return list(g)


# inputs: [[1, 2]]


def sum_any_of_generator_with_break(xs):
    log = []

    def f(v):
        log.append(v)
        return v

    found = any(f(v) > 1 for v in xs)
    m = max(f(v) for v in xs)
    return [found, m, log]


# inputs: [[1, 2, 3]]


def generator_in_comprehension_condition(xs):
    log = []

    def f(v):
        log.append(v)
        return v > 1

    return [[v for v in xs if f(v)], log]


# inputs: [[1, 2, 3]]


def dict_items_while_iterating_values(d):
    out = []
    for k, v in d.items():
        out.append(k)
        d[k] = v + 1
    return [out, d]


# inputs: [{"a": 1, "b": 2}]
