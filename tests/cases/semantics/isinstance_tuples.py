# isinstance against tuples of builtin types, on values of open type: each token is an
# inline JS test (int and float together any number or bool, list and tuple any array).


def tokens(x):
    return [
        isinstance(x, int),
        isinstance(x, float),
        isinstance(x, (int, float)),
        isinstance(x, (int, float, str)),
        isinstance(x, list),
        isinstance(x, tuple),
        isinstance(x, (list, tuple)),
        isinstance(x, dict),
        isinstance(x, set),
        isinstance(x, (dict, list)),
        isinstance(x, (str, dict, set)),
        isinstance(x, bool),
        isinstance(x, (bool, dict)),
    ]


# inputs: [0]
# inputs: [2.5]
# inputs: [-3]
# inputs: [true]
# inputs: [null]
# inputs: ["s"]
# inputs: [""]
# inputs: [[1]]
# inputs: [[]]
# inputs: [{"a": 1}]
# inputs: [{}]
# inputs: [1099511627776]


def made_here(n):
    values = [n, n * 1.5, str(n), [n], (n,), {"a": n}, {n}, None, n > 0, {n: 1}]
    return [
        [isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, dict)]
        for v in values
    ]


# inputs: [0]
# inputs: [3]


def subject_evaluated_once(rows):
    seen = []

    def take(i):
        seen.append(i)
        return rows[i]

    kinds = [isinstance(take(i), (int, float, list)) for i in range(len(rows))]
    return kinds, seen


# inputs: [[1, 2.5, [3], "x", true, null, {"a": 1}]]
