# Probes, third battery: library functions whose JS counterparts round or fail
# differently from CPython's: math (hypot, degrees, radians, fsum, comb, isqrt, prod,
# pow, fmod, isclose, exp, log), float powers, json.loads on text that is not JSON. Each
# on the inputs that showed the difference.
import json
import math


def distance(x1: float, y1: float, x2: float, y2: float):
    d = math.hypot(x2 - x1, y2 - y1)
    return [d, str(d), f"{d}", math.hypot(x1, y1, x2)]


# inputs: [0, 0, 7.198930575905798, 1.1407315094764574]
# inputs: [1.5, 2.5, -447.0, 2.5846802304164842]
# inputs: [0.3780396288383874, 0, 0, 9.850868243521301]
# inputs: [260185.8909866101, 0.25, 0, -0.5381164487252263]
# inputs: [0, 0, 3, 4]


def angle_text(rad: float, deg: float):
    return [str(math.degrees(rad)), str(math.radians(deg)), repr(math.degrees(rad) * 2)]


# inputs: [0.1, 3.0]
# inputs: [1e-10, 30.0]
# inputs: [0.5235987755982988, 60.5]
# inputs: [3.141592653589793, 1e300]


def exact_sum(xs):
    return [math.fsum(xs), str(math.fsum(xs))]


# inputs: [[1.0, 1e16, 1e-16, 1e-100]]
# inputs: [[-1e16, -1e100, 1e100, 1.0, 1e16]]
# inputs: [[0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]]
# inputs: [[1e308, 1e308]]
# inputs: [[]]
# inputs: [[true, 2.5]]
# messages


def fsum_of_dict(d: dict):
    return [math.fsum(d), math.prod(d)]


# inputs: [{"1": 1, "2": 2}]
# messages


def fsum_of_keys():
    d = {1.5: "a", 2.25: "b", 3: "c"}
    return [math.fsum(d), math.prod(d), str(math.fsum(d.values() and d))]


# inputs: []


def big_product(n: int):
    return math.prod(range(1, n + 1))


# inputs: [18]
# messages


def choose(n: int, k: int):
    return math.comb(n, k)


# inputs: [5, 2]
# inputs: [5, 7]
# inputs: [50, 25]
# inputs: [56, 28]
# inputs: [-1, 2]
# inputs: [5, -1]
# inputs: [62, 3]
# inputs: [1000, 999]
# messages


def int_root(n: int):
    return [math.isqrt(n), math.isqrt(n) ** 2 <= n]


# inputs: [4503599761588224]
# inputs: [4503599761588223]
# inputs: [9007199136250225]
# inputs: [9007199136250224]
# inputs: [0]


def math_pow_overflow(x: float, y: float):
    return math.pow(x, y)


# inputs: [297.5, 1e308]
# inputs: [10.5, 400.5]
# inputs: [-10.5, 401]
# inputs: [2.5, 3]
# messages


def remainder(x: float, y: float):
    try:
        return str(math.fmod(x, y))
    except ValueError as e:
        return "error: " + str(e)


# inputs: [7.5, 2]
# inputs: [-7.5, 2]
# inputs: [7.5, 0]
# inputs: [1e300, 1e-300]


def close(a: float, b: float, tol: float):
    try:
        return math.isclose(a, b, rel_tol=tol)
    except ValueError as e:
        return str(e)


# inputs: [1.0, 1.05, 0.1]
# inputs: [1.0, 1.05, -0.1]


def compound(rate: float, years: int, start: float):
    growth = (1 + float(rate)) ** years
    return [
        growth,
        str(float(start) * growth),
        f"{growth}",
        (1 + rate) ** -0.5,
        2.5**0.5,
    ]


# inputs: [0.01, 14, 1000]
# inputs: [0.03, 12, 250.5]
# inputs: [0.02, 21, 1]
# inputs: [0.3, 44, 2]
# inputs: [-0.5, 3, 1]


def neg_base(x: float, n: int):
    y = float(x)
    return [str(y**n), str((-y) ** n)]


# inputs: [1.03, 13]
# inputs: [0.5, -3]
# inputs: [2.5, 7]


def logs(x: float):
    return [
        str(math.log(x)),
        str(math.log2(x)),
        str(math.log10(x)),
        str(math.exp(x / 10)),
        str(math.log(x, 10)),
        str(math.pow(x, 1.5)),
    ]


# inputs: [3]
# inputs: [1.399986677527604]
# inputs: [1000]
# inputs: [0.5476079809602563]
# inputs: [8]
# inputs: [9.358066203017785]


def parse_settings(text):
    try:
        data = json.loads(text)
    except ValueError as e:
        return "Invalid JSON: " + str(e)
    return data


# inputs: ["{\"a\": 1}"]
# inputs: ["[1, 2,]"]
# inputs: ["{\"a\": 1,}"]
# inputs: ["{'a': 1}"]
# inputs: ["{\"a\" 1}"]
# inputs: [""]
# inputs: ["   "]
# inputs: ["{\"a\": [1, {\"b\": }]}"]
# inputs: ["\"unterminated"]
# inputs: ["\"bad \\q escape\""]
# inputs: ["\"\\u12\""]
# inputs: ["[1]\n[2]"]
# inputs: ["\"\ud83d\ude00\" x"]
# inputs: ["{\n  \"a\": 1\n  \"b\": 2\n}"]
# inputs: ["[nan]"]
# messages


def parse_uncaught(text):
    return json.loads(text)


# inputs: ["[1, 2"]
# inputs: ["01"]
# messages


def parse_not_text(value):
    try:
        return json.loads(value)
    except TypeError as e:
        return str(e)


# inputs: [12]
# inputs: [null]
# inputs: [["[1]"]]


def merged_settings(defaults, overrides):
    return [
        dict(**defaults),
        dict(defaults, **overrides),
        dict(theme="light", **overrides),
        dict(**defaults, size=3),
        dict(a=1, **{"b": 2}),
    ]


# inputs: [{"theme": "dark", "size": 1}, {"size": 2}]
# inputs: [{}, {}]


def merged_twice(defaults, overrides):
    try:
        return dict(**defaults, **overrides)
    except TypeError as e:
        return str(e)


# inputs: [{"a": 1}, {"b": 2}]
# inputs: [{"a": 1}, {"a": 2}]


def _labelled(text, **style):
    return [text, style]


def _needs_a(a, b=0):
    return a + b


def keyword_errors(opts):
    out = []
    try:
        out.append(_labelled("x", color="red", **opts))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(_needs_a(**opts))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("{color}".format(**opts))
    except TypeError as e:
        out.append(str(e))
    except KeyError as e:
        out.append("KeyError " + str(e))
    return out


# inputs: [{"color": "blue"}]
# inputs: [{"a": 1}]
# inputs: [["color"]]
# inputs: [null]
# inputs: ["ab"]
# messages


def _trace(log, name):
    log.append(name)
    return {name: len(log)}


def keyword_order():
    log = []
    _labelled("x", **_trace(log, "first"), second=_trace(log, "second"))
    return log


# inputs: []


def spread_printing(x: float, n: int):
    y = float(x)
    print(*[y, 1.5])
    print("total", *(y * 2,), sep=": ")
    print(*[n, 2], *["a"])
    return [str(*[y]), repr(*[y / 4]), str(*[]), str(*[n]), int(*[]), float(*[])]


# inputs: [2, 3]
# inputs: [0.5, -1]


def spread_none_given(args):
    return [
        int(*args),
        str(*args),
        list(*args),
        tuple(*args),
        dict(*args),
        bool(*args),
        str(float(*args)),
    ]


# inputs: [[]]


def format_with_bad_spec(value, spec):
    try:
        return format(value, spec)
    except TypeError as e:
        return str(e)


# inputs: [1, 2]
# inputs: ["a", ["s"]]
# inputs: [1.5, ".1f"]


def polar_point(r: float, deg: float):
    a = math.radians(float(deg))
    x = float(r) * math.cos(a)
    y = float(r) * math.sin(a)
    return [
        str(x),
        str(y),
        str(math.atan2(y, x)),
        str(math.tan(a)),
        str(math.hypot(x, y)),
        str(math.degrees(math.atan(y / x))) if x else "",
    ]


# inputs: [1, 30]
# inputs: [2.5, 143.2394487827058]
# inputs: [10, 5156.620156177409]
# inputs: [1, 90]


def inverse_trig(v: float):
    return [str(math.asin(v)), str(math.acos(v)), str(math.atan(v * 5.536))]


# inputs: [0.5476079809602563]
# inputs: [0.33199033898785935]
# inputs: [-0.9059673990867232]


def log_base_errors(x: float, base: float):
    try:
        return str(math.log(x, base))
    except ValueError as e:
        return "ValueError " + str(e)
    except ZeroDivisionError as e:
        return "ZeroDivisionError " + str(e)


# inputs: [-5, 1]
# inputs: [5, 1]
# inputs: [8, 2]
