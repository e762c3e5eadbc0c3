# Parameters rebound where the rest of the function may still see the argument's
# type, printed as ints: refused as before.


def read_before_rebinding(n):
    first = f"{n}"
    n = int(n or 1)
    return first + f"{7 // n}"
# expect: CP115 8:23


def rebound_twice(n, flag):
    n = int(n or 1)
    if flag:
        n = n / 2
    return f"{n}"
# expect: CP115 16:15


def rebound_in_a_branch(n, flag):
    if flag:
        n = int(n)
    return f"{7 // n}"
# expect: CP115 23:15


def float_kept_through_the_rebinding(n, size):
    size = int(size) if size else 10
    pages = (n + size - 1) // size
    return f"{pages} pages"
# expect: CP115 30:15
