# Iterators kept in a variable: each is used up once, and sees the changes CPython's
# would see (reversed() starts from the length it saw when called).


def generator_used_twice(xs):
    g = (x * 2 for x in xs)
    a = list(g)
    b = list(g)
    return [a, b]


# inputs: [[1, 2, 3]]


def zip_used_twice(xs):
    z = zip(xs, xs)
    a = list(z)
    return [a, list(z)]


# inputs: [[1, 2, 3]]


def map_after_next(xs):
    m = map(str, xs)
    first = next(m, None)
    return [first, list(m)]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def enumerate_truth_then_twice(xs):
    e = enumerate(xs)
    return [bool(e), list(e), list(e)]


# inputs: [[1, 2]]


def reversed_then_appended(xs):
    r = reversed(xs)
    xs.append(9)
    return list(r)


# inputs: [[1, 2, 3]]
# inputs: [[]]


def reversed_then_shrunk(xs):
    r = reversed(xs)
    xs.pop()
    return list(r)


# inputs: [[1, 2, 3]]


def generator_sees_appended_items(xs):
    g = (x for x in xs)
    xs.append(5)
    return list(g)


# inputs: [[1, 2, 3]]


def membership_consumes_a_generator(xs):
    g = (x for x in xs)
    return 2 in g, list(g)


# inputs: [[1, 2, 3]]
# inputs: [[3, 2, 1]]


def keys_view_sees_new_keys(d):
    k = d.keys()
    d["z"] = 1
    return list(k)


# inputs: [{"a": 1}]
