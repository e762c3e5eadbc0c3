# A mutable default the function stores into is one object for all its calls and all
# its typed versions: what it holds may be a float another version stored, so printing
# it is refused as for any value that may be an int or a float.


def _cached(n, cache={}):
    if n not in cache:
        cache[n] = n * 2
    return cache[n]


def memo_printed(x: int):
    _cached(x / 2)
    return str(_cached(2))


# expect: CP115 14:16


def _acc(v, into=[]):
    into.append(v)
    return into


def list_printed(x: int):
    _acc(x / 2)
    return f"{_acc(x)}"


# expect: CP115 27:15
