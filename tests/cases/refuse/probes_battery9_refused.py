# Probes, ninth battery: an `int` annotation over a value that may be an integral
# float is not taken (no check can tell 2.0 from 2), so printing it is refused.


def int_annotation_over_a_product(xs):
    t = 1
    for v in xs:
        t *= v
    x: int = t
    return str(x)
# expect: CP115 10:16


def int_annotation_over_a_sum_of_dash_numbers(a, b):
    x: int = a + b
    return f"{x}"
# expect: CP115 16:15


def _shown(v: int):
    return "n=" + str(v)


def helper_given_a_product(xs):
    t = 1
    for v in xs:
        t *= v
    return _shown(t)
# expect: CP115 21:23


def helper_in_a_dict(n: int):
    # CPython: "2.0" for n == 4; the call is not seen, so `v` may be any number.
    def show(v: int):
        return f"{v}"

    fs = {"x": show}
    return fs["x"](n / 2)
# expect: CP115 35:19


def length_of_an_encoded_str(s: str):
    # The refused argument used to crash len()'s lowering instead of being reported.
    return len(s.encode("utf-8"))
# expect: CP100 44:16


def _helper(x):
    return x


def name_of_a_function(n):
    # CPython: "_helper"; a JS function has no `__name__` (undefined).
    return _helper.__name__
# expect: CP116 54:12


def class_of_an_exception(n):
    try:
        return {}["k"]
    except KeyError as e:
        return e.__class__.__name__
# expect: CP116 62:16
