# A user exception class named like a JS global (`Error`, `RangeError`, `Map`) is
# renamed in the JS (`Error$`), and keeps its Python name in messages, repr() and
# uncaught errors.


class Error(Exception):
    pass


class RangeError(Error):
    pass


class Map(LookupError):
    pass


def raised(kind):
    try:
        if kind == "error":
            raise Error("negative")
        if kind == "range":
            raise RangeError("x", 2)
        raise Map()
    except Exception as e:
        return [type(e).__name__, repr(e), str(e), isinstance(e, Error)]


# inputs: ["error"]
# inputs: ["range"]
# inputs: ["map"]


def uncaught(kind):
    if kind == "range":
        raise RangeError("x out of range")
    raise Map("k")


# messages
# inputs: ["range"]
# inputs: ["map"]
