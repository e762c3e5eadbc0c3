# Parameters rebound where the rest of the function may still see the argument's
# type, printed as ints: refused as before.


def rebound_twice(n, flag):
    n = int(n or 1)
    if flag:
        n = n / 2
    return f"{n}"
# expect: CP115 9:15


def float_kept_through_the_rebinding(n, size):
    size = int(size) if size else 10
    pages = (n + size - 1) // size
    return f"{pages} pages"
# expect: CP115 16:15
