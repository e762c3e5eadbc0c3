# `for x in reversed(xs)` of a list or tuple walks down from the last item; as CPython's
# reverse iterator, an item appended in the body is not reached and a list cut short
# ends the loop.


def backwards(xs):
    out = []
    for x in reversed(list(xs)):
        if x == 0:
            continue
        if x == 99:
            break
        out.append(x)
    return out


# inputs: [[1, 2, 0, 3]]
# inputs: [[5, 99, 4]]
# inputs: [[]]


def grows_and_shrinks(xs):
    ys = list(xs)
    seen = []
    for y in reversed(ys):
        seen.append(y)
        ys.append(y * 10)
        if len(seen) == 1:
            del ys[:3]
    return [seen, ys]


# inputs: [[1, 2, 3, 4, 5, 6]]
# inputs: [[1]]


def pairs(rows):
    out = []
    for name, n in reversed(tuple((r["name"], r["n"]) for r in rows)):
        out.append(f"{name}={n}")
    return out


# inputs: [[{"name": "a", "n": 1}, {"name": "b", "n": 2}]]
