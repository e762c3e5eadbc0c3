# Probes: exception subclasses with __init__ and attributes, chaining, async exceptions.
class CodedError(Exception):
    pass


class Plain(Exception):
    pass


def plain_args(x):
    try:
        raise Plain(x, 2)
    except Plain as e:
        return [str(e), e.args, repr(e)]


# inputs: ["m"]


def raise_from_none():
    try:
        try:
            {}["k"]
        except KeyError:
            raise ValueError("clean") from None
    except ValueError as e:
        return [str(e), e.__cause__ is None, e.__suppress_context__]


# inputs: []


def exception_through_helpers(x):
    def level3(v):
        if v < 0:
            raise CodedError(v)
        return v

    def level2(v):
        try:
            return level3(v)
        finally:
            log.append("l2-finally")

    log = []
    try:
        return [level2(x), log]
    except CodedError as e:
        return [e.args, log]


# inputs: [1]
# inputs: [-1]


def finally_overrides_exception_in_helper(x):
    def f():
        try:
            raise KeyError(x)
        finally:
            return "swallowed"

    return f()


# inputs: ["k"]


def exception_in_comprehension(xs):
    try:
        return [10 // x for x in xs]
    except ZeroDivisionError:
        return "ZeroDivisionError"


# inputs: [[1, 2, 0, 3]]
# inputs: [[5]]


def exception_in_sort_key(xs):
    try:
        return sorted(xs, key=lambda v: v["k"])
    except KeyError as e:
        return ["KeyError", str(e)]


# inputs: [[{"k": 1}, {"j": 2}]]


def exception_in_lambda_default(xs):
    try:
        return max(xs, key=lambda v: 1 / v)
    except ZeroDivisionError:
        return "zero"


# inputs: [[1, 0]]


def except_order_base_first(x):
    try:
        raise CodedError(x)
    except Exception:
        return "Exception"
    except CodedError:
        return "CodedError"


# inputs: [1]


def bare_except(x):
    try:
        return x["a"]
    except:  # noqa: E722
        return "bare"


# inputs: [{}]
# inputs: [null]


async def _boom(x):
    raise CodedError(x)


async def async_exception(x):
    try:
        await _boom(x)
    except CodedError as e:
        return ["caught", e.args]


# inputs: [7]


async def _val(v, log):
    log.append(v)
    return v


async def await_in_expressions(x):
    log = []
    a = x or await _val("or", log)
    b = x and await _val("and", log)
    c = await _val("t", log) if x else await _val("f", log)
    d = f"{await _val('fs', log)}-{x}"
    e = None
    return [a, b, c, d, e, log]


# inputs: [1]
# inputs: [0]


async def await_in_while(n: int):
    log = []
    i = 0
    while await _val(i, log) < n:
        i += 1
    return [i, log]


# inputs: [3]


async def async_finally_order(x):
    log = []
    try:
        try:
            await _boom(x)
        finally:
            log.append("inner")
    except CodedError:
        log.append("outer")
    finally:
        log.append("final")
    return log


# inputs: [1]
