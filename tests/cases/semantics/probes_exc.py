# Probes: exception classes, inheritance, finally ordering, re-raise, messages.


class AppError(Exception):
    pass


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def exc_inheritance(kind):
    try:
        if kind == "nf":
            raise NotFound("missing")
        if kind == "inv":
            raise Invalid("bad")
        if kind == "val":
            raise ValueError("plain")
        if kind == "key":
            return {}["k"]
        return "none"
    except NotFound as e:
        return ["NotFound", str(e), isinstance(e, AppError), isinstance(e, Exception)]
    except ValueError as e:
        return ["ValueError", str(e), isinstance(e, AppError), isinstance(e, Invalid)]
    except AppError as e:
        return ["AppError", str(e), isinstance(e, Invalid), isinstance(e, NotFound)]
    except LookupError as e:
        return ["Lookup", isinstance(e, KeyError), str(e), repr(e)]


# inputs: ["nf"]
# inputs: ["inv"]
# inputs: ["val"]
# inputs: ["key"]
# inputs: ["x"]


def finally_order():
    log = []

    def f(x):
        try:
            log.append("try")
            if x:
                return "ret"
            raise KeyError(x)
        except KeyError:
            log.append("except")
            return "exc"
        else:
            log.append("else")
        finally:
            log.append("finally")

    return [f(1), f(0), log]


# inputs: []


def return_in_finally():
    def f():
        try:
            raise ValueError("x")
        finally:
            return "finally wins"

    def g():
        try:
            return "try"
        finally:
            return "finally"

    def h():
        for i in range(3):
            try:
                return i
            finally:
                if i < 2:
                    continue
        return "loop end"

    return [f(), g(), h()]


# inputs: []


def break_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            raise ValueError
        finally:
            break
    return out


# inputs: []


def reraise(x):
    log = []
    try:
        try:
            log.append(1)
            raise KeyError(x)
        except KeyError:
            log.append(2)
            raise
        finally:
            log.append(3)
    except LookupError as e:
        log.append(str(e))
    return log


# inputs: ["k"]
# inputs: [5]


def exception_args(x):
    e = ValueError(x, 2)
    k = KeyError(x)
    return [str(e), repr(e), e.args, str(k), str(ValueError()), str(ValueError(x))]


# inputs: ["msg"]
# inputs: [1]


def custom_exc_message(x):
    try:
        raise NotFound(f"id {x}")
    except Exception as e:
        return [str(e), repr(e), e.args]


# inputs: [3]


def exc_uncaught_custom(x):
    raise NotFound(x)


# inputs: ["boom"]
# messages


def index_error_messages(xs, i):
    try:
        return xs[i]
    except IndexError as e:
        return str(e)


# inputs: [[1], 5]
# inputs: ["ab", 5]
# messages


def key_error_messages(d, k):
    try:
        return d[k]
    except KeyError as e:
        return [str(e), repr(e), e.args]


# inputs: [{}, "a"]
# inputs: [{}, 1]
# inputs: [{}, ""]


def zero_div_messages(a: int, b: int):
    out = []
    for op in range(3):
        try:
            if op == 0:
                out.append(a / b)
            elif op == 1:
                out.append(a // b)
            else:
                out.append(a % b)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


# inputs: [1, 0]
# messages


def nested_try_in_loop(xs):
    out = []
    for x in xs:
        try:
            try:
                out.append(10 // x)
            finally:
                out.append("f")
        except ZeroDivisionError:
            out.append("z")
            continue
        except TypeError:
            out.append("t")
            break
        else:
            out.append("e")
    else:
        out.append("loop-else")
    return out


# inputs: [[1, 0, 2]]
# inputs: [[1, "a", 2]]


def assert_cases(x):
    try:
        assert x, "needs x"
        assert x > 1
        return "ok"
    except AssertionError as e:
        return ["AssertionError", str(e)]


# inputs: [0]
# inputs: [1]
# inputs: [2]


def exception_var_scope(x):
    e = "before"
    try:
        raise ValueError(x)
    except ValueError as err:
        msg = str(err)
    return [msg, e]


# inputs: ["m"]


def raise_class_not_instance():
    try:
        raise KeyError
    except KeyError as e:
        return [str(e), repr(e), e.args]


# inputs: []


def except_tuple_var(x):
    errs = (KeyError, IndexError)
    try:
        if x:
            return [][0]
        return {}["z"]
    except errs as e:
        return isinstance(e, IndexError)


# inputs: [1]
# inputs: [0]


def type_errors(x):
    out = []
    try:
        out.append(x + 1)
    except TypeError:
        out.append("TE+")
    try:
        out.append(len(x))
    except TypeError:
        out.append("TElen")
    try:
        out.append(x < 1)
    except TypeError:
        out.append("TE<")
    try:
        out.append(-x)
    except TypeError:
        out.append("TEneg")
    return out


# inputs: ["s"]
# inputs: [null]
# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: [true]


def generic_exception_catch(x):
    try:
        return x["a"]["b"]
    except Exception as e:
        return [isinstance(e, KeyError), isinstance(e, TypeError)]


# inputs: [{"a": {}}]
# inputs: [{"a": null}]
# inputs: [{"a": "str"}]
# inputs: [{"a": [1]}]
