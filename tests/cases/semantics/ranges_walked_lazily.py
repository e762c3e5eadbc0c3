# A loop or a generator expression walks its range without making a list of it, also
# where the range's arguments are of open type: CPython makes the range (checking its
# arguments) when the loop starts or the generator is made, and counts through it
# lazily, so a range of 10**12 items is fine when few of them are taken.


def squares(n):
    return sum(i * i for i in range(n))


# inputs: [10]
# inputs: [0]
# inputs: [-4]
# inputs: [true]
# inputs: [2.5]
# inputs: ["3"]
# inputs: [null]


def first_multiple(k: int, big: int):
    return next(i for i in range(1, 10**big) if i % k == 0 and i > 1000)


# inputs: [7, 12]
# inputs: [1, 15]


def stepped(a, b, c):
    return list(x * 2 for x in range(a, b, c))


# inputs: [0, 10, 3]
# inputs: [10, 0, -3]
# inputs: [10, 0, 3]
# inputs: [0, 5, 0]
# inputs: [0, 5, 1.5]
# inputs: [-10, -1, 4]


def made_before_used(n, step):
    """The range's arguments are checked where the generator is made, before the
    keyword of max is evaluated and before anything is taken from it."""
    seen = []
    gen = (i for i in range(0, n, step))
    seen.append("made")
    try:
        return max(gen, key=lambda v: -v), seen
    except ValueError as e:
        return str(e), seen


# inputs: [10, 3]
# inputs: [10, 0]
# inputs: [0, 1]
# messages


def step_zero_first(n, step):
    log = []

    def key(v):
        log.append(v)
        return v

    try:
        return min((i for i in range(0, n, step)), key=key(0)), log
    except (ValueError, TypeError) as e:
        return type(e).__name__, log


# inputs: [5, 0]
# inputs: [5, 2]


def rebound_inside(n: int):
    total = 0
    for v in (n + i for i in range(n, n + 3)):
        n = 100
        total += v
    return total, n


# inputs: [4]


def decides_early(n: int):
    return any(i * i > 50 for i in range(10**12)), all(
        i < n for i in range(0, 10**15, 7)
    )


# inputs: [30]
# inputs: [0]


def nested(n: int):
    return sum(sum(j for j in range(i)) for i in range(n)), [
        list(j for j in range(i, 0, -2)) for i in range(n)
    ]


# inputs: [5]
# inputs: [0]


def extremes(a, b):
    return min(i % 7 for i in range(a, b)), max((i for i in range(a, b, 3)), default=-1)


# inputs: [3, 40]
# inputs: [40, 3]
# inputs: [-20, -2]


def first_past(limit, start, stop, step):
    for i in range(start, stop, step):
        if i % 7 == 3 and abs(i - start) > limit:
            return i
    else:
        return None


# inputs: [50, 0, 1000000000000, 1]
# inputs: [50, 1000000000000, 0, -3]
# inputs: [50, 0, 10, 0]
# inputs: [50, 0, 10.5, 1]
# inputs: [50, 0, 5, 1]
# inputs: [50, true, 100, 7]


def last_index(n):
    i = "unset"
    for i in range(n):
        pass
    return i


# inputs: [4]
# inputs: [0]
# inputs: [-2]
# inputs: [null]


def listed(a, b):
    return [i for i in range(a, b) if i % 4 == 1], [
        i * j for i in range(a) for j in range(i, b)
    ]


# inputs: [3, 9]
# inputs: [9, 3]
# inputs: [false, 2]


def summed_open(items, n):
    return sum(items[i] for i in range(n)), sum(items[i] for i in range(0, n, 2))


# inputs: [[1, 2.5, 3], 3]
# inputs: [["a", "b"], 2]
# inputs: [[[1], [2]], 2]
# inputs: [[1, 2], 5]
