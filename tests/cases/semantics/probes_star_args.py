# Probes: starred arguments to builtins, methods and lambdas.
def star_join_args(xs):
    return "-".join([*xs])


# inputs: [["a", "b"]]


def star_to_method(xs):
    out = []
    out.extend(*[xs])
    return out


# inputs: [["a", "b"]]


def star_to_builtin(xs):
    return [max(*xs), min(*xs), list(zip(*xs)), divmod(*xs[:2]), round(*[2.567, 1])]


# inputs: [[5, 3]]


def star_to_str_method(s, args):
    return [s.replace(*args), s.split(*args[:1]), s.startswith(*args[:1])]


# inputs: ["a-b-c", ["-", "+"]]


def star_to_lambda(xs):
    f = lambda a, b: a - b
    return f(*xs)


# inputs: [[5, 3]]


def star_to_dict_method(d, args):
    return [d.get(*args), d.pop(*args), d.setdefault(*args)]


# inputs: [{"a": 1}, ["b", 0]]


def star_to_print_and_format(xs):
    print(*xs)
    print("x", *xs, "y")
    return "%s-%s" % tuple(xs)


# inputs: [["a", "b"]]


def star_to_append(xs, x):
    xs.append(*[x])
    return xs


# inputs: [[1], 2]


def star_to_str(xs):
    return [str(*xs), int(*xs), float(*xs)]


# inputs: [["7"]]


def star_to_range(xs):
    return list(range(*xs))


# inputs: [[1, 10, 3]]


def star_to_sorted(xs):
    return sorted(*[xs])


# inputs: [[3, 1]]
