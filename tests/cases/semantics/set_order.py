# Sets of ints iterate in CPython's hash-table order, whatever built them.


def set_orders(xs):
    s = set(xs)
    return [str(s), list(s), [x for x in s], str({3, 1, 2}), list({10, 1, 5})]


# inputs: [[3, 1, 2]]
# inputs: [[100, 7, 64, 9]]
# inputs: [[-3, 17, 1, 9, 33, 2, 8]]


def set_order_through_operations(xs: list[int], ys: list[int]):
    a, b = set(xs), set(ys)
    out = [list(a | b), list(a & b), list(a - b), list(b - a), list(a ^ b)]
    c = {x * 3 % 50 for x in xs}
    out.append(list(c))
    for y in ys:
        c.add(y)
    c.discard(xs[0] if xs else 0)
    out.append(repr(c))
    total = []
    for v in c:
        total.append(v)
    out.append(total)
    out.append(sorted(c) == sorted(total))
    return out


# inputs: [[5, 64, 12, 1, 40], [64, 3, 99, 7]]
# inputs: [[], [8, 16, 24]]


def deduplicated_options(values):
    return [{"label": str(v), "value": v} for v in set(values)]


# inputs: [[30, 10, 20, 10, 30, 5]]


def set_returned_to_dash(xs):
    return {"unique": list(set(xs)), "count": len(set(xs))}


# inputs: [[9, 1, 9, 17]]
