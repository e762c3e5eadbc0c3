# Probes: builtins called with unusual arguments.
def fmt_dynamic_spec(x, w):
    return f"{x:{w}}"


# inputs: [2, ".1f"]
# inputs: [2.5, ""]


def star_index(d):
    try:
        return d[*[1]]
    except (KeyError, TypeError) as e:
        return isinstance(e, KeyError)


# inputs: [{"a": 1}]
# inputs: [[1, 2]]


def sorted_cmp(d):
    try:
        return sorted(d, cmp=None)
    except TypeError:
        return "TypeError"


# inputs: [[2, 1]]


def bin_float(d: float):
    try:
        return bin(d)
    except TypeError:
        return "TypeError"


# inputs: [2.5]


def str_decoding(d):
    try:
        return str(d, "utf-8")
    except TypeError:
        return "TypeError"


# inputs: ["abc"]


def print_file_none(d):
    print(d, file=None)
    print(d, flush=True)
    return 1


# inputs: ["x"]


def int_base_open(d, b):
    try:
        return int(d, b)
    except (ValueError, TypeError) as e:
        return isinstance(e, ValueError)


# inputs: ["ff", 16]
# inputs: ["0x1f", 16]
# inputs: ["0b101", 0]
# inputs: ["z", 10]
# inputs: ["12", 1]
# inputs: [12, 10]
# inputs: [" -7_0 ", 8]


def hex_oct_bin_bool(b: bool):
    return [hex(b), bin(True), oct(False), chr(65 + b)]


# inputs: [true]


def builtins_on_strings(s):
    return [
        sorted(s),
        max(s),
        min(s),
        list(reversed(s)),
        set(s) == set("".join(sorted(s))),
        sum(map(ord, s)),
        any(s),
        all(s),
        list(enumerate(s)),
    ]


# inputs: ["bca"]
# inputs: [""]


def len_of_everything(x):
    try:
        return len(x)
    except TypeError:
        return "TypeError"


# inputs: [[1, 2]]
# inputs: [{"a": 1, "b": 2}]
# inputs: ["héllo😀"]
# inputs: [5]
# inputs: [true]
# inputs: [null]


def range_edge(a, b, c):
    try:
        r = range(a, b, c)
        return [
            list(r),
            len(r),
            list(r)[0] if len(r) else None,
            list(r)[-1] if len(r) else None,
            list(r[::2]),
            list(reversed(r)),
        ]
    except (ValueError, TypeError, IndexError) as e:
        return isinstance(e, ValueError)


# inputs: [0, 10, 3]
# inputs: [10, 0, -3]
# inputs: [0, 0, 1]
# inputs: [0, 10, 0]
# inputs: [5, 1, 1]
# inputs: [-5, 5, 4]


def range_float(a):
    try:
        return list(range(a))
    except TypeError:
        return "TypeError"


# inputs: [2.5]
# inputs: [3]


def enumerate_zip_edges(xs, ys):
    return [
        list(zip()),
        list(zip(xs)),
        list(enumerate([])),
        dict(zip(xs, ys)),
        list(zip(*[xs, ys])),
    ]


# inputs: [[1, 2, 3], ["a", "b"]]


def list_constructor_edges(x):
    return [list(x), tuple(x), sorted(set(x))]


# inputs: ["abc"]
# inputs: [{"b": 1, "a": 2}]
# inputs: [[3, 1]]


def dict_constructor_errors(x):
    try:
        return dict(x)
    except (TypeError, ValueError) as e:
        return isinstance(e, ValueError)


# inputs: [[["a", 1]]]
# inputs: [[["a", 1, 2]]]
# inputs: [["ab"]]
# inputs: [[1]]
# inputs: [{"a": 1}]


def bool_constructor(x):
    return [bool(x), bool(), int(), float(), str(), list(), dict(), tuple(), len(set())]


# inputs: ["False"]
# inputs: [0.0]


def isinstance_variety(x):
    return [
        isinstance(x, list),
        isinstance(x, tuple),
        isinstance(x, dict),
        isinstance(x, set),
        isinstance(x, (list, tuple)),
        isinstance(x, str),
        isinstance(x, bool),
        isinstance(x, Exception),
    ]


# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: ["s"]
# inputs: [false]
# inputs: [null]


def isinstance_of_built(n: int):
    return [
        isinstance((n,), tuple),
        isinstance((n,), list),
        isinstance({n}, set),
        isinstance(KeyError(), LookupError),
        isinstance(ValueError(), KeyError),
        isinstance(n / 1, float),
        isinstance(n // 1, int),
        isinstance(True, float),
    ]


# inputs: [3]


def abs_round_on_bool(b: bool):
    return [abs(b), round(b), str(abs(b)), str(round(b)), -b, +b, str(+b)]


# inputs: [true]


def divmod_pow_bool(b: bool):
    return [divmod(b, 1), pow(b, 2), b**b, str(b / 1), b // 1, str(b // 1)]


# inputs: [true]
# inputs: [false]


def max_of_bools(a: bool, b: int):
    return [str(max(a, b)), str(max(True, 0)), str(min(True, 1)), str(max(1, True))]


# inputs: [true, 1]
# inputs: [false, 0]
