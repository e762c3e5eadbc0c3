# Probes, fourth battery: numbers from Dash (ints, or floats with a fraction) meeting
# ints, where a result that may be an integral float must not print as an int. Each on
# the inputs that showed the difference. (Results CPython gives as an integral float
# that a JS number cannot keep apart from an int raise instead: see
# tests/semantics/test_lost_fraction.py.)
import json


def int_mod_dash_number(n):
    # 7 % 2.5 is 2.0: a remainder by a float is a float, integral or not.
    return [7 % n, 10 % n, n % 3, -n % 3, f"{7 % n:.1f}"]


# inputs: [2.5]
# inputs: [3]
# inputs: [-2.5]
# inputs: [0.5]


def int_mod_dash_number_printed(n):
    try:
        return [str(n % 3), f"{n % 4}", repr(-n % 3), "%s" % (n % 5)]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [2.5]
# inputs: [7]
# inputs: [-0.75]
# inputs: ["x"]
# messages


def dash_number_with_optional_int(n, clicks: int | None):
    # `int | None` is an int where it is not None: 0.5 * 2 is 1.0, 7.5 // 2 is 3.0.
    try:
        return [n * clicks, n // clicks, n % clicks, n + clicks, n - clicks]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [0.5, 2]
# inputs: [7.5, 2]
# inputs: [3, 2]
# inputs: [2.5, null]
# messages


def dash_number_with_optional_int_printed(n, clicks: int | None):
    try:
        return [str(n + clicks), str(n - clicks), str(clicks - n), str(n % clicks)]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [0.5, 2]
# inputs: [7.5, 2]
# inputs: [3, 2]
# inputs: [2.5, null]
# messages


def dash_sum_times_optional_int(n, clicks: int | None):
    a = n + 1
    try:
        return [a * clicks, a // clicks, a % clicks, f"{a * clicks:.2f}"]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [0.5, 2]
# inputs: [2, 3]
# inputs: [1, null]
# messages


def dash_sum_times_dash_number(n, m):
    a = n - 1
    return [a * m, a // m, a % m, a**m, f"{a * m:g}"]


# inputs: [2.5, 2]
# inputs: [4, 3]
# inputs: [1.5, 0.5]


def augmented_dash_numbers(n, d: dict, clicks: int | None):
    n += 1
    d["k"] += 1
    d["j"] -= clicks
    d["m"] %= 3
    return [str(n), str(d["k"]), str(d["j"]), str(d["m"]), d]


# inputs: [0.5, {"k": 1.5, "j": 2.25, "m": 7.5}, 2]
# inputs: [2, {"k": 1, "j": 2, "m": 7}, 2]


def augmented_list_items(rows: list, i: int):
    rows[i] += 1
    rows[0] -= 2
    try:
        rows += 1
    except TypeError as e:
        return [str(rows[i]), str(rows), "TypeError: " + str(e)]
    return rows


# inputs: [[0.5, 1.25], 1]
# inputs: [[5, 6], 1]
# messages


def remainders_of_dash_numbers(n, clicks: int | None):
    try:
        return [str(n % clicks), str(n % 7), str(n % True), str(-n % 3)]
    except (TypeError, ZeroDivisionError) as e:
        return "E: " + str(e)


# inputs: [7.5, 2]
# inputs: [-7.5, 2]
# inputs: [7, 2]
# inputs: [7.5, null]
# inputs: [7.5, 0]
# inputs: ["%s!", 2]
# messages


def powers_of_dash_numbers(n, clicks: int | None, k: int):
    # Values only: pow(2.5, 0) is 1.0 and 1 ** -1 is 1.0, which print as floats (see
    # tests/cases/refuse/probes_battery4_refused.py).
    out = []
    for f in (
        lambda: pow(n, 0),
        lambda: pow(n, 2),
        lambda: pow(n, -1),
        lambda: pow(4, n),
        lambda: clicks**-1,
        lambda: clicks**k,
        lambda: pow(clicks, k),
        lambda: pow(n + 1, 0),
        lambda: clicks**2,
        lambda: f"{pow(n, 0):.1f}",
    ):
        try:
            out.append(f())
        except (TypeError, ZeroDivisionError) as e:
            out.append(str(e))
    return out


# inputs: [2.5, 1, -1]
# inputs: [1, 2, -2]
# inputs: [0.5, 4, 2]
# inputs: [0, null, 3]
# messages


def optional_int_squared_printed(clicks: int | None):
    try:
        return [str(clicks**2), f"{pow(clicks, 3)}"]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [3]
# inputs: [null]
# messages


def divmod_of_dash_numbers(n, clicks: int | None):
    try:
        q, r = divmod(n, clicks)
        return [q, r, divmod(n, 1), divmod(7, n), f"{q:.1f}", str(divmod(clicks, 3))]
    except (TypeError, ZeroDivisionError) as e:
        return str(e)


# inputs: [2.5, 1]
# inputs: [7, 2]
# inputs: [-0.5, 4]
# inputs: [1, 0]
# inputs: [1, null]
# messages


# Numbers from Dash through helpers, lambdas, comprehensions, loops, keys and format
# specs; int reads of open lists; defaults of nested defs and lambdas.


def _fmt(x):
    return f"<{x}>"


def _inc(x):
    return x + 1


def _scale(x, k=2):
    return x * k


def helpers_with_dash_sums(n):
    m = n + 1
    return [
        _fmt(m),
        _fmt(_inc(n)),
        str(_inc(m)),
        _fmt(n - 2),
        str(_scale(m, 1.0)),
        json.dumps([m, _inc(m)]),
        "%s|%r|%d" % (m, m, m),
        "{}".format(m),
    ]


# inputs: [1]
# inputs: [1.5]
# inputs: [-2.25]


def lambdas_and_comps(rows):
    inc = lambda v: v + 1
    out = [inc(r) for r in rows]
    out2 = list(map(lambda v: v - 1, rows))
    d = {r + 1: str(r + 1) for r in rows}
    s = sorted({r - 1 for r in rows})
    return [
        str(out),
        str(out2),
        str(d),
        str(s),
        str(max(out)),
        str(min(out2, default=0)),
        [str(x) for x in out],
    ]


# inputs: [[1, 2.5, -3]]
# inputs: [[0.5]]
# inputs: [[]]


def loop_fixpoint(rows):
    acc = 0
    for r in rows:
        if r > 0:
            acc = r + 1
        else:
            acc = acc - 1
    return str(acc)


# inputs: [[1, 2.5, -3]]
# inputs: [[0.5, -1]]
# inputs: [[]]


def loop_fixpoint2(rows, k: int):
    best = 0
    for r in rows:
        cand = r + k
        if cand > best:
            best = cand
    return [str(best), f"{best}", repr(best)]


# inputs: [[1, 2.5, -3], 2]
# inputs: [[0.5, -1], 0]


def while_count(n):
    i = n
    steps = []
    while i < 5:
        i += 1
        steps.append(str(i))
    return steps


# inputs: [1]
# inputs: [2.5]
# inputs: [-0.5]


def bool_keys(n):
    d = {True: "t", False: "f", 2: "two"}
    m = n + 0
    k = n - 1
    out = [d.get(m), d.get(k), m in d, k in d]
    s = {True, False}
    out += [m in s, k in s, len({m, True}), len({k, False, 0.0})]
    e = {}
    e[m] = 1
    e[True] = 2
    out.append(str(e))
    out.append(d[n - 1] if (n - 1) in d else None)
    return out


# inputs: [1]
# inputs: [0]
# inputs: [2]
# inputs: [1.5]


def idx(xs, i: int):
    try:
        return xs[i]
    except IndexError as e:
        return "IndexError: " + str(e)
    except KeyError as e:
        return "KeyError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [[1, 2, 3], -1]
# inputs: [[1, 2, 3], -3]
# inputs: [[1, 2, 3], -4]
# inputs: [[1, 2, 3], 3]
# inputs: [[], 0]
# inputs: ["abc", 1]
# inputs: ["abc", -1]
# inputs: ["abc", 5]
# inputs: ["", -1]
# inputs: [{"1": 5}, 1]
# inputs: [null, 0]
# inputs: [5, 0]
# inputs: [true, 0]
# inputs: [[1, 2, 3], 9007199254740993]
# inputs: [[null, 2], 0]
# messages


def idx_tuple(i: int):
    t = tuple([1, 2, 3])
    u = (4, 5)
    xs = [t, u, "xy", {0: "zero", 1: "one"}]
    out = []
    for x in xs:
        try:
            out.append(x[i])
        except (IndexError, KeyError) as e:
            out.append(str(e))
    return out


# inputs: [0]
# inputs: [-1]
# inputs: [2]
# inputs: [-3]
# messages


def idx_computed(rows, i: int):
    out = []
    try:
        out.append(rows[i - 1])
        out.append(rows[i * 2])
        out.append(rows[len(rows) - 1])
        out.append(rows[-i])
        out.append(rows[i // 2])
        out.append(rows[0][i])
    except IndexError as e:
        out.append("IndexError: " + str(e))
    except TypeError as e:
        out.append("TypeError: " + str(e))
    return out


# inputs: [[[1, 2], [3, 4]], 1]
# inputs: [["ab", "cd"], 1]
# inputs: [[[1, 2], [3, 4]], 0]
# inputs: [[[1, 2], [3, 4]], 2]
# messages


def nested_default(n: int):
    def g(x, acc=[]):
        acc.append(x)
        return len(acc)

    return [g(n), g(n), g(n / 2)]


# inputs: [1]
# inputs: [2]


def nested_default_value(n: int):
    out = []
    for k in range(3):

        def g(x, base=k * n):
            return x + base

        out.append(g(1))
    return out


# inputs: [2]


def lambda_default(n: int):
    fs = [lambda x, acc=[]: acc.append(x) or len(acc) for _ in range(2)]
    return [fs[0](n), fs[0](n), fs[1](n)]


# inputs: [1]
# inputs: [2]


def _mk(acc=[]):
    return acc


def passed_as_value(n: int):
    f = _mk
    a = f()
    a.append(n)
    b = _mk()
    return [a is b, len(b), _mk() is a]


# inputs: [1]
# inputs: [2]


def _apply(fn, v):
    return fn(v)


def _collect(v, seen={}):
    seen[v] = seen.get(v, 0) + 1
    return seen[v]


def default_through_value(n):
    return [
        _apply(_collect, n),
        _apply(_collect, n),
        _collect(n),
        list(map(_collect, [n, n])),
    ]


# inputs: [1]
# inputs: ["a"]


def specs(n):
    m = n + 1
    out = []
    for spec in [
        ",",
        ">8",
        "<6",
        "^7",
        "+",
        " ",
        "_",
        ".0f",
        ".2f",
        "e",
        ".3g",
        "g",
        "%",
        ".1%",
        "n",
        "08",
        "=+9",
        "d",
        "x",
        "b",
        "#x",
        ",.2f",
        "10.3",
        ".3",
        "",
        "G",
        "E",
        "c",
    ]:
        try:
            out.append(format(m, spec))
        except (ValueError, TypeError) as e:
            out.append("E:" + str(e))
    out.append(f"{m!r:>6}|{m!s}|{m:{'>'}{5}}")
    out.append(
        "%5.1f|%-4d|%e|%g|%x|%o|%5s|%%|%.2s|%c" % (m, m, m, m, int(m), int(m), m, m, 66)
    )
    return out


# inputs: [2]
# inputs: [2.5]
# inputs: [-1234566.75]
# inputs: [1000000000000000]
# inputs: [-1]
# inputs: [123456788]
# messages


# `x += k` raising TypeError names `+=`, as CPython's message does.


def augmented_error_names_the_operator(x, k: int):
    try:
        x += k
        return x
    except TypeError as e:
        return str(e)


# inputs: [null, 1]
# inputs: [{"a": 1}, 1]
# inputs: ["s", 1]
# messages


def augmented_sub_error_names_the_operator(x, k: int):
    try:
        x -= k
        return x
    except TypeError as e:
        return str(e)


# inputs: [null, 1]
# inputs: ["s", 1]
# messages


def augmented_open_error_names_the_operator(x, k):
    try:
        x += k
        return x
    except TypeError as e:
        return str(e)


# inputs: [null, 1]
# messages


def augmented_int_total(rows):
    total = 0
    try:
        for r in rows:
            total += r
            total -= 1
        return total
    except TypeError as e:
        return str(e)


# inputs: [[1, 2.5]]
# inputs: [[1, null]]
# inputs: [["a"]]
# messages


# Containers a nested function changes: what it stores is typed there, so the items
# may be floats.


def nested_function_stores(n):
    vals = {"t": n, "u": [n]}

    def upd():
        vals["t"] = vals["t"] / 1
        vals["u"].append(n * 1.5)

    upd()
    return [vals["t"], vals["u"], f"{vals['t']:.1f}"]


# inputs: [2]
# inputs: [0.5]


def pop_default(d: dict, k):
    return [d.pop(k, 1.0), d.pop("zz", 2), str(d.pop("q", 3))]


# inputs: [{"a": 1, "q": 2.5}, "a"]
# inputs: [{"a": 1}, "b"]
