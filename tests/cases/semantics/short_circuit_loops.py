# any()/all() over a generator expression: a loop that stops at the deciding item.


def any_all_stop_early(xs):
    seen = []

    def check(x):
        seen.append(x)
        return x > 2

    a = any(check(x) for x in xs)
    b = all(not check(x) for x in xs)
    return [a, b, seen]


# inputs: [[1, 2, 3, 4, 5]]
# inputs: [[]]
# inputs: [[0, 0.5]]


def any_all_truth(xs):
    return [
        any(x for x in xs),
        all(x for x in xs),
        any(not x for x in xs),
        all(x for x in xs if x is not None),
    ]


# inputs: [[[], {}, "", 0, 0.0, null]]
# inputs: [[[0], {"a": 1}, "x", -1, 0.5]]
# inputs: [[null, 1]]
# inputs: [[]]


def any_all_nested(rows: list[dict]):
    return [
        any(v > 3 for r in rows for v in r["vals"] if v % 2),
        all(v < 10 for r in rows if r["on"] for v in r["vals"]),
        any(k == "on" for k in rows[0]) if rows else None,
    ]


# inputs: [[{"vals": [1, 2, 3], "on": true}, {"vals": [4, 5, 12], "on": false}]]
# inputs: [[{"vals": [2, 4], "on": true}]]
# inputs: [[]]


def any_all_over_strings_and_dicts(s, d):
    return [any(c == "b" for c in s), all(k for k in d), any(v for v in d.values())]


# inputs: ["abc", {"a": 0, "": 0}]
# inputs: ["", {}]


def any_not_iterable(x):
    return any(v for v in x)


# inputs: [5]
# inputs: [null]


def any_raises_before_deciding(xs):
    return any(1 / x > 0.3 for x in xs)


# inputs: [[4, 2, 0]]
# inputs: [[4, 0, 2]]


def all_decided_before_error(xs):
    return all(1 / x > 0.3 for x in xs)


# inputs: [[4, 0]]
# inputs: [[2, 0]]


def any_late_binding(n: int):
    fs = []
    found = any(fs.append(lambda: i) or i > n for i in range(5))
    return [found, [f() for f in fs]]


# inputs: [2]
# inputs: [9]


# Membership in a set (or dict) whose keys are all strs.


def str_set_membership(words: list[str], probes):
    ws = set(words)
    return [p in ws for p in probes] + [p not in ws for p in probes]


# inputs: [["a", "b", "1"], ["a", "z", 1, 1.0, null, true, "", ["a"]]]
# inputs: [["a"], [["a"]]]
# inputs: [["a"], [{"a": 1}]]
# inputs: [[], ["a"]]


def str_keyed_dict_membership(rows):
    index = {}
    for r in rows:
        index[str(r["id"])] = r
    return [r["ref"] in index for r in rows]


# inputs: [[{"id": 1, "ref": "1"}, {"id": 2, "ref": 1}, {"id": "x", "ref": "y"}]]
# inputs: [[{"id": 1, "ref": [1]}]]


def membership_needle_once(rows, tags: list[str]):
    allowed = set(tags)
    calls = []

    def kind(r):
        calls.append(r)
        return r["kind"]

    kept = [r["id"] for r in rows if kind(r) in allowed]
    return [kept, len(calls)]


# inputs: [[{"id": 1, "kind": "a"}, {"id": 2, "kind": "b"}, {"id": 3, "kind": 7}], ["a", "7"]]
