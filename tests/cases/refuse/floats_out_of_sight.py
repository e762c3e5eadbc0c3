# Floats that reach a value by ways the compiler follows before printing: a nested
# function's default, a set method's argument, `+=` on a row of Dash's data.


def default_of_a_nested_function(x):
    def h(z=x // 1):
        return z

    return str(h())
# expect: CP115 9:16


def set_union_of_floats(n: int):
    a = {1}
    return repr(a.union([n / 2]))
# expect: CP115 15:17


def set_update_with_floats(n: int):
    s = {1}
    s.update([n / 2])
    return repr(s)
# expect: CP115 22:17


def dash_rows_extended(rows, n: int):
    for r in rows:
        r += [n / 2]
    return repr(rows)
# expect: CP115 29:17
