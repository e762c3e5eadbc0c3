# A float stored through a second name for a list is a float in the first one too:
# printing an item of it is refused as for any list whose items may be ints or floats.


def chained(n: int):
    xs = ys = [1]
    ys[0] = n / 2
    return str(xs[0])
# expect: CP115 8:16


def extended_through_alias(n: int):
    xs = [1]
    ys = xs
    ys += [n / 2]
    return str(xs[-1])
# expect: CP115 16:16


def extended_through_row(n: int):
    grid = [[1], [2]]
    for row in grid:
        row += [n / 2]
    return str(grid[0][-1])
# expect: CP115 24:16


def through_lambda_default(n: int):
    xs = [1]
    put = lambda v, t=xs: t.append(v)
    put(n / 2)
    return str(xs[-1])
# expect: CP115 32:16


def set_method_on_open(xs):
    s = set(xs) if xs else []
    s.symmetric_difference_update([1])
    return s
# expect: CP116 38:5
