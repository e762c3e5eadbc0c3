# A float index (`xs[n / 2] = v`, `del xs[n / 2]`, `xs[n / 2] += 1`) is CPython's
# TypeError for a list whatever the float's value; a JS number cannot tell 2.0 from 2, so
# the store is checked as a read is (py_setitem_float, py_delitem_float). A dict takes
# the float key.


def store_at_float_index(n: int, xs: list[int]):
    xs[n / 2] = 0
    return xs


# inputs: [4, [3, 1, 2]]


def del_at_float_index(n: int, xs: list[int]):
    del xs[n / 2]
    return xs


# inputs: [4, [3, 1, 2]]


def augmented_store_at_float_index(n: int, xs: list[int]):
    xs[n / 2] += 1
    return xs


# inputs: [4, [3, 1, 2]]


def _put(xs, i):
    xs[i] = 0
    return xs


def helper_store_at_float_index(n: int, xs: list[int]):
    return _put(xs, n / 2)


# inputs: [4, [3, 1, 2]]


def store_past_end_at_float_index(n: int):
    row = [0, 0]
    try:
        row[n / 2] = 5
    except IndexError:
        return "index"
    except TypeError:
        return "type"


# inputs: [4]


def dict_and_str_with_float_keys(n: int, s: str):
    d = {1: "a", 2: "b"}
    d[n / 2] = "two"
    del d[n / 4]
    out = [sorted(d.items())]
    for change in ("set", "del"):
        try:
            if change == "set":
                s[n / 2] = "x"
            else:
                del s[n / 2]
        except TypeError as e:
            out.append(str(e))
    try:
        del d[n / 8]
    except KeyError as e:
        out.append(repr(e))
    return out


# inputs: [4, "abc"]
# messages
