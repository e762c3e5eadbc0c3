# With a conversion other than %s, %r or %a in the template, CPython evaluates the
# whole tuple before printing: an item that may be an int or a float under %s is refused
# there (it is printed as str() prints it only where CPython prints in place).


def percent_s_of_either_beside_another_conversion(t: float, n: int):
    xs = [1, 2, 3]
    return "%s %s %d" % (xs, t * n, xs.pop())


# expect: CP115 8:30
