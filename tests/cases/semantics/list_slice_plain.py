# `xs[a:b]` of a list with int bounds (compiled as Array's slice): negative bounds,
# bounds past either end, None and missing bounds, and a new list each time.


def list_slices(n, k):
    xs = [v * 10 for v in range(n)]
    whole = xs[:]
    whole.append(-1)
    return [
        xs[:3], xs[2:], xs[1:4], xs[-2:], xs[:-1], xs[-100:100], xs[5:2],
        xs[k:], xs[:k], xs[-k:], xs[k:-k], xs[None:k], xs[k:None], xs[None:None],
        len(xs), whole,
    ]  # fmt: skip


# inputs: [6, 2]
# inputs: [0, 3]
# inputs: [3, -1]
# inputs: [4, 0]


def slice_then_change(xs):
    first = [x for x in xs][:2]
    first.append("new")
    return [first, xs]


# inputs: [["a", "b", "c"]]
# inputs: [[]]


def slice_bounds_in_order(n):
    seen = []

    def at(v):
        seen.append(v)
        return v

    ys = list(range(n))
    return [ys[at(1) : at(-1)], seen]


# inputs: [5]


def list_slices_int_bounds(n: int, k: int):
    xs = [str(v) for v in range(n)]
    return [xs[k:], xs[:k], xs[-k:], xs[k:-k], xs[k : k + 2], xs[len(xs) - k :]]


# inputs: [6, 2]
# inputs: [0, 3]
# inputs: [3, -1]
# inputs: [4, 9]
