# Probes: starred and nested targets in comprehensions and loops.
def star_targets_in_comprehension(rows):
    return [[a, b] for a, *b in rows], {k: rest for k, *rest in rows}


# inputs: [[[1, 2, 3], [4], [5, 6]]]


def nested_targets_with_enumerate(pairs):
    out = []
    for i, (a, (b, c)) in enumerate(pairs, 1):
        out.append(i * 100 + a * 10 + b + c)
    return out


# inputs: [[[1, [2, 3]], [4, [5, 6]]]]


def unpack_string_and_dict_in_loop(d):
    return [(k, first, rest) for k, (first, *rest) in d.items()]


# inputs: [{"ab": "xyz", "c": "q"}]


def unpack_errors_in_loop(rows):
    out = []
    for row in rows:
        try:
            a, b = row
            out.append([a, b])
        except ValueError:
            out.append("ValueError")
        except TypeError:
            out.append("TypeError")
    return out


# inputs: [[[1, 2], [1], [1, 2, 3], "ab", "abc", 5, null]]


def swap_in_list(xs):
    xs[0], xs[-1] = xs[-1], xs[0]
    i, j = 1, 2
    xs[i], xs[j] = xs[j], xs[i]
    return xs


# inputs: [[1, 2, 3, 4]]


def unpack_into_dict_and_list_targets(d, xs):
    d["a"], xs[0], *rest = [1, 2, 3, 4]
    return [d, xs, rest]


# inputs: [{}, [0]]


def _type_name(v):
    return "list" if isinstance(v, list) else "other"


def starred_middle_empty(xs):
    a, *mid, b = xs
    return [a, mid, b, _type_name(mid)]


# inputs: [[1, 2]]
# inputs: [[1, 2, 3]]
# inputs: ["ab"]
