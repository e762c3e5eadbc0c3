# Counting loops and list items where the types are known: range() with a step held in
# a variable, stores into a list at an int index, lists repeated by `*`.


def range_variable_step(start: int, stop: int, step: int):
    out = []
    for i in range(start, stop, step):
        out.append(i)
    return out


# inputs: [0, 10, 3]
# inputs: [10, 0, -3]
# inputs: [0, 10, -1]
# inputs: [5, 5, 2]
# inputs: [0, 3, 0]
# messages


def range_step_rebound_in_body(n: int, step: int):
    seen = []
    for i in range(0, n, step):
        seen.append(i)
        step = 100  # range() holds the step it was given
        n = 0
    return seen


# inputs: [7, 2]
# inputs: [-7, -2]


def range_arguments_evaluated_in_order(k: int):
    calls = []

    def arg(name, value):
        calls.append(name)
        return value

    total = 0
    for i in range(arg("start", 1), arg("stop", 2 * k), arg("step", k)):
        total += i
    return [total, calls]


# inputs: [3]
# inputs: [-2]


def sieve(n: int):
    flags = [True] * (n + 1)
    flags[0] = False
    if n >= 1:
        flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    primes = [k for k, p in enumerate(flags) if p]
    gaps = [q - p for p, q in zip(primes, primes[1:])]
    return f"{primes} {gaps} {sum(primes)} {max(gaps, default=0)}"


# inputs: [30]
# inputs: [1]
# inputs: [2]


def list_store_at_int(xs: list[int], i: int):
    xs[i] = 7
    return xs


# inputs: [[1, 2, 3], 0]
# inputs: [[1, 2, 3], -1]
# inputs: [[1, 2, 3], 3]
# inputs: [[1, 2, 3], -4]
# inputs: [[], 0]
# messages


def list_store_none(n: int):
    xs = [0] * n
    xs[n - 1] = None
    return xs


# inputs: [2]
# inputs: [0]
# messages


def list_augmented_at_int(n: int, i: int):
    row = [0.0] * n
    for j in range(n):
        row[j] += j / 2
    row[i] += 1
    return [row, str(row)]


# inputs: [3, 1]
# inputs: [3, -1]
# inputs: [3, 3]
# messages


def list_repeat(n: int):
    return [
        [0.0] * n,
        [1, "a"] * n,
        [None] * n,
        (1, 2) * n,
        [[]] * n,
        [] * n,
        str([0.0] * n),
    ]


# inputs: [3]
# inputs: [0]
# inputs: [-2]
# inputs: [1]


def repeated_rows_share_items(n: int):
    grid = [[0] * 2] * n
    if grid:
        grid[0][0] = 5  # every row is the same list, as in Python
    return grid


# inputs: [3]
# inputs: [0]


def matrix_product(a: list[list[float]], b: list[list[float]]):
    n, m, k = len(a), len(b[0]), len(b)
    out = []
    for i in range(n):
        res = [0.0] * m
        for p in range(k):
            for j in range(m):
                res[j] += a[i][p] * b[p][j]
        out.append(res)
    return out


# inputs: [[[1, 2], [3, 4]], [[0.5, 1], [2, 0]]]
# inputs: [[[1]], [[2]]]


# zip() of two values in a for loop: an index loop over lists and tuples, py_zip's pairs
# for other iterables, decided once before the loop.


def zip_open_types(xs, ys):
    out = []
    for x, y in zip(xs, ys):
        out.append([x, y])
    return out


# inputs: [[1, 2, 3], ["a", "b"]]
# inputs: ["abc", [1, 2, 3, 4]]
# inputs: [{"k": 1, "j": 2}, [true, false, null]]
# inputs: [[], [1]]
# inputs: [5, [1]]
# inputs: [[1], null]
# messages


def zip_with_enumerate(xs, ys):
    out = []
    for i, (x, y) in enumerate(zip(xs, ys)):
        if y is None:
            continue
        if x == "stop":
            break
        out.append(f"{i}:{x}{y}")
    else:
        out.append("ran out")
    return out


# inputs: [["a", "b", "c"], ["x", null, "z"]]
# inputs: [["a", "stop", "c"], ["x", "y", "z"]]
# inputs: ["ab", "cde"]
# inputs: [[], []]


def zip_lists_rebound_in_body(xs: list[int], ys: list[int]):
    out = []
    for x, y in zip(xs, ys):
        out.append(x + y)
        xs = [100]  # the zip holds the lists it was given
        ys.append(y)
    return out


# inputs: [[1, 2, 3], [10, 20]]


def zip_of_generators(n: int):
    seen = []

    def mark(tag, i):
        seen.append(f"{tag}{i}")
        return i

    a = (mark("a", i) for i in range(n))
    b = (mark("b", i) for i in range(2))
    pairs = []
    for x, y in zip(a, b):
        pairs.append(x * y)
    for x, y in zip((mark("c", i) for i in range(3)), [7]):
        pairs.append(x + y)
    return [pairs, seen, list(a)]


# inputs: [3]
# inputs: [1]


def running_totals(xs, ys):
    total = 0.0
    out = []
    for i, (x, y) in enumerate(zip(xs, ys)):
        total += x * y
        out.append([i, total])
    return out


# inputs: [[1.5, 2, -3], [2, 2, 2]]
# inputs: [[1, 2], ["a", "b"]]


# sum() of a generator of numbers: added up in a loop, no list of the items.


def sum_of_numbers(xs: list[float], flags: list[bool]):
    return [
        sum(1 for x in xs if x > 0),
        sum(x * 2 for x in xs),
        sum(f for f in flags),
        sum(x > 1 for x in xs),
        sum(x for x in xs if x < 0),
        sum(-0.0 for x in xs),
    ]


# inputs: [[1.5, -2, 3, 0.25], [true, false, true]]
# inputs: [[], []]
# inputs: [[-0.0], [false]]


def sum_printed(xs: list[int]):
    a = sum(x * x for x in xs)
    b = sum(x / 2 for x in xs)
    return [f"{a} {b:.1f} {sum(len(str(x)) for x in xs)}", b]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def negative_literal_indexes(xs: list[int]):
    ys = list(xs)
    ys[-1] = 0
    ys[-2] += 5
    return [xs[-1], xs[-2], ys, xs[len(xs) - 1]]


# inputs: [[1, 2, 3]]
# inputs: [[1, 2]]
# inputs: [[1]]
# inputs: [[]]
# messages


def zip_targets_in_order(xs, ys):
    seen = {}
    i = -1
    x = "before"
    for i, (x, seen[i]) in enumerate(zip(xs, ys)):
        pass
    return [i, x, seen]


# inputs: [[1, 2], ["a", "b", "c"]]
# inputs: [[], []]
# inputs: ["ab", "cd"]


def augmented_items(n: int, i: int):
    grid = [[0] * 3 for _ in range(n)]
    names = ["a"] * n
    totals = [0.0] * n
    for y in range(n):
        for x in range(3):
            grid[y][x] += x * y
            grid[y][-1] -= 1
        names[y] += "b" * y
        totals[y] += y / 4
    grid[i][0] *= 10
    return [grid, names, totals, str(totals)]


# inputs: [3, 1]
# inputs: [3, -3]
# inputs: [2, 2]
# inputs: [0, 0]
# messages


def augmented_item_value_changes_list(xs: list[int]):
    def shrink():
        xs.pop()
        return 1

    try:
        xs[len(xs) - 1] += shrink()
    except IndexError as e:
        return ["IndexError", str(e), xs]
    return xs


# inputs: [[1, 2, 3]]
# inputs: [[1]]
