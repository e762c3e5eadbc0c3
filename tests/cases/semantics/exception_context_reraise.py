# An exception's __context__ is set on every raise inside a handler, as CPython sets it:
# a saved exception raised again takes the new one, and a cycle back is cut.


class AppError(Exception):
    pass


def saved_exception_reraised_twice(x):
    err = AppError(x)
    out = []
    for first in (KeyError("a"), IndexError("b")):
        try:
            try:
                raise first
            except (KeyError, IndexError):
                raise err
        except AppError as e:
            out.append(repr(e.__context__))
    return out


# inputs: ["v"]


def cycle_cut(x):
    a = KeyError(x)
    b = ValueError(x)
    out = []
    try:
        try:
            raise a
        except KeyError:
            raise b
    except ValueError:
        pass
    try:
        try:
            raise b
        except ValueError:
            raise a
    except KeyError as e:
        out.append(repr(e.__context__))
        out.append(repr(e.__context__.__context__))
    return out


# inputs: ["v"]
