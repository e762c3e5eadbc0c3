# Truthiness: empty containers, zero, empty string and None are false.


def truth_of(x):
    return bool(x)


# inputs: [[]]
# inputs: [{}]
# inputs: [""]
# inputs: [0]
# inputs: [0.5]
# inputs: [null]
# inputs: [[0]]
# inputs: [{"a": 0}]
# inputs: [" "]
# inputs-undef: [null]


def if_branch(x):
    if x:
        return "yes"
    return "no"


# inputs: [[]]
# inputs: [[1]]
# inputs: [{}]
# inputs: ["0"]
# inputs: [-1]


def while_pops(xs):
    out = []
    while xs:
        out.append(xs.pop())
    return out


# inputs: [[1, 2, 3]]
# inputs: [[]]


def not_of(x):
    return not x


# inputs: [[]]
# inputs: [{"k": 1}]
# inputs: [0.0001]
# inputs: [""]


def and_or_values(a, b):
    return [a and b, a or b, not a or b]


# inputs: [[], "x"]
# inputs: [0, {}]
# inputs: ["a", 0]
# inputs: [null, [1]]
# inputs: [{}, []]


def truth_of_built_values(n):
    empty_tuple = ()
    empty_set = set()
    empty_dict = dict()
    return [
        bool(empty_tuple),
        bool(empty_set),
        bool(empty_dict),
        bool((n,)),
        bool({n}),
        bool(0.0),
        bool(n * 0.0),
    ]


# inputs: [3]


def ternary_truth(xs):
    return "has items" if xs else "empty"


# inputs: [[]]
# inputs: [[null]]
# inputs: [{}]


def filter_truthy(xs):
    return [x for x in xs if x]


# inputs: [[0, 1, "", "a", [], [0], {}, null, 0.5, false, true]]


def any_all_truth(xs):
    return [any(xs), all(xs)]


# inputs: [[[], {}, ""]]
# inputs: [[[1], {"a": 1}, "x"]]
# inputs: [[]]
