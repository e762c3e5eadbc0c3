# zip(strict=True): the pairs up to where one iterable runs out, then ValueError
# naming which; a loop's body has run for each pair by then.


def paired(names, values):
    out = []
    try:
        for n, v in zip(names, values, strict=True):
            out.append(f"{n}={v}")
    except ValueError as e:
        out.append(str(e))
    return out


# inputs: [["a", "b"], ["1", "2"]]
# inputs: [["a", "b"], ["1"]]
# inputs: [["a"], ["1", "2"]]
# inputs: [[], []]


def as_dict(keys: list[str], values: list[int]):
    return dict(zip(keys, values, strict=True))


# inputs: [["a", "b"], [1, 2]]
# inputs: [["a", "b"], [1, 2, 3]]


def three(a, b, c):
    return [x + y + z for x, y, z in zip(a, b, c, strict=True)]


# inputs: [[1], [2], [3]]
# inputs: [[1], [2], []]
# inputs: [[], [], [3]]


def not_strict(a, b):
    return list(zip(a, b, strict=False))


# inputs: [[1, 2], [3]]


# A dict's or a set's iterator raises RuntimeError at the step after its size changed,
# inside zip, before zip itself sees which argument ran out.
def dict_changed_first(d, xs):
    out = []
    try:
        for k, x in zip(d, xs, strict=True):
            d[k + "!"] = x
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    return out


# inputs: [{"a": 1}, [1, 2]]
# inputs: [{"a": 1, "b": 2}, [1]]


def set_changed_first(xs):
    s = {1, 2}
    out = []
    try:
        for a, x in zip(s, xs, strict=True):
            s.add(x + 10)
            out.append(a)
    except RuntimeError as e:
        out.append(str(e))
    return out


# inputs: [[1]]


def values_changed_second(xs):
    d = {"a": 1, "b": 2}
    out = []
    try:
        for x, v in zip(xs, d.values(), strict=True):
            d.pop("b", None)
            out.append(v)
    except (RuntimeError, ValueError) as e:
        out.append(str(e))
    return out


# inputs: [[1]]
# inputs: [[1, 2, 3]]


def dict_changed_second(xs):
    d = {"a": 1, "b": 2}
    out = []
    try:
        for x, k in zip(xs, d):
            d["z" + str(x)] = x
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    return out, len(d)


# inputs: [[1, 2]]
# inputs: [[1]]


def with_a_range(xs: list[str]):
    return [f"{i}:{x}" for i, x in zip(range(len(xs)), xs, strict=True)]


# inputs: [["a", "b"]]
