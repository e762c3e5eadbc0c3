# while/for with else, break/continue, range loops, loop variables.


def for_else_found(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            result = f"found at {i}"
            break
    else:
        result = "not found"
    return result


# inputs: [[1, 2, 3], 2]
# inputs: [[1, 2, 3], 9]
# inputs: [[], 1]


def while_else(n):
    i = 0
    log = []
    while i < n:
        i += 1
        if i == 3:
            log.append("break")
            break
    else:
        log.append("else")
    return [i, log]


# inputs: [2]
# inputs: [5]
# inputs: [0]


def continue_skips(xs):
    out = []
    for x in xs:
        if x % 2 == 0:
            continue
        if x > 7:
            break
        out.append(x)
    return out


# inputs: [[1, 2, 3, 4, 5, 9, 11]]


def nested_loops_break_inner(n):
    pairs = []
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            pairs.append((i, j))
    return pairs


# inputs: [3]


def nested_for_else(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return [r, c]
    return None


# inputs: [[[1, 2], [3, 4]], 4]
# inputs: [[[1, 2], [3, 4]], 5]


def while_true_with_break(n):
    steps = 0
    while True:
        if n == 1:
            break
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


# inputs: [27]
# inputs: [1]


def range_loop_variants(n):
    a = [i for i in range(n, 0, -2)]
    b = 0
    for i in range(1, n + 1):
        b += i
    c = []
    for i in range(0):
        c.append(i)
    return [a, b, c]


# inputs: [7]


def loop_over_mutating_list(xs):
    out = []
    for x in xs:
        out.append(x)
        if x == 1:
            xs.append(99)
    return out


# inputs: [[1, 2]]


def loop_variable_reassignment(xs):
    out = []
    for x in xs:
        x = x * 10
        out.append(x)
    return [xs, out]


# inputs: [[1, 2]]


def range_variable_modified_in_body(n):
    out = []
    for i in range(n):
        out.append(i)
        i += 10
    return out


# inputs: [3]


def for_over_tuple_and_string(t, s):
    out = []
    for x in tuple(t):
        out.append(x)
    for ch in s:
        out.append(ch)
    return out


# inputs: [[1, 2], "ab"]


def for_over_dict_items_sorted(d):
    lines = []
    for key, value in sorted(d.items(), key=lambda kv: -kv[1]):
        lines.append(f"{key}: {value}")
    return lines


# inputs: [{"a": 1, "b": 3, "c": 2}]


def while_with_continue(n):
    i = 0
    total = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        total += i
    return total


# inputs: [10]


def early_return_in_loop(xs):
    for x in xs:
        if x < 0:
            return x
    return None


# inputs: [[1, -2, -3]]
# inputs: [[1, 2]]


def empty_loop_else(xs):
    for _ in xs:
        pass
    else:
        return "else ran"


# inputs: [[]]
# inputs: [[1]]


def loop_with_index_arithmetic(xs):
    diffs = []
    for i in range(1, len(xs)):
        diffs.append(xs[i] - xs[i - 1])
    return diffs


# inputs: [[1, 4, 9, 16]]


def pass_statement(x):
    if x:
        pass
    else:
        x = "was falsy"
    return x


# inputs: [0]
# inputs: [1]


def enumerate_anything(items, start):
    out = []
    for i, v in enumerate(items):
        if i == 3:
            continue
        out.append((i, v))
    for i, v in enumerate(items, start):
        out.append(i)
    return out


# inputs: [[10, 20, 30, 40, 50], 5]
# inputs: ["héllo", -2]
# inputs: [{"a": 1, "b": 2}, 0]
# inputs: [5, 0]
# inputs: [null, 0]
# inputs: [[1], 1.5]


def enumerate_a_generator_left_open(n: int):
    squares = (k * k for k in range(n))
    seen = []
    for i, sq in enumerate(squares):
        seen.append((i, sq))
        if i == 1:
            break
    return [seen, list(squares), [i for i, c in enumerate("ab", 10)]]


# inputs: [5]
# inputs: [0]


def change_size_while_walking(d: dict, xs: list):
    out = []
    try:
        for k in d:
            if k == "a":
                d["added"] = 1
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    seen = set(xs)
    try:
        for x in seen:
            seen.discard(x)
    except RuntimeError as e:
        out.append(str(e))
    try:
        for k, v in d.items():
            d.pop(k)
    except RuntimeError as e:
        out.append(str(e))
    for k in d:
        d[k] = 0  # same size: allowed
    out.append(sorted(d.items()))
    for k in list(d):
        del d[k]
    out.append(len(d))
    for k in d:
        break
    for x in xs:
        xs.append(x) if len(xs) < 5 else None
    out.append(xs)
    return out


# inputs: [{"a": 1, "b": 2}, [1, 2]]
# inputs: [{"b": 2}, []]


def change_size_through_another_name(d: dict, other: dict, xs: list):
    out = []
    alias = d
    try:
        for k in d:
            alias[k + "!"] = 1
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    try:
        more = set(xs)
        also = more
        for x in more:
            also |= {x + 100}
    except RuntimeError as e:
        out.append(str(e))
    try:
        for k in other:
            d[k] = 0  # another dict, unless the caller gave the same one
    except RuntimeError as e:
        out.append(str(e))
    made = {x: x for x in xs}
    copy = dict(made)
    for k in made:
        copy[k * 2] = k  # its own object: no check needed, none raised
    out.append(len(copy))
    return [out, sorted(d)]


# inputs: [{"a": 1, "b": 2}, {"z": 0}, [1, 2, 3]]
# inputs: [{}, {}, []]
