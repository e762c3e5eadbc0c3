"""Writes tests/runtime/data/set_orders.json: sequences of set operations on numbers and
the order CPython iterates the result in (and what set.pop() returned), for
setorder.test.mjs. Run with the CPython the runtime follows (3.11):
python tests/runtime/set_orders.py > tests/runtime/data/set_orders.json
"""

import json
import random

random.seed(7)


def keys(xs):
    return dict.fromkeys(xs).keys()


# op name -> what it does to the set s with the op's argument a (a list)
OPS = {
    "new": lambda s, a: set(a),
    "add": lambda s, a: s.add(a),
    "discard": lambda s, a: s.discard(a),
    "copy": lambda s, a: s.copy(),
    "set": lambda s, a: set(s),
    "or": lambda s, a: s | set(a),
    "and": lambda s, a: s & set(a),
    "sub": lambda s, a: s - set(a),
    "xor": lambda s, a: s ^ set(a),
    "union": lambda s, a: s.union(set(a), a),
    "update": lambda s, a: s.update(a),
    "difference": lambda s, a: s.difference(a),
    "sdiff": lambda s, a: s.symmetric_difference(set(a)),
    "inter": lambda s, a: s.intersection(set(a)),
    "clear": lambda s, a: s.clear(),
    "ror": lambda s, a: set(a) | s,
    "rxor": lambda s, a: set(a) ^ s,
    "orself": lambda s, a: s | s,
    "unionself": lambda s, a: s.union(s),
    "updset": lambda s, a: s.update(set(a)),
    "upddict": lambda s, a: s.update(dict.fromkeys(a)),
    # a dict's keys view and a set, a list or another keys view (dictviews_*)
    "kor": lambda s, a: keys(s) | set(a),
    "kand": lambda s, a: keys(s) & set(a),
    "ksub": lambda s, a: keys(s) - set(a),
    "kxor": lambda s, a: keys(s) ^ set(a),
    "kxorl": lambda s, a: keys(s) ^ a,
    "kxork": lambda s, a: keys(s) ^ keys(a),
    # set displays with starred values (BUILD_SET, SET_UPDATE, SET_ADD)
    "star": lambda s, a: {*s},
    "star2": lambda s, a: {*s, *a},
    "star3": lambda s, a: {a[0], *s} if a else {*s, *a},
}


INPLACE = ("ior", "iand", "isub", "ixor", "iorself", "ixorself", "emptyior")


def inplace(s, k, a):
    """The augmented assignments, which a lambda cannot hold."""
    if k == "ior":
        s |= set(a)
    elif k == "iand":
        s &= set(a)
    elif k == "isub":
        s -= set(a)
    elif k == "ixor":
        s ^= set(a)
    elif k == "iorself":
        s |= s
    elif k == "ixorself":
        s ^= s
    elif k == "emptyior":
        t = set()
        t |= s
        return t
    return s


def run(ops):
    s = None
    popped = []
    for op in ops:
        k = op[0]
        a = op[1] if len(op) > 1 else None
        if k == "pop":
            popped.append(s.pop())
        elif k in INPLACE:
            s = inplace(s, k, a)
        else:
            r = OPS[k](s, a)
            s = s if r is None else r
    return {"ops": ops, "want": list(s), "popped": popped}


cases = []
fixed = [
    [["new", [3, 1, 2]]],
    [["new", [100, 7, 64, 9]]],
    [["new", [9, 1]]],
    [["new", [1, 9]]],
    [["new", [-1, -2, 5, 0]]],
    [["new", [True, 2, 0]]],
    [["new", [2**40, 3, 2**33 + 1, -(2**35)]]],
    [["new", list(range(20, 0, -1))]],
    [["new", [8, 16, 24, 32, 40, 48]]],
    [["new", [5, 13, 21]], ["discard", 5], ["add", 29]],
    [["new", [1, 2, 3, 4, 5, 6, 7]], ["pop"], ["pop"], ["add", 9], ["pop"]],
    [["new", [64, 128, 1, 2, 3]], ["copy"]],
    [["new", [64, 128, 1, 2]], ["set"]],
    [["new", [1, 2]], ["or", [3, 40, 50, 61, 72]]],
    [["new", [10, 20, 30, 40, 50, 60, 70, 80]], ["sub", [10]]],
    [["new", [10, 20, 30]], ["sub", [10, 99, 98, 97, 96]]],
    [["new", [10, 20, 30, 44]], ["xor", [30, 5, 77]]],
    [["new", [10, 20, 30, 44]], ["and", [30, 44, 5]]],
    [["new", [10, 20]], ["ior", [33, 66, 99, 1]]],
    [["new", [10, 20, 33, 66]], ["isub", [20, 66]], ["add", 2]],
    [["new", [10, 20, 33]], ["ixor", [20, 7, 8]]],
    [["new", [10, 20, 33]], ["iand", [33, 10, 1]]],
    [["new", [5, 1]], ["union", [70, 3, 90]]],
    [["new", [5, 1]], ["update", [70, 3, 90, 3]]],
    [["new", [5, 1, 9, 17, 25, 33, 41]], ["difference", [9]]],
    [["new", [5, 1, 9]], ["sdiff", [9, 100, 4]]],
    [["new", [5, 1, 9]], ["inter", [9, 5, 100]]],
    [["new", [5, 1, 9]], ["clear"], ["add", 70], ["add", 6]],
    [["new", [1.5, 0.25, 3.75, 2.0, -0.5]]],
    [["new", [0.1, 0.2, 0.3, 1e300, -2.5e-10, 1e-300]]],
    [["new", [3, 1.5, 2, 0.5, True]], ["add", 7.25], ["discard", 2]],
    [["new", [1e20, 2**60 + 0.0, -7.0, 123.456]], ["or", [9.75, 1.0]]],
    # A new member takes the last deleted slot its probe passed (set_add_entry), not
    # the first: 97 probes slots 1 (65), 2 and 3 (deleted), 4 (free), and goes to 3.
    [["new", [1, 17, 33, 49, 65]], ["discard", 1], ["discard", 17], ["discard", 33]]
    + [["add", 81], ["add", 97]],
    [["new", [2, 35, 4, 38, 7, 8, 6, 10]], ["pop"], ["pop"], ["add", 2]],
    [["new", [1, 9, 17, 25]], ["discard", 1], ["discard", 9], ["add", 1], ["add", 9]],
    [["new", [4, 12, 20, 28, -4]], ["ixor", [4, 12, 36, 44]]],
    [["new", [4, 12, 20, 28, -4]], ["sdiff", [4, 12, 36, 44, -1, True]]],
    # set_merge into a set whose table is empty copies the other's table slot for slot
    # (or, where sizes differ, inserts its members in its table order): `t = set();
    # t |= s`, `set() | s`; so does merging into a set the presizing rid of its one
    # deleted slot. Merging a set into itself (`s |= s`, `s | s`) changes nothing.
    [["new", [5, -3]], ["emptyior"]],
    [["new", [3, 11, 19, -5]], ["emptyior"]],
    [["new", []], ["ror", [-3, 5, 13]]],
    [["new", [147]], ["pop"], ["ior", [-58, 25, 155, 352, 164, 283, 322, 108, 78]]],
    [["new", list(range(-12, 12, 2))], ["orself"], ["add", -19]],
    [["new", list(range(-12, 12, 2))], ["iorself"], ["add", -19]],
    [["new", list(range(-12, 12, 2))], ["unionself"], ["add", -19]],
    # a presizing that moves the members and adds none
    [["new", [13, -9, 29, 22, -6, 0, 28, 4, 23, 33, 36, 31, 14]], ["updset", [-6, 0]]],
    [["new", [13, -9, 29, 22, -6, 0, 28, 4, 23, 33, 36, 31, 14]], ["upddict", [-6, 0]]],
    # keys - set: set.difference_update, then a resize to four times the members left
    # where over a quarter of the slots hold deleted markers
    [["new", list(range(40))], ["ksub", list(range(5, 40))]],
    [["new", []], ["kor", [-3, 5, 13]]],
    # {*s} merges s into an empty set: a copy of its table
    [["new", [5, -3]], ["star"]],
    [["new", [147, 3, 11, 19]], ["pop"], ["star"]],
    [["new", [3, 11, 19, -5]], ["star3", [-13]]],
]
for ops in fixed:
    cases.append(run(ops))
names = [
    "add",
    "discard",
    "pop",
    "copy",
    "set",
    "or",
    "and",
    "sub",
    "xor",
    "ior",
    "iand",
    "isub",
    "ixor",
    "union",
    "update",
    "difference",
    "sdiff",
    "inter",
]
names += ["ror", "rxor", "orself", "unionself", "updset", "upddict"] + list(INPLACE[4:])
names += ["kor", "kand", "ksub", "kxor", "kxorl", "kxork", "star", "star2", "star3"]
NO_ARG = ("copy", "set", "orself", "unionself", "star") + INPLACE[4:]


def rints(n, lo=-50, hi=200):
    return [random.randint(lo, hi) for _ in range(n)]


def rfloats(n):
    return [round(random.uniform(-100, 100), random.randint(0, 3)) for _ in range(n)]


def rmixed(n):
    """ints, -1 (whose hash is -2), bools, integral and other floats, large ints."""
    pick = [
        lambda: random.randint(-20, 60),
        lambda: -1,
        lambda: random.choice([True, False]),
        lambda: float(random.randint(-20, 60)),
        lambda: round(random.uniform(-50, 50), random.randint(1, 3)),
        lambda: random.choice([2**40 + random.randint(0, 99), -(2**35), 2**52 + 3]),
    ]
    return [random.choice(pick)() for _ in range(n)]


def argument(make, members):
    """Members of the set itself, some of them, and others, or only others."""
    if members and random.random() < 0.5:
        out = random.sample(members, random.randint(0, len(members))) + make(3)
        random.shuffle(out)
        return out
    return make(random.randint(0, 25))


for n in range(160):
    make = [rints, rints, rfloats, rmixed][n % 4]
    ops = [["new", make(random.randint(0, 30))]]
    members = run(ops)["want"]
    for _ in range(random.randint(1, 12)):
        k = random.choice(names)
        if k == "pop":
            if members:
                ops.append(["pop"])
        elif k in NO_ARG:
            ops.append([k])
        elif k in ("add", "discard"):
            some = members and random.random() < 0.5
            ops.append([k, random.choice(members) if some else make(1)[0]])
        else:
            ops.append([k, argument(make, members)])
        members = run(ops)["want"]
    cases.append(run(ops))
print(json.dumps(cases))
