# What an `except` clause names: a class or a tuple of them (nested tuples too); a list,
# a str or None there is CPython's TypeError when an exception reaches the clause.


def except_list_of_classes(a):
    errs = [KeyError]
    try:
        try:
            raise KeyError("x")
        except errs:
            return "caught"
    except TypeError as e:
        return ["TE", str(e)]


# inputs: [1]
# messages


def except_tuple_variable(a):
    errs = (ValueError, KeyError)
    nested = ((IndexError,), KeyError)
    out = []
    for err in (KeyError("k"), IndexError(1)):
        try:
            try:
                raise err
            except errs:
                out.append("errs")
        except nested:
            out.append("nested")
    return out


# inputs: [1]


def except_none_or_text(a):
    kinds = {"none": None, "text": "KeyError"}
    try:
        try:
            raise KeyError(a)
        except kinds[a]:
            return "caught"
    except TypeError as e:
        return ["TE", str(e)]


# inputs: ["none"]
# inputs: ["text"]
# messages


def no_exception_no_check(a):
    errs = [KeyError]
    try:
        return a + 1
    except errs:
        return "caught"


# inputs: [1]


def empty_tuple(n: int):
    try:
        try:
            raise ValueError("v")
        except ():
            return "empty caught"
    except ValueError as e:
        return "outer " + str(e)


# inputs: [1]
