# Probes, ninth battery: a helper's `int` annotation over an argument that may be an
# integral float is not taken (no check can tell 2.0 from 2), so printing it is
# refused; and attributes a JS value does not have as Python's have them.


def _shown(v: int):
    return "n=" + str(v)


def helper_given_a_product(xs):
    t = 1
    for v in xs:
        t *= v
    return _shown(t)
# expect: CP115 7:23


def helper_in_a_dict(n: int):
    # CPython: "2.0" for n == 4; the call is not seen, so `v` may be any number.
    def show(v: int):
        return f"{v}"

    fs = {"x": show}
    return fs["x"](n / 2)
# expect: CP115 21:19


def length_of_an_encoded_str(s: str):
    # The refused argument used to crash len()'s lowering instead of being reported.
    return len(s.encode("utf-8"))
# expect: CP100 30:16


def _helper(x):
    return x


def name_of_a_function(n):
    # CPython: "_helper"; a JS function has no `__name__` (undefined).
    return _helper.__name__
# expect: CP116 40:12
