# Walrus, conditional expressions, is/is not, augmented assignment.


def walrus_in_if(xs):
    if (n := len(xs)) > 2:
        return f"long ({n})"
    return f"short ({n})"


# inputs: [[1, 2, 3]]
# inputs: [[]]


def walrus_in_while(xs):
    out = []
    i = 0
    while (item := xs[i] if i < len(xs) else None) is not None:
        out.append(item * 2)
        i += 1
    return out


# inputs: [[1, 2, 3]]


def walrus_value(x):
    y = (z := x + 1) * 2
    return [y, z]


# inputs: [4]


def conditional_expressions(x):
    a = "pos" if x > 0 else "neg" if x < 0 else "zero"
    b = (x if x else "falsy") if x is not None else "none"
    return [a if x is not None else "none", b]


# inputs: [3]
# inputs: [-2]
# inputs: [0]


def conditional_evaluates_one_branch(x):
    calls = []

    def f(tag):
        calls.append(tag)
        return tag

    r = f("then") if x else f("else")
    return [r, calls]


# inputs: [1]
# inputs: [0]


def and_or_short_circuit(x):
    calls = []

    def f(v):
        calls.append(v)
        return v

    r = f(x) and f("second") or f("third")
    return [r, calls]


# inputs: [1]
# inputs: [0]
# inputs: [""]


def augmented_assignment(x):
    a = x
    a += 3
    a -= 1
    a *= 2
    b = a
    b /= 4
    c = a
    c //= 3
    d = a
    d %= 5
    e = 2
    e **= 5
    f = 12
    f &= 10
    f |= 1
    f ^= 3
    g = 1
    g <<= 4
    g >>= 1
    return [a, b, c, d, e, f, g]


# inputs: [4]
# inputs: [-7]


def augmented_on_containers(xs):
    ys = xs
    ys += [9]
    s = "ab"
    s += "c"
    s *= 2
    t = (1,)
    t += (2,)
    d = {"n": 1}
    d["n"] += 5
    xs[0] += 100
    return [xs, ys is xs, s, t, d]


# inputs: [[1, 2]]


def augmented_subscript_evaluates_once(xs):
    calls = []

    def idx():
        calls.append(1)
        return 0

    xs[idx()] += 1
    return [xs, len(calls)]


# inputs: [[5]]


def is_and_is_not(x):
    return [x is None, x is not None, x is True, x is False, x is not False]


# inputs: [null]
# inputs: [true]
# inputs: [false]
# inputs: [0]
# inputs: [1]


def string_concat_augmented(words):
    out = ""
    for w in words:
        out += w + " "
    return out.strip()


# inputs: [["a", "b", "c"]]


def counter_in_dict(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    counts["total"] = 0
    for w in words:
        counts["total"] += 1
    return counts


# inputs: [["x", "y", "x"]]


def conditional_in_call_args(x):
    return max(x if x > 0 else 0, 1 if x else 2)


# inputs: [5]
# inputs: [-5]
# inputs: [0]


def tuple_literals(x):
    empty = ()
    one = (x,)
    two = x, x + 1
    return [empty, one, two, len(two), two[0], one + two]


# inputs: [1]


def tuple_in_results(d):
    return tuple(sorted(d.items()))


# inputs: [{"b": 1, "a": 2}]


def tuple_hashable_in_set(points):
    return sorted({tuple(p) for p in points})


# inputs: [[[1, 2], [1, 2], [0, 5]]]
