# Probes: loops that mutate what they iterate, for/while else, break/continue with finally.
def append_while_iterating(xs):
    out = []
    for x in xs:
        out.append(x)
        if x < 3:
            xs.append(x + 10)
    return [out, xs]


# inputs: [[1, 2, 5]]


def remove_while_iterating(xs):
    seen = []
    for x in xs:
        seen.append(x)
        if x % 2 == 0:
            xs.remove(x)
    return [seen, xs]


# inputs: [[1, 2, 4, 5, 6]]


def reassign_loop_list(xs):
    out = []
    for x in xs:
        out.append(x)
        xs = [99]
    return [out, xs]


# inputs: [[1, 2, 3]]


def modify_loop_var(n: int):
    out = []
    for i in range(n):
        out.append(i)
        i += 10
        out.append(i)
    return out


# inputs: [3]


def range_bound_evaluated_once(n: int):
    out = []
    for i in range(n):
        n -= 1
        out.append(i)
    return [out, n]


# inputs: [4]


def for_else_variants(xs, target):
    r = []
    for x in xs:
        if x == target:
            r.append("found")
            break
    else:
        r.append("not found")
    i = 0
    while i < len(xs):
        i += 1
        if xs[i - 1] == target:
            break
    else:
        r.append("while exhausted")
    for x in []:
        pass
    else:
        r.append("empty else")
    return r


# inputs: [[1, 2, 3], 2]
# inputs: [[1, 2, 3], 9]
# inputs: [[], 1]


def continue_in_finally_loop(xs):
    out = []
    for x in xs:
        try:
            if x == 2:
                continue
            out.append(x)
        finally:
            out.append("f")
    return out


# inputs: [[1, 2, 3]]


def break_in_nested_with_else(grid):
    hits = []
    for row in grid:
        for v in row:
            if v < 0:
                hits.append("neg")
                break
        else:
            hits.append("clean")
            continue
        hits.append("after-break")
    return hits


# inputs: [[[1, 2], [3, -1, 4], []]]


def while_with_complex_condition(xs):
    i = 0
    out = []
    while i < len(xs) and xs[i] != "stop" or i == 0:
        out.append(xs[i] if xs else None)
        i += 1
        if i > 10:
            break
    return out


# inputs: [["a", "b", "stop", "c"]]
# inputs: [["stop"]]


def string_iteration_building(s):
    out = ""
    for ch in s:
        if ch.isupper():
            out += "_" + ch.lower()
        else:
            out += ch
    return out


# inputs: ["camelCaseString"]
# inputs: ["ÉtéÀ"]


def iterate_dict_values_modify(d):
    for k in d:
        d[k] = d[k] * 2
    return d


# inputs: [{"a": 1, "b": "x"}]


def nested_loop_same_var(n: int):
    out = []
    for i in range(n):
        for i in range(i):
            out.append(i)
        out.append(i if n else None)
    return out


# inputs: [3]


def loop_over_tuple_of_lists(a, b):
    total = []
    for lst in (a, b):
        lst.append(0)
        total += lst
    return [total, a, b]


# inputs: [[1], [2]]


def return_inside_loop_in_try(xs):
    log = []

    def f():
        for x in xs:
            try:
                if x > 1:
                    return x
            finally:
                log.append(x)
        return None

    return [f(), log]


# inputs: [[1, 2, 3]]


def while_true_with_return_in_finally(n: int):
    i = 0
    while True:
        try:
            i += 1
            if i >= n:
                break
        finally:
            if i == 2:
                i += 10
    return i


# inputs: [5]
# inputs: [1]
