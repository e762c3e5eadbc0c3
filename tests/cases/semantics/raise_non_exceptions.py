# `raise` of something that is not an exception (a str, a number, None, a list) is
# CPython's TypeError, which `except TypeError` catches; a class is instantiated.


def raised_value(x):
    try:
        raise x
    except TypeError as e:
        return str(e)
    except ValueError as e:
        return "ValueError " + str(e)


# inputs: ["failed"]
# inputs: [5]
# inputs: [null]
# inputs: [[1]]
# inputs: [{"a": 1}]
# messages


def raised_literal(flag):
    try:
        if flag:
            raise "bad input"
        return "fine"
    except TypeError as e:
        return str(e)


# inputs: [true]
# inputs: [false]
# messages


def class_or_text(n):
    err = ValueError if n > 0 else "negative"
    try:
        raise err
    except (TypeError, ValueError) as e:
        return type(e).__name__


# inputs: [1]
# inputs: [-1]
