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
