# print()'s sep and end: None is the default (" ", a newline); a sep that is no str is
# CPython's TypeError.


def separated(sep):
    print("a", "b", sep=None)
    print("a", "b", sep=sep)
    print("c", "d", end=None)
    print("e", sep="-", end="!\n")
    return "done"


# inputs: [null]
# inputs: [", "]
# inputs: [""]
# messages


def bad_separator(sep):
    try:
        print("a", "b", sep=sep)
    except TypeError as e:
        return str(e)
    return "printed"


# inputs: [5]
# inputs: [["x"]]
# inputs: ["+"]
# messages
