import json

# Attributes, unbound builtin methods, bool operators, exact ints, slice augmented
# assignment and print with a starred argument.


def attr_length(xs):
    try:
        return xs.length
    except AttributeError:
        return "AttributeError"


# inputs: [[1, 2]]
# inputs: ["ab"]
# inputs: [{"length": 3}]


def method_missing(xs):
    try:
        return xs.push(3)
    except AttributeError as e:
        return [str(e), xs]


# inputs: [[1]]
# inputs: ["abc"]
# messages


def exception_args(x):
    try:
        raise ValueError(x, 2)
    except ValueError as e:
        return list(e.args)


# inputs: ["v"]


def slice_aug(xs):
    xs[1:2] += [9]
    return xs


# inputs: [[1, 2, 3]]


def item_iadd_is_in_place(xs):
    inner = xs[0]
    xs[0] += [9]
    return [inner, xs]


# inputs: [[[1], [2]]]


def counts_by_fromkeys(s):
    counts = dict.fromkeys(s, 0)
    for ch in s:
        counts[ch] += 1
    return counts


# inputs: ["abca"]


def bool_ops_str(a: bool, b: bool):
    return [str(a & b), str(a | b), str(a ^ b), f"{a & b}", repr(a | b), str([a & b])]


# inputs: [true, false]
# inputs: [true, true]


def factorial_overflow(n: int):
    total = 1
    for i in range(1, n + 1):
        total *= i
    return [total, str(total)]


# inputs: [10]
# inputs: [18]


def print_star_sep(xs):
    print(*xs, sep=",")
    print("a", *xs)
    return 1


# inputs: [[3, 1]]


def unbound_methods(words):
    return list(map(str.upper, words)) + [str.lower("AB"), str.join("-", words)]


# inputs: [["x", "y"]]


def pop_without_key(d):
    try:
        return d.pop()
    except TypeError as e:
        return str(e)


# inputs: [{"a": 1}]
# messages


def format_builtin_with_spec(x: float):
    return [format(x, ".2f"), format(x, "e")]


# inputs: [2.5]
# inputs: [2]


def cause_and_context():
    try:
        try:
            {}["a"]
        except KeyError as e:
            raise ValueError("wrapped") from e
    except ValueError as e:
        return [
            repr(e.__cause__),
            repr(e.__context__),
            e.__suppress_context__,
            isinstance(e.__cause__, KeyError),
        ]


# inputs: []


def context_without_from():
    try:
        try:
            [][0]
        except IndexError:
            raise ValueError("inside")
    except ValueError as e:
        return [e.__cause__ is None, repr(e.__context__), e.__suppress_context__]


# inputs: []


def from_none():
    try:
        try:
            [][0]
        except IndexError:
            raise ValueError("x") from None
    except ValueError as e:
        return [e.__cause__ is None, e.__suppress_context__]


# inputs: []


def duplicate_keyword(d):
    def f(**kw):
        return kw

    try:
        return f(a=1, **d)
    except TypeError:
        return "TypeError"


# inputs: [{"a": 2}]
# inputs: [{"b": 2}]


def format_with_unpacking(s, n: int):
    return ["{} {}".format(*[s, n]), "{a} {b}".format(**{"a": 1, "b": s})]


# inputs: ["ab", 7]


def json_dumps_of_floats(n: int):
    import_free = [n / 2, n / 1]
    return [json.dumps(n / 2), json.dumps(import_free), json.dumps({"half": n / 2})]


# inputs: [4]
# inputs: [3]


def negated_int_zero(n: int):
    return [f"{-n:.1f}", str(-n), -n, f"{-n}"]


# inputs: [0]
# inputs: [3]
