# A read by index of a value of open type tests once, before a loop that never rebinds
# the value, that it is a list (invariant_tests.py); anywhere the loop may rebind it,
# each read tests again.


def reads_in_loops(grid, rows):
    out = []
    for i in range(len(rows)):
        row = grid[i % len(grid)]
        for j in range(2):
            out.append(row[j])
    k = 0
    while k < 2:
        out.append(rows[k])
        k += 1
    else:
        out.append(rows[-1])
    return out


# inputs: [[[1, 2], [3, 4]], [5, 6, 7]]
# inputs: [["ab", "cd"], "xyz"]
# inputs: [[{"0": 1}], [1, 2]]


def rebound_in_the_loop(xs, ys):
    out = []
    for i in range(3):
        out.append(xs[0])
        xs = ys if i % 2 == 0 else "str"
    return out


# inputs: [[1, 2], [3, 4]]


def rebound_by_a_walrus_in_a_comprehension(xs, ys):
    out = []
    for i in range(2):
        out.append(xs[0])
        [(xs := y) for y in [ys]]
    return out


# inputs: [[1], "ab"]


def rebound_by_a_nested_function(xs):
    def swap():
        nonlocal xs
        xs = "ab"

    out = []
    for i in range(2):
        out.append(xs[0])
        swap()
    return out


# inputs: [[1, 2]]


def rebound_by_an_except_clause(xs):
    out = []
    for i in range(2):
        out.append(xs[0] if not isinstance(xs, Exception) else "exc")
        try:
            raise ValueError(i)
        except ValueError as xs:
            out.append(str(xs))
    return out


# inputs: [[1, 2]]


def grown_in_the_loop(xs):
    for i in range(3):
        xs.append(xs[i] * 2)
    return xs


# inputs: [[1]]
# inputs: ["a"]
