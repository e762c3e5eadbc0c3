# Probes: module-level constants mutated by a callback persist between calls.


CACHE = {}


HISTORY = []


LIMITS = {"max": 3}


NAMES = ("a", "b")


MATRIX = [[1, 2], [3, 4]]


TRAIL = []


def memo_in_module_dict(k):
    if k in CACHE:
        return ["hit", CACHE[k], len(CACHE)]
    CACHE[k] = k * 2
    return ["miss", CACHE[k], len(CACHE)]


# inputs: [1]
# inputs: [1]
# inputs: [2]
# inputs: [1]


def append_history(x):
    HISTORY.append(x)
    return list(HISTORY)


# inputs: ["a"]
# inputs: ["b"]
# inputs: ["c"]


def mutate_nested_constant(x):
    MATRIX[0][0] += x
    return [list(r) for r in MATRIX]


# inputs: [1]
# inputs: [10]


def constant_identity(x):
    a = LIMITS
    a["max"] = x
    return [dict(LIMITS), a is LIMITS]


# inputs: [5]
# inputs: [7]


def _helper_reads_history():
    return len(TRAIL)


def helper_shares_constant(x):
    TRAIL.append(x)
    return _helper_reads_history()


# inputs: ["z"]
# inputs: ["y"]
