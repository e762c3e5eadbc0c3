# Parameters rebound where the rest of the function may still see the argument's
# type, printed as ints: refused as before.


def rebound_twice(n, flag):
    n = int(n or 1)
    if flag:
        n = n / 2
    return f"{n}"
# expect: CP115 9:15