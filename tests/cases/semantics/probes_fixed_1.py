# Probes: booleans from bitwise ops, duplicate keyword arguments, exception chaining, dict views, starred print, slice augmented assignment.
import json


def bool_arith(a: bool, b: bool):
    return [
        a + b,
        a - b,
        a * 3,
        str(a + b),
        a & b,
        a | b,
        str(a & b),
        str(a ^ b),
        -a,
        ~a,
    ]


# inputs: [true, false]
# inputs: [true, true]


def pop_ambiguous(x):
    return [x.pop(), x]


# inputs: [[1, 2]]
# inputs: [{"a": 1}]


def bool_ops_lit():
    t = True
    return [str(t & False), str(True | False), f"{True ^ True}"]


# inputs: []


def bool_ops_str(a: bool, b: bool):
    return [str(a & b), str(a | b), str(a ^ b), f"{a & b}", repr(a | b), str([a & b])]


# inputs: [true, false]


def kwargs_dup(d):
    def f(**kw):
        return kw

    try:
        return f(a=1, **d)
    except TypeError:
        return "TypeError"


# inputs: [{"a": 2}]
# inputs: [{"b": 2}]


def exception_in_except():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError as e:
        return [str(e), isinstance(e.__context__, KeyError)]


# inputs: []


def raise_from():
    try:
        try:
            {}["a"]
        except KeyError as e:
            raise ValueError("wrapped") from e
    except ValueError as e:
        return [str(e), isinstance(e.__cause__, KeyError)]


# inputs: []


def dict_from_pairs(pairs):
    return [
        dict(pairs),
        dict(pairs, extra=1),
        dict(zip("ab", [1, 2])),
        dict.fromkeys("aba", 0),
    ]


# inputs: [[["x", 1], ["y", 2], ["x", 3]]]
# inputs: [[[1, "a"], [1.0, "b"]]]


def dict_keys_setops(a, b):
    return [
        sorted(a.keys() & b.keys()),
        sorted(a.keys() | b.keys()),
        sorted(a.keys() - b.keys()),
        a.keys() == b.keys(),
    ]


# inputs: [{"x": 1, "y": 2}, {"y": 3, "z": 4}]


def dict_views_live(d):
    ks = d.keys()
    vs = d.values()
    d["new"] = 1
    return [list(ks), list(vs), len(ks)]


# inputs: [{"a": 0}]


def zip_strict(xs):
    return list(zip(xs, xs[1:], strict=False))


# inputs: [[3, 1, 2]]


def json_loads_bad(s):
    try:
        return json.loads(s)
    except ValueError:
        return "ValueError"


# inputs: ["{bad"]
# inputs: ["NaN"]
# inputs: [""]


def augmented_targets(d, xs):
    d["n"] += 1
    d["s"] += "x"
    xs[0] *= 2
    xs[-1] -= 1
    xs[1:2] += [9]
    d["l"] += [1]
    return [d, xs]


# inputs: [{"n": 1, "s": "a", "l": []}, [1, 2, 3]]


def star_call_generator(xs):
    return [max(*xs), list(zip(*[(1, "a"), (2, "b")])), print(*xs, sep=",")]


# inputs: [[3, 1]]


def keys_eq(a, b):
    return [
        a.keys() == b.keys(),
        a.items() == b.items(),
        a.values() == b.values(),
        list(a.keys()) == list(b.keys()),
    ]


# inputs: [{"a": 1, "b": 2}, {"b": 2, "a": 1}]


def keys_in_set(d):
    return [
        "a" in d.keys(),
        ("a", 1) in d.items(),
        1 in d.values(),
        str(d.keys()),
        repr(d.items()),
    ]


# inputs: [{"a": 1}]


def keys_view_type(d):
    k = d.keys()
    try:
        return k[0]
    except TypeError:
        return "TypeError"


# inputs: [{"a": 1}]


def print_star_in_list(xs):
    return [print(*xs, sep=",")]


# inputs: [[3, 1]]


def print_star_sep(xs):
    print(*xs, sep=",")
    return 1


# inputs: [[3, 1]]


def slice_aug(xs):
    xs[1:2] += [9]
    return xs


# inputs: [[1, 2, 3]]
