# A float stored through what `max`, `min`, `sum` or `next` gave back goes into the
# argument it was: printing that list of numbers afterwards is refused, as for any
# list another name can change.


def max_of_lists(n: int):
    xs = [1, n]
    m = max(xs, [0])
    m.append(2.0)
    return [str(x) for x in xs]
# expect: CP115 10:17


def min_of_lists(n: int):
    xs = [1, n]
    m = min([5], xs)
    m.append(2.0)
    return [str(x) for x in xs]
# expect: CP115 18:17


def max_of_three(n: int):
    a, b = [n], [1]
    top = max(a, b, [2])
    top.append(0.5)
    return repr(a)
# expect: CP115 26:17


def sum_start(n: int):
    xs = [1, 2]
    m = sum([[7]] * n, xs)
    m.append(2.0)
    return [str(x) for x in xs]
# expect: CP115 34:17


def next_default(n: int):
    xs = [1, 2]
    m = next(iter([[9]] * n), xs)
    m.append(2.0)
    return [str(x) for x in xs]
# expect: CP115 42:17
