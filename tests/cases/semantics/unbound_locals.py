# Reading a local before it is assigned raises UnboundLocalError, as in Python; the name
# bound by `except ... as e` is deleted when the handler ends.


def unbound_local_raises(flag):
    if flag:
        value = 1
    return value


# inputs: [true]
# inputs: [false]
# messages


def exception_variable_scope(x):
    e = "before"
    try:
        raise ValueError(x)
    except ValueError as e:  # noqa: F841
        pass
    try:
        return e
    except NameError:
        return "e was deleted"


# inputs: ["v"]


def loop_variable_of_empty_loop(xs):
    for x in xs:
        pass
    return x


# inputs: [[1, 2]]
# inputs: [[]]


def augmented_before_assignment(flag):
    if flag:
        total = 10
    total += 1
    return total


# inputs: [true]
# inputs: [false]


def assigned_on_every_path(flag):
    if flag:
        label = "yes"
    else:
        label = "no"
    while True:
        if flag:
            extra = 1
            break
        extra = 2
        break
    return label, extra


# inputs: [true]
# inputs: [false]


def handler_that_returns(text):
    try:
        value = int(text)
    except ValueError:
        return "bad"
    return value


# inputs: ["12"]
# inputs: ["x"]
