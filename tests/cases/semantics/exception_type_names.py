# `type(e).__name__` and `e.__class__.__name__` of a caught exception: the class name
# Python gives, for raised Python exceptions, user subclasses, and errors the runtime
# raises for Python (a TypeError of an operator, a KeyError of a lookup).


class QuotaError(ValueError):
    pass


def described_error(x):
    try:
        return 10 // x
    except Exception as e:
        return f"{type(e).__name__}: {e}"


# inputs: [0]
# inputs: [2]
# inputs: ["a"]
# inputs: [null]


def class_name_through_dunder(d, k):
    try:
        return d[k]
    except (KeyError, TypeError, IndexError) as err:
        return err.__class__.__name__ + "/" + type(err).__name__.lower()


# inputs: [{"a": 1}, "b"]
# inputs: [[1], "x"]
# inputs: [[1], 3]
# inputs: [{"a": 1}, "a"]


def user_exception_class_name(x):
    try:
        if x > 1:
            raise QuotaError("over quota")
        return x + "a"
    except Exception as e:
        return [type(e).__name__, str(e), isinstance(e, ValueError)]


# inputs: [5]
# inputs: [1]
