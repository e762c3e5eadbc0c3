# Numbers crossing calls the compiler cannot see (function_values.py): where a float
# may cross, printing it is refused (tests/cases/refuse/int_or_float.py); these are the
# cases that stay accepted, and must print what CPython prints.
import math


def _collect_floats(*vals):
    return [str(v) for v in vals]


def _keyword_floats(**opts):
    return sorted(f"{k}={v}" for k, v in opts.items())


def _halve(v):
    return v / 2


def star_args_of_floats(x: int):
    def show(*vals):
        return ",".join(str(v) for v in vals)

    return [show(x / 1, 2.5), show(), _collect_floats(x / 4, 0.5), _collect_floats()]


# inputs: [4]
# inputs: [-3]


def star_args_of_ints(x: int):
    def show(*vals):
        return "-".join(str(v) for v in vals)

    return [show(x, x * 2), _collect_floats(x, 7)]


# inputs: [4]


def kwargs_of_floats(x: int):
    def named(**kw):
        return str(kw["a"])

    return [named(a=x / 1), _keyword_floats(b=x / 2, a=1.0)]


# inputs: [4]
# inputs: [0]


def map_with_functions_of_known_result(x: int):
    def show(v):
        return str(v)

    def third(v):
        return v / 3

    return [
        str(list(map(float, [str(x), "2"]))),
        str(list(map(lambda v: v / 2, [x, x + 2]))),
        list(map(show, [x / 1, x * 0.5])),
        str(list(map(third, [x, 6]))),
        str(list(map(_halve, [x, 2]))),
        str(list(map(math.sqrt, [x * x, 4]))),
        str(list(map(str, [x, -x]))),
    ]


# inputs: [4]
# inputs: [9]


def lambda_called_where_written(x: int):
    return [
        str((lambda v: v)(x / 2)),
        f"{(lambda a, b: a * b)(x, 1.5)}",
        (lambda: str(x / 1))(),
    ]


# inputs: [4]
# inputs: [3]


def function_values_without_floats(x: int, names: list[str]):
    fs = [lambda v: str(v), lambda v: repr(v), lambda v: f"<{v}>"]
    table = {"upper": lambda s: s.upper(), "title": lambda s: s.title()}
    out = [f(x) for f in fs]
    out += [table[k](n) for k in sorted(table) for n in names]
    pick = fs[1]
    out.append(pick(x * 3))
    return out


# inputs: [4, ["ada", "bob lee"]]
# inputs: [-7, []]


def nested_key_functions_given_floats(x: int):
    def by_text(v):
        return str(v)

    def by_half(v):
        return v / 2

    values = [x / 1, 10.0, 2.5]
    return [
        sorted(values, key=by_text),
        max(values, key=by_half),
        str(min(values, key=by_text)),
    ]


# inputs: [4]
# inputs: [100]


def methods_used_as_values(x: int, names: list[str]):
    up = str.upper
    d = {"a": x, "b": x * 2}
    get = d.get
    keys = d.keys
    return [
        up("ab"),
        str(get("a")),
        str(get("z", -1)),
        list(keys()),
        list(map(up, names)),
    ]


# inputs: [4, ["ada", "bob"]]


def _join_all(*parts, sep="-"):
    return sep.join(str(p) for p in parts)


def _scaled(a, *, by=2):
    return a * by


def functions_with_keyword_slots_as_values(x: int):
    def tagged(label, **extra):
        return f"{label}:{len(extra)}"

    def need(*, k):
        return k

    shout = lambda *words, end="!": " ".join(words) + end
    calls = [
        lambda f: f(x, 2),
        lambda f: f(),
        lambda f: f(x),
        lambda f: f(x, 5),
        lambda f: f("a"),
        lambda f: f("a", "b"),
        lambda f: f("hi", "there"),
    ]
    out = []
    for f in [_join_all, _scaled, tagged, need, shout]:
        for call in calls:
            try:
                out.append(call(f))
            except TypeError as e:
                out.append(str(e))
    picked = [_join_all, _join_all]
    out.append(picked[0] is picked[1])
    out.append(sorted(["b", "a"], key=_join_all))
    return out


# inputs: [4]


def entry_with_star_args_and_keyword_only(x, *more, sep="-"):
    return sep.join(str(v) for v in (x, *more))


# inputs: [1]
# inputs: [1, 2, 3]
# inputs: ["a", "b"]
