# An exception class held by a name is called, or raised, to make an instance, as any
# Python class is.


class StaleData(Exception):
    pass


def _require(row, key, exc=ValueError):
    if key not in row:
        raise exc(f"missing {key}")
    return row[key]


def required_fields(row):
    out = []
    for key, exc in (("a", KeyError), ("b", ValueError), ("c", StaleData)):
        try:
            out.append(_require(row, key, exc))
        except (KeyError, ValueError, StaleData) as e:
            out.append([type(e).__name__, str(e)])
    return out


# inputs: [{"b": 2}]
# messages


def classes_in_a_loop():
    out = []
    for exc in (ValueError, KeyError, StaleData):
        try:
            raise exc("m")
        except Exception as e:
            out.append(type(e).__name__)
    return out


# inputs: []


def class_raised_bare(c):
    err = KeyError if c else StaleData
    try:
        raise err
    except Exception as e:
        return [type(e).__name__, str(e), e.args]


# inputs: [true]
# inputs: [false]


def _first(xs):
    return xs[0]


def _last(xs):
    return xs[-1]


def functions_still_called(xs):
    pick = _first if len(xs) > 2 else _last
    show = lambda v: v.upper() + "!"
    return [show(pick(xs)), [show(x) for x in xs]]


# inputs: [["c", "a", "b"]]
# inputs: [["c", "a"]]


# Reached through a subscript or a call (`errors[code]("...")`, `raise classes[i]`, a
# helper returning a class), it is instantiated the same way.


class NotFound(Exception):
    pass


def _pick(code):
    return NotFound if code == 404 else ValueError


def by_status(code: str):
    errs = {"404": NotFound, "400": ValueError}
    try:
        raise errs[code](f"status {code}")
    except Exception as e:
        return [type(e).__name__, str(e), repr(e)]


# inputs: ["404"]
# inputs: ["400"]


def from_tuple_and_helper(i: int):
    out = []
    for make in [(NotFound, KeyError)[i], _pick(404 if i else 400)]:
        try:
            raise make("m")
        except (NotFound, KeyError, ValueError) as e:
            out.append([type(e).__name__, str(e)])
    try:
        raise _pick(404)("direct")
    except NotFound as e:
        out.append(repr(e))
    return out


# inputs: [0]
# inputs: [1]


def bare_classes(i: int):
    classes = [NotFound, KeyError]
    try:
        raise classes[i]
    except Exception as e:
        return [type(e).__name__, str(e)]


# inputs: [0]
# inputs: [1]


def function_values(i: int):
    fs = [len, str.upper, lambda s: s * 2]
    return [fs[i]("ab"), (fs[2])("c")]


# inputs: [0]
# inputs: [1]
# inputs: [2]
