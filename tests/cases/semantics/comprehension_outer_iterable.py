# A comprehension's outermost iterable is evaluated in the enclosing scope, also where
# it names a variable the comprehension binds.


def same_name(x):
    return [x for x in x]


# inputs: [[1, 2]]


def split_values(value):
    return [value.strip() for value in value.split(",")]


# inputs: ["a, b ,c"]


def later_target(y):
    return [list(y for x in y for y in x), {y: 1 for x in y for y in x}]


# inputs: [[["a", "b"], ["c"]]]


def with_default(items):
    return [items for items in items or []] + [s for s in str(len(items or ""))]


# inputs: [["p", "q"]]
# inputs: [null]
