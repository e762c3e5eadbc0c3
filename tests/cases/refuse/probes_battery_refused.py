# Probes whose faithful translation is out of reach: each is refused where it stands.


def isinstance_of_a_float_made_in_the_code():
    out = []
    for v in [1.0, "a"]:
        out.append(isinstance(v, float))  # 1.0 is a JS integer at run time
    return out
# expect: CP115 7:31


def range_of_a_float(n: int):
    return list(range(n / 2))  # TypeError in CPython, even for 2.0
# expect: CP121 13:23


def repeat_by_a_float(n: int):
    return ["ab" * (n / 2), [0] * (n * 1.0)]
# expect: CP121 18:21
# expect: CP121 18:36


def float_slice_bound(xs, n: int):
    return xs[: n / 2]
# expect: CP121 24:17


def float_method_widths(s: str, n: int):
    return [s.zfill(n / 2), s.split(",", n / 2), s.find("a", n / 2), [1].pop(n / 2)]
# expect: CP121 29:21
# expect: CP121 29:42
# expect: CP121 29:62
# expect: CP121 29:78


def float_bitwise(n: int):
    x = n / 2
    return [x & 1, ~x, 1 << x]
# expect: CP121 38:13
# expect: CP121 38:21
# expect: CP121 38:29


def float_in_int_builtins(n: int):
    return [chr(65 + n / 2), hex(n / 2), round(1.5, n / 2), enumerate([], n / 2)]
# expect: CP121 45:17
# expect: CP121 45:34
# expect: CP121 45:53
# expect: CP121 45:75


def float_in_math_int_functions(n: int):
    return [math.factorial(n / 2), math.gcd(4, n / 2)]
# expect: CP121 53:28
# expect: CP121 53:48


import math  # noqa: E402


def json_dumps_allow_nan(d):
    return json.dumps(d, allow_nan=False)  # CPython takes it; the browser would raise
# expect: CP100 62:36


import json  # noqa: E402
