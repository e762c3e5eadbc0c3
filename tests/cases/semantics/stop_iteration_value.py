# A caught StopIteration (or a subclass) has `value`: its first argument, or None.


class Stop(StopIteration):
    pass


def b_stop_subclass(x):
    try:
        raise Stop(x)
    except StopIteration as e:
        return [str(e), e.value]


# inputs: ["s"]
# inputs: [3]


def b_stopiteration_value(x):
    try:
        raise StopIteration(x, 2)
    except StopIteration as e:
        return [e.value, str(e)]


# inputs: ["s"]


def b_stopiteration_no_value():
    try:
        raise StopIteration
    except StopIteration as e:
        return [e.value, str(e), repr(e)]


# inputs: []
