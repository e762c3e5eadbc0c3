# sum(), min() and max() of a generator expression run as one loop over the items, with
# no list of them: the results, the errors and which of equal items wins are CPython's.


def over_records(rows):
    return [
        sum(r["amount"] for r in rows),
        min(r["amount"] for r in rows),
        max(r["amount"] for r in rows if r["amount"] < 100),
        min(r["name"] for r in rows),
        max((r["amount"], r["name"]) for r in rows),
    ]


# inputs: [[{"amount": 5, "name": "b"}, {"amount": 2.5, "name": "a"}, {"amount": 5, "name": "c"}]]
# inputs: [[{"amount": 1, "name": "x"}]]


def errors(xs):
    out = []
    for make in (
        lambda: sum(x for x in xs),
        lambda: min(x for x in xs),
        lambda: max(x for x in xs),
    ):
        try:
            out.append(make())
        except TypeError as e:
            out.append("TypeError: " + str(e))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    return out


# inputs: [[]]
# inputs: [["a", 1]]
# inputs: [[1, "a"]]
# inputs: [[null, 1]]
# inputs: [[true, 2, false]]
# inputs: [[[1, 2], [1], [0, 9]]]
# inputs: [["b", "a", "c"]]


def typed_items(xs: list[float], n: int):
    return [
        min(x * 2 for x in xs),
        max(abs(x) for x in xs),
        str(min(x / 2 for x in xs)),
        max(i * n for i in range(5)),
        min(len(f"{x:.1f}") for x in xs),
    ]


# inputs: [[1.5, -3, 2], 3]
# inputs: [[0, -0.5], -1]


def nested_and_filtered(grid):
    return [
        sum(v for row in grid for v in row if v > 0),
        max(v for row in grid for v in row),
        min(sum(row) for row in grid),
    ]


# inputs: [[[1, -2, 3], [4.5], [0]]]


def first_of_equals_wins(xs):
    best = min(x for x in xs)
    worst = max(x for x in xs)
    return [best is xs[0], worst is xs[0], best, worst]


# inputs: [[[1], [1], [0, 1]]]
# inputs: [[[2], [2]]]
