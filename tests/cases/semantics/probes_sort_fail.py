# Probes: the list after a failing sort, and key call counts.
def sort_key_raises_list_unchanged(xs):
    ys = list(xs)
    try:
        ys.sort(key=lambda v: 10 // v)
    except ZeroDivisionError:
        pass
    return ys


# inputs: [[3, 1, 0, 2]]


def sort_compare_fails_list_state(xs):
    ys = list(xs)
    try:
        ys.sort()
    except TypeError:
        return ["TypeError", sorted(map(str, ys))]
    return ys


# inputs: [[3, "a", 1]]


def key_called_once_per_item(xs):
    calls = []

    def k(v):
        calls.append(v)
        return v

    sorted(xs, key=k)
    max(xs, key=k)
    min(xs, key=k)
    return len(calls)


# inputs: [[5, 3, 9, 1, 7]]
