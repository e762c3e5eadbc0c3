# A bare `raise` in a `finally` entered by an exception re-raises that exception, as
# CPython does (not the one an enclosing handler caught, nor "No active exception");
# and int methods called with arguments they do not take raise TypeError.


def bare_raise_in_finally_during_propagation(x):
    try:
        try:
            raise KeyError(x)
        finally:
            raise
    except Exception as e:
        return type(e).__name__


# inputs: ["k"]


def bare_raise_in_finally_inside_handler(x):
    try:
        try:
            raise KeyError(x)
        except KeyError:
            try:
                raise ValueError("v")
            finally:
                raise
    except Exception as e:
        return type(e).__name__


# inputs: ["k"]


def bit_length_extra_arg(k: int):
    try:
        return k.bit_length(1)
    except TypeError:
        return "TypeError"


# inputs: [5]


def bit_count_extra_arg(k: int):
    try:
        return k.bit_count(1)
    except TypeError:
        return "TypeError"


# inputs: [5]


def bare_raise_in_finally_after_normal_end(x):
    out = []
    try:
        try:
            out.append(x)
        finally:
            raise
    except RuntimeError as e:
        out.append(str(e))
    try:
        try:
            raise KeyError(x)
        except KeyError:
            try:
                out.append("handled")
            finally:
                raise
    except KeyError as e:
        out.append(repr(e))
    return out


# inputs: ["k"]
# messages


# A raise in a finally entered by an exception chains that one as its __context__.
def fin_context_inside_handler(x):
    try:
        raise KeyError("h")
    except KeyError:
        try:
            try:
                raise IndexError("p")
            finally:
                raise ValueError(x)
        except ValueError as e:
            return repr(e.__context__)


# inputs: ["v"]
