# `except ... as e` unbinds e however the handler is left (break, continue, return, an
# exception), and a name a `try` may unbind (`del v`, an `except ... as v`) is checked
# where its finally, its handlers or a loop's next test read it.


def first_bad_value(values):
    for v in values:
        try:
            float(v)
        except ValueError as err:
            break
    else:
        return "all numbers"
    return f"not a number: {err}"


# inputs: [["1", "x", "2"]]
# inputs: [["1"]]


def skip_bad(values):
    err = None
    good = []
    for v in values:
        try:
            good.append(float(v))
        except ValueError as err:
            continue
    return [good, str(err)]


# inputs: [["1", "x"]]
# inputs: [["1"]]


def reraised(text):
    err = "none"
    try:
        try:
            int(text)
        except ValueError as err:
            raise KeyError(text)
    except KeyError:
        pass
    return str(err)


# inputs: ["x"]
# inputs: ["3"]


def returned_then_finally(text):
    err = "before"
    try:
        try:
            return int(text)
        except ValueError as err:
            return -1
    finally:
        print("finally", err)


# inputs: ["x"]
# inputs: ["3"]


def log_in_finally(text):
    error = None
    log = []
    try:
        value = int(text)
    except ValueError as error:
        value = 0
    finally:
        log.append("error" if error else "ok")
    return [value, log]


# inputs: ["x"]
# inputs: ["3"]


def retry_until_error(xs):
    err = None
    i = 0
    while err is None and i < len(xs):
        try:
            int(xs[i])
        except ValueError as err:
            pass
        i += 1
    return i


# inputs: [["1", "x", "2"]]
# inputs: [["1", "2"]]


def deleted_in_try(x):
    v = x
    try:
        del v
        raise KeyError(x)
    except KeyError:
        return str(v)


# inputs: [1]


def deleted_then_finally(x):
    v = x
    try:
        del v
    finally:
        print(str(v))
    return "done"


# inputs: [1]
