# try/except with tuples of classes, as e, else, finally, raise, assert, user subclasses.


class ValidationError(ValueError):
    pass


class MissingField(ValidationError):
    pass


class AppError(Exception):
    pass


def _kind(e):
    if isinstance(e, KeyError):
        return "KeyError"
    if isinstance(e, IndexError):
        return "IndexError"
    if isinstance(e, MissingField):
        return "MissingField"
    if isinstance(e, ValidationError):
        return "ValidationError"
    if isinstance(e, ZeroDivisionError):
        return "ZeroDivisionError"
    if isinstance(e, TypeError):
        return "TypeError"
    return "other"


def _validate(record):
    if "name" not in record:
        raise MissingField("name")
    if not isinstance(record["name"], str):
        raise ValidationError(f"bad name: {record['name']!r}")
    return record["name"]


def user_exception_hierarchy(record):
    try:
        return _validate(record)
    except MissingField as e:
        return f"missing {e}"
    except ValidationError as e:
        return f"invalid ({_kind(e)}): {e}"


# inputs: [{"name": "ok"}]
# inputs: [{}]
# inputs: [{"name": 5}]


def user_exception_uncaught(record):
    return _validate(record)


# inputs: [{}]
# inputs: [{"name": [1]}]
# messages


def except_tuple(d, k, i):
    try:
        return d[k][i]
    except (KeyError, IndexError) as e:
        return ["lookup", _kind(e)]
    except (TypeError, ValueError):
        return ["type"]


# inputs: [{"a": [1]}, "b", 0]
# inputs: [{"a": [1]}, "a", 3]
# inputs: [{"a": 5}, "a", 0]
# inputs: [{"a": [1]}, "a", 0]


def try_else_finally(x):
    log = []
    try:
        log.append("try")
        v = 10 / x
    except ZeroDivisionError:
        log.append("except")
        v = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return [log, v]


# inputs: [2]
# inputs: [0]


def finally_with_return(x):
    log = []

    def f():
        try:
            if x:
                return "from try"
            raise KeyError("k")
        except KeyError:
            return "from except"
        finally:
            log.append("cleanup")

    return [f(), log]


# inputs: [1]
# inputs: [0]


def finally_overrides_return():
    def f():
        try:
            return "try"
        finally:
            return "finally"  # noqa: B012

    return f()


# inputs: []


def reraise(x):
    try:
        try:
            return int(x)
        except ValueError:
            raise
    except ValueError as e:
        return "outer caught: " + str(e)


# inputs: ["12"]
# inputs: ["nope"]


def raise_in_except(x):
    try:
        try:
            return [1][x]
        except IndexError as e:
            raise AppError("wrapped " + str(e)) from e
    except AppError as e:
        return str(e)


# inputs: [5]
# inputs: [0]


def raise_class_without_call(x):
    if x:
        raise ValueError
    return "fine"


# inputs: [1]
# inputs: [0]


def raise_uncaught_message(x):
    raise ValueError(f"value {x} is wrong")


# inputs: [3]
# inputs: ["a"]
# messages


def exception_args(x):
    try:
        raise AppError("a", x)
    except AppError as e:
        return [list(e.args), str(e)]


# inputs: [1]


def exception_str_forms():
    out = []
    for exc in [
        ValueError(),
        ValueError("one"),
        KeyError("k"),
        KeyError(),
        AppError(1, 2),
        IndexError("i"),
    ]:
        out.append(str(exc))
    return out


# inputs: []


def exception_repr(x):
    return repr(ValueError(x))


# inputs: ["bad"]


def assert_statement(x):
    assert x > 0, f"x must be positive, got {x}"
    return x


# inputs: [1]
# inputs: [-1]
# messages


def assert_without_message(x):
    assert x
    return "ok"


# inputs: [[1]]
# inputs: [[]]


def catch_assertion(x):
    try:
        assert x < 10, "too big"
        return "small"
    except AssertionError as e:
        return "caught: " + str(e)


# inputs: [5]
# inputs: [50]


def except_exception_catches_builtin(xs):
    try:
        return xs["key"]
    except Exception as e:
        return ["caught", _kind(e)]


# inputs: [[1, 2]]
# inputs: [{"key": 1}]
# inputs: [null]


def except_order_matters(k):
    try:
        {}[k]
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "KeyError"


# inputs: ["x"]


def isinstance_exception(x):
    try:
        raise MissingField(x)
    except Exception as e:
        return [
            isinstance(e, MissingField),
            isinstance(e, ValidationError),
            isinstance(e, ValueError),
            isinstance(e, KeyError),
        ]


# inputs: ["f"]


def zero_division_caught_as_arithmetic(x):
    try:
        return 1 // x
    except ArithmeticError as e:
        return _kind(e)


# inputs: [0]
# inputs: [3]


def type_error_caught(x):
    try:
        return len(x)
    except TypeError:
        return -1


# inputs: [5]
# inputs: ["abc"]
# inputs: [null]


def raise_inside_loop_with_finally(xs):
    seen = []
    for x in xs:
        try:
            if x == 0:
                continue
            if x < 0:
                break
            seen.append(x)
        finally:
            seen.append("f")
    return seen


# inputs: [[1, 0, 2, -1, 3]]


def raise_not_implemented():
    raise NotImplementedError("later")


# inputs: []
# messages


def runtime_error_custom(x):
    if x > 1:
        raise RuntimeError("too many")
    return x


# inputs: [2]
# inputs: [1]
# messages
