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


def luhn_sums(codes: list[str]):
    sums = []
    for code in codes:
        digits = [int(c) for c in code if c.isdigit()]
        total = 0
        for i, d in enumerate(reversed(digits)):
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        sums.append(total % 10)
    return sums


# inputs: [["4539 1488 0343 6467", "8273 1232 7352 0569", "", "0", "79927398713"]]
# inputs: [["\u0663\u0664-5", "12\ud83d\ude003"]]
# inputs: [["1\u00b2"]]


def counted_down(xs, start):
    ys = list(xs)
    out = []
    for i, y in enumerate(reversed(ys), start):
        out.append((i, y))
        if y == 0:
            continue
        if y < 0:
            break
        if i == start:
            del ys[-2:]
        ys.append(y)
    return [out, ys, i]


# inputs: [[1, 2, 3, 4, 5], 0]
# inputs: [[1, 2, 0, -1, 5], 10]
# inputs: [[7, 8, 9], -2]
# inputs: [[5], 9007199254740991]
# inputs: [[], 3]


def ranked(rows, first):
    table = [f"{i:>3} {name}: {pts}" for i, (pts, name) in enumerate(rows, start=first)]
    for i, row in enumerate(rows, start=first + 1):
        if i > first + 2:
            rows.append(row)
            break
    return [table, len(rows)]


# inputs: [[[3, "a"], [2, "b"], [1, "c"]], 1]
# inputs: [[[3, "a"]], 9007199254740980]
# inputs: [[[3, "a"], [2, "b", "extra"]], 0]
# inputs: [[], 1.5]
# messages
