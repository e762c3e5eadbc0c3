# Minimized differences found by the program fuzzer (tests/semantics/fuzz) over the
# forms translated most recently: type() tests, iter/next, rebound parameters,
# counters in nested functions, ranges and recursive helpers.


def param_rebound_by_comprehension_of_floats(ys):
    ys = [float(x) for x in ys]
    return str(ys)


# inputs: [[1, 2]]
# inputs: [[0, -3, 2.5]]
# inputs: [[]]


def param_rebound_by_comprehension_of_str_floats(ys):
    ys = [float(str(x)) for x in ys]
    return [repr(ys), f"{ys}"]


# inputs: [[28, -9007199254740991, 123456]]


def item_stored_into_name_deleted_by_except(e):
    try:
        v = dict(e)
        it = iter(v)
        v["z"] = 1
        next(it)
    except RuntimeError as e:
        pass
    e["a"] = 1 // 0
    return e


# inputs: [{"a": 1}]


def item_stored_at_key_deleted_by_except(d, k):
    try:
        raise RuntimeError("x")
    except RuntimeError as k:
        pass
    d[k] = len(d) // 0
    return d


# inputs: [{"a": 1}, "a"]
