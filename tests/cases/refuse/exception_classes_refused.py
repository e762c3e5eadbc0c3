# Exception classes clientside code cannot have, each refused with what it is.


class Both(ValueError, KeyError):
    pass


def raises_both(x):
    if not x:
        raise Both("empty")
    return x
# expect: CP100 10:15


def catches_memory_error(xs):
    try:
        return [x * 2 for x in xs]
    except MemoryError:
        return []
# expect: CP100 18:12
