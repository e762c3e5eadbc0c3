# `zip(xs, xs[1:])` over lists: the slice is read from the list in place where nothing
# in the loop can change a list, and copied as Python does where something may.


def steps_between(n):
    xs = [v * v for v in range(n)]
    return [b - a for a, b in zip(xs, xs[1:])]


# inputs: [6]
# inputs: [1]
# inputs: [0]


def slice_bounds(n):
    xs = [v * 10 for v in range(n)]
    ys = tuple(xs)
    return [
        [(a, b) for a, b in zip(xs[:-1], xs[1:])],
        [(a, b) for a, b in zip(xs, xs[2:5])],
        [(a, b) for a, b in zip(xs[1:-1], xs)],
        [(a, b) for a, b in zip(xs[7:], xs)],
        [(a, b) for a, b in zip(xs[:2], xs[3:])],
        [(a, b) for a, b in zip(ys, ys[1:])],
        [(i, a, b) for i, (a, b) in enumerate(zip(xs, xs[:-2]))],
    ]


# inputs: [6]
# inputs: [2]
# inputs: [0]


def for_loop_reads(n):
    xs = [v % 4 for v in range(n)]
    ups = 0
    for prev, cur in zip(xs, xs[1:]):
        if cur > prev:
            ups += 1
    for i, (prev, cur) in enumerate(zip(xs, xs[1:])):
        ups += i if cur == prev else 0
    return ups


# inputs: [9]
# inputs: [0]


def body_appends_to_the_list(n):
    xs = list(range(n))
    pairs = []
    for a, b in zip(xs, xs[1:]):
        pairs.append((a, b))
        xs.append(a)  # the copy does not grow: the loop stops after n - 1 steps
    return [pairs, len(xs)]


# inputs: [4]
# inputs: [0]


def body_changes_an_item(n):
    xs = list(range(n))
    out = []
    for a, b in zip(xs, xs[1:]):
        xs[1] = 99  # seen by xs's own iterator, not by the copy
        out.append([a, b])
    return out


# inputs: [4]


def comprehension_pops(n):
    xs = list(range(n))
    return [(a, b, xs.pop()) for a, b in zip(xs, xs[1:])]


# inputs: [6]


def extended_in_place(n):
    xs = list(range(n))
    ys = xs
    out = []
    for a, b in zip(xs, xs[1:]):
        ys += [a]
        out.append(b)
    return [out, xs]


# inputs: [4]


def generator_run_inside(n):
    xs = list(range(n))
    grow = (xs.append(-1) for _ in range(2))
    return [[a, b, len(list(grow))] for a, b in zip(xs, xs[1:])]


# inputs: [4]


def generator_tested_with_in(n):
    xs = list(range(n))
    grow = (xs.append(-1) or v for v in range(3))
    return [[a, b] for a, b in zip(xs, xs[1:]) if 2 not in grow]


# inputs: [4]


def lazy_consumer_changes_the_list(n):
    xs = list(range(n))
    pairs = ((a, b) for _ in range(1) for a, b in zip(xs, xs[1:]))
    out = []
    for pair in pairs:
        out.append(pair)
        xs.append(7)
    return out


# inputs: [4]


def key_function_changes_the_list(n):
    xs = list(range(n))

    def bump(v):
        xs.append(v)
        return v

    return [sorted([a, b], key=bump) for a, b in zip(xs, xs[1:])]


# inputs: [3]


def nested_loops_read(n):
    xs = [v * 3 % 7 for v in range(n)]
    return [
        [a, b, [c for c in range(a) if c in xs], max(a, b), str(b).zfill(2)]
        for a, b in zip(xs, xs[1:])
        if a != b
    ]


# inputs: [6]


# A list only its own name reaches: the loop's other calls cannot change it.


def skip_the_header(text: str):
    lines = text.strip().split("\n")
    rows = []
    for line in lines[1:]:
        rows.append(line.split(","))
    lines.append("after")
    return [rows, lines]


# inputs: ["a,b\n1,2\n3,4"]
# inputs: ["only"]


def changed_by_its_name_in_the_loop(n):
    xs = list(range(n))
    out = []
    for x in xs[1:]:
        out.append(x)
        if x == 1:
            xs.append(9)
            xs[2] = -1
    return [out, xs]


# inputs: [4]


def changed_through_an_alias(n):
    xs = list(range(n))
    ys = xs
    out = []
    for x in xs[1:]:
        ys.append(x)
        out.append(x)
    return [out, xs]


# inputs: [4]


def _grow(items):
    items.append(len(items))
    return items[-1]


def changed_by_a_helper(n):
    xs = [v for v in range(n)]
    out = []
    for a, b in zip(xs, xs[1:]):
        out.append([a, b])
        if a < 10:
            _grow(xs)
    return [out, xs]


# inputs: [3]


def changed_by_a_nested_function(n):
    xs = list(range(n))

    def grow():
        xs.append(-1)

    out = []
    for x in xs[1:]:
        grow()
        out.append(x)
    return [out, len(xs)]


# inputs: [3]


def changed_by_a_generator(n):
    xs = list(range(n))
    gen = (xs.append(v) for v in range(100))
    out = []
    for x in xs[1:]:
        next(gen)
        out.append(x)
    return [out, len(xs)]


# inputs: [3]


def changed_through_a_container(n):
    xs = list(range(n))
    box = {"xs": xs}
    out = []
    for x in xs[1:]:
        box["xs"].append(x)
        out.append(x)
    return [out, len(xs)]


# inputs: [3]


def changed_through_a_kept_method(n):
    xs = list(range(n))
    push = xs.append
    out = []
    for x in xs[1:]:
        push(x)
        out.append(x)
    return [out, len(xs)]


# inputs: [3]


def returned_by_a_lambda(n):
    xs = list(range(n))
    get = lambda: xs  # noqa: E731
    out = []
    for x in xs[1:]:
        get().append(x)
        out.append(x)
    return [out, len(xs)]


# inputs: [3]


def rebound_to_a_shared_list(rows: list[int]):
    xs = list(range(3))
    if rows:
        xs = rows
    out = []
    for x in xs[1:]:
        rows.append(x)
        out.append(x)
    return [out, len(rows)]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def sorted_copy_read_with_items_changed(records):
    ordered = sorted(records, key=lambda r: r["t"])
    steps = []
    for prev, cur in zip(ordered, ordered[1:]):
        cur["gap"] = cur["t"] - prev["t"]
        steps.append(cur["gap"])
    return [steps, records]


# inputs: [[{"t": 5}, {"t": 1}, {"t": 3}]]


def printed_beside_the_steps(n):
    xs = list(range(n))
    steps = []
    for a, b in zip(xs, xs[2:]):
        steps.append(b - a)
    shown = repr([steps, xs])
    return f"{shown} {[xs]}"


# inputs: [5]
