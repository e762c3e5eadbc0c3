# Missing keys and indexes raise KeyError / IndexError, caught by except.


def get_missing_key(d, k):
    return d[k]


# inputs: [{"a": 1}, "b"]
# inputs: [{"a": 1}, "a"]
# inputs: [{}, "constructor"]
# inputs: [{}, "toString"]
# inputs: [{}, "__proto__"]
# inputs: [{"hasOwnProperty": 1}, "hasOwnProperty"]
# messages


def catch_key_error(d, k):
    try:
        return d[k]
    except KeyError as e:
        return "missing " + str(e)


# inputs: [{"a": 1}, "b"]
# inputs: [{"a": 1}, "a"]


def catch_index_error(xs, i):
    try:
        return xs[i]
    except IndexError:
        return "out of range"


# inputs: [[1, 2], 5]
# inputs: [[1, 2], -1]
# inputs: [[], 0]


def lookup_error_catches_both(d, k, i):
    out = []
    try:
        out.append(d[k])
    except LookupError as e:
        out.append("KeyError" if isinstance(e, KeyError) else "IndexError")
    try:
        out.append(d["items"][i])
    except LookupError as e:
        out.append("KeyError" if isinstance(e, KeyError) else "IndexError")
    return out


# inputs: [{"items": [1]}, "x", 3]
# inputs: [{"items": [1], "x": 2}, "x", 0]


def int_key_missing(d):
    m = {1: "one", 2: "two"}
    try:
        return m[3]
    except KeyError as e:
        return str(e)


# inputs: [{}]


def tuple_key_missing():
    m = {(1, 2): "pair"}
    try:
        return [m[(1, 2)], m[(2, 1)]]
    except KeyError as e:
        return ["missing", str(e)]


# inputs: []


def key_error_uncaught_int():
    return {1: 2}[5]


# inputs: []
# messages


def nested_missing(data):
    try:
        return data["a"]["b"]["c"]
    except KeyError as e:
        return f"no {e}"
    except TypeError:
        return "not a dict"


# inputs: [{"a": {"b": {"c": 1}}}]
# inputs: [{"a": {"b": {}}}]
# inputs: [{"a": {"b": 5}}]
# inputs: [{}]


def pop_missing(xs):
    try:
        xs.pop(10)
    except IndexError as e:
        return str(e)


# inputs: [[1]]
# inputs: [[]]


def empty_pop():
    return [].pop()


# inputs: []
# messages


def dict_get_vs_index(d):
    return [d.get("x"), d.get("x", 0), d.get("y", "dflt"), "x" in d]


# inputs: [{"y": 2}]
# inputs: [{"x": null}]


def tuple_index_error(i):
    t = (1, 2)
    return t[i]


# inputs: [2]
# inputs: [-3]
# messages


def constant_keys_on_anything(value):
    out = []
    for read in (
        lambda: value["name"],
        lambda: value["length"],
        lambda: value["constructor"],
        lambda: value["size"],
        lambda: value["name"]["first"],
    ):
        try:
            out.append(read())
        except KeyError:
            out.append("KeyError")
        except TypeError:
            out.append("TypeError")
    return out


# inputs: [{"name": {"first": "Ada"}, "length": 3}]
# inputs: [{"constructor": 1, "name": "x", "size": null}]
# inputs: [[1, 2]]
# inputs: ["text"]
# inputs: [null]
# inputs: [5]
# inputs: [{}]
