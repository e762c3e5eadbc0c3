# A float printed by an exception: an assert's message (as AssertionError(msg)), and
# the arguments of an exception class called through a name or a parameter.


def assert_div_msg(n):
    try:
        assert False, n / 2
    except AssertionError as e:
        return str(e)


# inputs: [4]
# messages


def assert_div_uncaught(n):
    assert n < 0, n / 2
    return 0


# inputs: [4]
# messages


def assert_msg_float_var(n: int):
    avg = n / 2
    try:
        assert avg > 10, avg
    except AssertionError as e:
        return str(e)


# inputs: [4]
# messages


def class_in_var_exc(n: int):
    cls = ValueError if n > 0 else KeyError
    try:
        raise cls(n / 2)
    except (ValueError, KeyError) as e:
        return str(e)


# inputs: [4]
# inputs: [-4]
# messages


def assert_dict_msg(n: int):
    try:
        assert n < 0, {"v": n / 2}
    except AssertionError as e:
        return [str(e), repr(e)]


# inputs: [4]
# messages


def exc_class_param(n: int):
    def fail(cls, v):
        raise cls(v)

    try:
        fail(ValueError, n / 2)
    except ValueError as e:
        return str(e)


# inputs: [4]
# messages
