# The error of a lookup of a float names it as a float: KeyError(2.0), "3.0 is not in
# list". A JS number cannot tell 2.0 from 2, so the compiler marks lookups of a float.
def missing_computed_key(n):
    d = {}
    try:
        return d[n / 2]
    except KeyError as e:
        return [str(e), repr(e)]


# inputs: [4]
# inputs: [3]
# messages


def missing_literal_key():
    try:
        return {"a": 1}[2.0]
    except KeyError as e:
        return str(e)


# inputs: []
# messages


def popped_float_key():
    d = {1: 2}
    try:
        return d.pop(3.0)
    except KeyError as e:
        return [str(e), d.pop(1.0)]


# inputs: []
# messages


def deleted_float_key(n):
    d = {1: 2}
    try:
        del d[n * 1.0]
    except KeyError as e:
        return str(e)
    return d


# inputs: [3]
# inputs: [1]
# messages


def removed_from_set():
    s = {1, 2}
    try:
        s.remove(3.0)
    except KeyError as e:
        return f"{e}|{e!r}"


# inputs: []
# messages


def float_not_in_list(n):
    try:
        return [1, 2].index(n / 2)
    except ValueError as e:
        return [str(e), e.args]


# inputs: [6]
# inputs: [4]
# messages


def int_key_stays_int(n):
    try:
        return {}[n // 2]
    except KeyError as e:
        return str(e)


# inputs: [4]
# messages
