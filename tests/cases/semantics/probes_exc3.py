# Probes: try/else/finally control flow corners.
def raise_in_else_not_caught(x):
    log = []
    try:
        try:
            log.append("try")
        except ValueError:
            log.append("except")
        else:
            log.append("else")
            raise ValueError(x)
        finally:
            log.append("finally")
    except ValueError:
        log.append("outer")
    return log


# inputs: ["v"]


def raise_in_except_runs_finally(x):
    log = []
    try:
        try:
            raise KeyError(x)
        except KeyError:
            log.append("except")
            raise ValueError("from except")
        finally:
            log.append("finally")
    except ValueError as e:
        log.append(str(e))
    return log


# inputs: ["k"]


def nested_finally_return_override():
    def f():
        try:
            try:
                return "inner-try"
            finally:
                return "inner-finally"
        finally:
            pass

    def g():
        try:
            return "a"
        finally:
            try:
                raise KeyError
            except KeyError:
                pass

    return [f(), g()]


# inputs: []


def break_continue_in_try_finally(xs):
    log = []
    for x in xs:
        try:
            if x == 1:
                continue
            if x == 3:
                break
            log.append(x)
        finally:
            log.append(f"f{x}")
    else:
        log.append("else")
    return log


# inputs: [[0, 1, 2, 3, 4]]
# inputs: [[0, 1]]


def while_true_retry(xs):
    attempts = 0
    log = []
    while True:
        attempts += 1
        try:
            v = xs[attempts]
            log.append(v)
            if v == "ok":
                break
        except IndexError:
            log.append("index")
            break
        finally:
            log.append(attempts)
    return log


# inputs: [["a", "b", "ok", "c"]]
# inputs: [["a"]]


def exception_swallowed_by_finally_break(xs):
    out = []
    for x in xs:
        try:
            raise ValueError(x)
        finally:
            out.append(x)
            break
    return out


# inputs: [[1, 2]]


def finally_sees_exception_var_state(x):
    result = "unset"
    try:
        result = 10 // x
    except ZeroDivisionError:
        result = "div"
    finally:
        result = [result, "final"]
    return result


# inputs: [2]
# inputs: [0]


def except_clause_order_and_tuples(x):
    try:
        if x == 0:
            raise KeyError("k")
        if x == 1:
            raise IndexError("i")
        if x == 2:
            raise ZeroDivisionError("z")
        raise ValueError("v")
    except (IndexError, ZeroDivisionError) as e:
        return ["tuple", str(e)]
    except LookupError as e:
        return ["lookup", str(e)]
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return ["exception", str(e)]


# inputs: [0]
# inputs: [1]
# inputs: [2]
# inputs: [3]


def assert_in_helper_with_message(x):
    def check(v):
        assert v > 0, f"bad {v}"
        return v

    try:
        return check(x)
    except AssertionError as e:
        return str(e)


# inputs: [1]
# inputs: [-1]
