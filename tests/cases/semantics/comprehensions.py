# List/dict/set comprehensions and generator expressions, nested, with conditions.


def list_comprehensions(xs):
    return [
        [x * 2 for x in xs],
        [x for x in xs if x % 2],
        [x if x > 1 else -x for x in xs],
        [str(x) for x in xs if x if x != 3],
    ]


# inputs: [[0, 1, 2, 3, 4]]


def nested_comprehension(rows):
    return [[cell * 10 for cell in row] for row in rows]


# inputs: [[[1, 2], [3], []]]


def flatten(rows):
    return [cell for row in rows for cell in row if cell is not None]


# inputs: [[[1, null], [2, 3], []]]


def cartesian(a, b):
    return [(x, y) for x in a for y in b if x != y]


# inputs: [[1, 2], [2, 3]]


def dict_comprehensions(words):
    return [
        {w: len(w) for w in words},
        {w[0]: w for w in words},
        {i: w for i, w in enumerate(words) if i % 2 == 0},
    ]


# inputs: [["apple", "avocado", "banana"]]


def set_comprehension(words):
    return {w[0] for w in words}


# inputs: [["apple", "avocado", "banana"]]


def sorted_set_comprehension(xs):
    return sorted({x % 3 for x in xs})


# inputs: [[1, 2, 3, 4, 5, 6]]


def generator_to_containers(xs):
    gen = (x * x for x in xs)
    return [
        list(gen),
        list(gen),
        tuple(x for x in xs),
        sorted(x for x in xs),
        "".join(str(x) for x in xs),
    ]


# inputs: [[3, 1, 2]]


def comprehension_over_dict(d):
    return [
        [k for k in d],
        [v for v in d.values() if v],
        [(k, v) for k, v in sorted(d.items())],
    ]


# inputs: [{"b": 0, "a": 1, "c": 2}]


def comprehension_over_string(s):
    return [c.upper() for c in s if c not in "aeiou"]


# inputs: ["education"]


def comprehension_with_walrus(xs):
    return [y for x in xs if (y := x * 2) > 2]


# inputs: [[1, 2, 3]]


def matrix_transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]


# inputs: [[[1, 2, 3], [4, 5, 6]]]


def comprehension_closure_capture(xs):
    factor = 3
    return [(lambda v: v * factor)(x) for x in xs]


# inputs: [[1, 2]]


def nested_dict_comprehension(rows):
    return {r["id"]: {k: v for k, v in r.items() if k != "id"} for r in rows}


# inputs: [[{"id": "a", "x": 1}, {"id": "b", "y": 2}]]


def comprehension_with_function_calls(names):
    def clean(s):
        return s.strip().title()

    return [clean(n) for n in names if clean(n)]


# inputs: [["  ada ", "", " grace hopper"]]


def multiple_conditions(xs):
    return [x for x in xs if x > 0 if x % 2 == 0 if x != 4]


# inputs: [[-2, 1, 2, 4, 6]]


def generator_in_functions(rows):
    return [
        sum(r["v"] for r in rows),
        max(r["v"] for r in rows),
        min((r["v"] for r in rows), default=None),
        any(r["v"] > 5 for r in rows),
        all(r["v"] > 0 for r in rows),
        sorted((r["name"] for r in rows), reverse=True),
        len([r for r in rows if r["v"] > 1]),
        list(r["name"] for r in rows),
        dict((r["name"], r["v"]) for r in rows),
        set(r["v"] % 2 for r in rows),
    ]


# inputs: [[{"name": "a", "v": 1}, {"name": "b", "v": 7}, {"name": "c", "v": 3}]]


def generator_laziness(xs):
    seen = []

    def check(x):
        seen.append(x)
        return x > 1

    found = any(check(x) for x in xs)
    return [found, seen]


# inputs: [[0, 2, 5, 9]]
# inputs: [[0, 1]]


def comprehension_scope_sees_enclosing(xs, offset):
    return [x + offset for x in xs]


# inputs: [[1, 2], 10]


def empty_comprehensions(xs):
    return [[x for x in xs], {x: x for x in xs}, {x for x in xs}, sum(x for x in xs)]


# inputs: [[]]
