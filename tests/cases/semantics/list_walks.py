# Loops over lists and tuples of known type (walked by index): the length is read at
# each step, as Python's list iterator does, so items appended in the body are
# reached and a list cut short ends the loop; a rebound name does not change the walk.


def walk_while_changing(n: int):
    xs = list(range(n))
    seen = []
    for x in xs:
        seen.append(x)
        if x == 1:
            xs.append(10)
        if x == 2:
            xs.pop(0)
        if len(seen) > 20:
            break
    return [seen, xs]


# inputs: [4]
# inputs: [0]


def walk_cut_short(n: int):
    xs = list(range(n))
    seen = []
    for x in xs:
        seen.append(x)
        del xs[1:]
    return [seen, xs]


# inputs: [5]


def walk_rebound(n: int):
    xs = [v * 0.5 for v in range(n)]
    out = []
    for x in xs:
        out.append(x)
        xs = [9.0]
    return [out, xs]


# inputs: [3]


def walk_tuple_and_else(n: int):
    ts = tuple(range(n))
    out = []
    for t in ts:
        if t == 7:
            break
        out.append(t * 2)
    else:
        out.append("done")
    return out


# inputs: [3]
# inputs: [9]


def generator_sees_later_items(n: int):
    xs = list(range(n))
    doubled = (v * 2 for v in xs)
    xs.append(100)
    first = next(doubled, None)
    xs.append(200)
    return [first, list(doubled), sum(v for v in xs if v > 1)]


# inputs: [2]
# inputs: [0]


def enumerate_rebound(n: int):
    wl = list(range(n))
    seen = []
    for i, v in enumerate(wl):
        seen.append([i, v])
        wl = [7, 8]
    return [seen, wl]


# inputs: [4]
# inputs: [0]
