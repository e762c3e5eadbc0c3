# Probes: lazy map/filter/zip/enumerate/reversed with side effects and mutation; str.format with unpacked arguments.


def str_format_more(n: int, s):
    return [
        "{0:{1}}".format(s, 6),
        "{:{fill}^9}".format(s, fill="*"),
        "{a}{b}{a}".format(a=s, b=n),
        "{0.real}".format(n) if False else "",
        "{:d}".format(True),
        "{:>5}|{:<5}|{:^5}".format(n, s, True),
        "{:05.1f}".format(n),
        "{!r:>8}".format(s),
        "{0[k][0]}".format({"k": [s]}),
        "{} {}".format(*[s, n]),
        "{a} {b}".format(**{"a": 1, "b": s}),
        "{:%}".format(n),
        "{{{}}}".format(s),
    ]


# inputs: [7, "ab"]


def enumerate_gen_break(xs):
    log = []

    def f(v):
        log.append(v)
        return v

    for i, y in enumerate(f(x) for x in xs):
        if i == 1:
            break
    return log


# inputs: [[1, 2, 3, 4]]


def enumerate_object_reused(xs):
    e = enumerate(xs)
    first = []
    for i, v in e:
        first.append(v)
        if i == 0:
            break
    rest = [v for i, v in e]
    return [first, rest]


# inputs: [["a", "b", "c"]]


def filter_break(xs):
    log = []

    def keep(v):
        log.append(v)
        return v % 2

    for v in filter(keep, xs):
        break
    return log


# inputs: [[2, 4, 5, 6, 7]]


def interleaved_generators(xs):
    log = []

    def tag(name, v):
        log.append(name + str(v))
        return v

    list(zip((tag("a", x) for x in xs), (tag("b", x) for x in xs)))
    return log


# inputs: [[1, 2]]


def map_break_side_effects(xs):
    log = []

    def f(v):
        log.append(v)
        return v * 2

    for y in map(f, xs):
        if y > 2:
            break
    return log


# inputs: [[1, 2, 3, 4]]


def map_sees_later_mutation(xs):
    m = map(lambda v: v * 10, xs)
    xs.append(5)
    return list(m)


# inputs: [[1, 2]]


def reversed_is_lazy(xs):
    r = reversed(xs)
    xs[0] = "changed"
    return list(r)


# inputs: [[1, 2, 3]]


def zip_gen_break(xs):
    log = []

    def f(v):
        log.append(v)
        return v

    for a, b in zip(xs, map(f, xs)):
        if a == 2:
            break
    return log


# inputs: [[1, 2, 3, 4]]


def zip_stops_at_shortest_side_effects(xs):
    log = []

    def g(v):
        log.append(v)
        return v

    r = list(zip(map(g, xs), [0]))
    return [r, log]


# inputs: [[1, 2, 3]]


def enumerate_while_appending(xs):
    out = []
    for i, x in enumerate(xs):
        out.append((i, x))
        if i == 0:
            xs.append("late")
    return out


# inputs: [["a", "b"]]


def zip_while_popping(xs, ys):
    out = []
    for a, b in zip(xs, ys):
        out.append([a, b])
        if ys:
            ys.pop()
    return out


# inputs: [[1, 2, 3], [4, 5, 6]]


def dstar_format(s):
    return "{a} {b}".format(**{"a": 1, "b": s})


# inputs: ["ab"]


def star_format(s, n: int):
    return "{} {}".format(*[s, n])


# inputs: ["ab", 7]


def format_number_attributes(x, xs: list[float], n: int, flag: bool):
    # a float's .real and .imag print as floats, an int's and a bool's as ints
    return [
        "{0.imag} {0.real}".format(x),
        "{0[0].imag} {0[0].real}".format(xs),
        "{0.imag} {0.real} {0.numerator} {0.denominator}".format(n),
        "{0.imag} {0.real}".format(flag),
        "{v.imag}".format(v=x),
    ]


# inputs: [2.5, [2.0, 0.5], 7, true]
# inputs: [3, [1.5], -2, false]
