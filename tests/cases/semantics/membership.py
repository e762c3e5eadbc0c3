# in / not in: deep on lists, keys of dicts, substrings, set members.


def in_list(x, xs):
    return [x in xs, x not in xs]


# inputs: [2, [1, 2, 3]]
# inputs: [0, [1, 2, 3]]
# inputs: [[1, 2], [[1, 2], [3]]]
# inputs: [{"a": 1}, [{"a": 1}]]
# inputs: [1, [1.5, true]]
# inputs: ["1", [1, 2]]
# inputs: [null, [null]]


def in_dict(k, d):
    return [k in d, k not in d, k in d.keys(), k in d.values()]


# inputs: ["a", {"a": 1}]
# inputs: ["b", {"a": "b"}]
# inputs: ["length", {}]
# inputs: ["constructor", {}]
# inputs: ["toString", {"x": 1}]
# inputs: ["__proto__", {}]


def in_str(sub, s):
    return [sub in s, sub not in s]


# inputs: ["ell", "hello"]
# inputs: ["", "abc"]
# inputs: ["x", ""]
# inputs: ["LL", "hello"]


def index_in_list(xs):
    return [0 in xs, 1 in xs, len(xs) in xs]


# inputs: [["a", "b"]]
# inputs: [[5, 6]]


def in_tuple_and_set(x):
    return [
        x in (1, 2, 3),
        x in {1, 2, 3},
        x in {"1": "one"},
        (x, x) in [(1, 1), (2, 2)],
    ]


# inputs: [1]
# inputs: [4]


def int_key_membership(n):
    d = {1: "a", 2: "b"}
    return [n in d, str(n) in d, n in {str(k): v for k, v in d.items()}]


# inputs: [1]
# inputs: [3]


def str_in_list_not_substring(s):
    return [s in ["abc", "de"], s in "abcde"]


# inputs: ["ab"]
# inputs: ["abc"]


def in_non_str_raises(x):
    return x in "abc"


# inputs: [1]
# inputs: [null]
# messages


def among_str_literals(xs):
    out = []
    for x in xs:
        out.append(
            [x in ("a", "bc"), x not in ["a"], x in {"", "bc"}, x in ("\U0001f600",)]
        )
    return out


# inputs: [["a", "bc", "", "b", null, 1, 1.0, true, ["a"], {"a": 1}, "\ud83d\ude00", "A"]]


def among_str_literals_once(rows):
    seen = []

    def take(r):
        seen.append(r)
        return r

    hits = [take(r) in ("x", "y", "z") for r in rows]
    return [hits, seen]


# inputs: [["x", "q", "z"]]


def chained_in(x, ys):
    out = []
    out.append(x in ("a", "b") in ys)
    out.append(x in ("a", "b") == True)
    out.append("a" in ("a", "b") == ("a", "b"))
    out.append(x in ["a"] != ["a"])
    out.append(x not in ("a", "b") not in ys)
    out.append(0 < len(x) in ("a", 1) or x in ("a",))
    return out


# inputs: ["a", [true, false]]
# inputs: ["c", [true]]
# inputs: ["a", []]
# messages


def middle_op(x, y):
    return [x < y in ("b", "c"), y in ("b", "c") > x, "b" <= y in ("b", "c")]


# inputs: ["a", "b"]
# inputs: [1, "b"]
# messages


def chained_middle_none(x: str, ys: list):
    return [x in ("a", "b") in ys, x not in ["a"] == None, x in ["a", "b"] is not None]


# inputs: ["a", [null]]
# inputs: ["z", [null]]
