# `del x` unbinds a local: reading it afterwards, or deleting it again, raises
# UnboundLocalError; binding it again makes it readable.


def deleted_then_read(n):
    x = n
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)


# inputs: [1]
# messages


def deleted_then_bound(rows):
    total = 0
    for r in rows:
        tmp = r * 2
        total += tmp
        del tmp
    tmp = "again"
    return [total, tmp]


# inputs: [[1, 2, 3]]


def deleted_twice(flag):
    a, b = 1, 2
    del a, b
    if flag:
        a = 3
    try:
        del a
        return "deleted"
    except UnboundLocalError as e:
        return str(e)


# inputs: [true]
# inputs: [false]
# messages


def read_by_a_closure(n):
    x = n

    def show():
        return x

    del x
    try:
        return show()
    except NameError as e:
        return type(e).__name__


# inputs: [5]


def del_item_of_immutable(x, k):
    """CPython's words differ by the key: "doesn't" where an int reaches the type's own
    deletion, "does not" for any other key."""
    try:
        del x[k]
    except TypeError as e:
        return str(e)


# inputs: ["abc", "k"]
# inputs: ["abc", 1.5]
# inputs: ["abc", 1]
# inputs: ["abc", true]
# messages
