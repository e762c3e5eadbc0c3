"""Int arithmetic past 2**53 raises OverflowError in JS, where a JS number would round,
and so does making an int of 1e21 or more, where a JS number stands for a float.

CPython's ints grow instead, so these cannot be differential cases: each function runs
in node and must either give CPython's answer or raise, never a rounded int. Counters
and lengths stay plain JS operators (bounded.py), so the checks cost loops nothing.
"""

import json
import math

import pytest

import clientpy
from clientpy.testing.engine import JSRaised, NodeEngine

OVER = "integer result too large for a JS number"
BIG = 2**53 - 1


def add_ints(a: int, b: int):
    return a + b


def sub_ints(a: int, b: int):
    return a - b


def augmented(a: int, b: int):
    total = a
    total += b
    return total


def float_annotated(x: float, k: int):
    return x * k


def summed_ints(xs: list[int]):
    return sum(x for x in xs)


def summed_list(xs):
    return sum(xs)


def product_to(n: int):
    return math.prod(range(1, n + 1))


def fibonacci(n: int):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def doubled(n: int):
    x = 1
    for _ in range(n):
        x = x + x
    return x


def dict_totals(xs):
    # Not a counting dict: its values grow by what Dash sends.
    totals = {}
    for x in xs:
        totals["a"] = totals.get("a", 0) + x
    return totals["a"]


def _double_all(d):
    for k in d:
        d[k] = d[k] * 2


def counts_passed_on(n: int):
    # A counting dict handed to a function is not one: it can double its values.
    counts = {}
    counts["a"] = counts.get("a", 0) + 1
    for _ in range(n):
        _double_all(counts)
    counts["a"] = counts["a"] + 1
    return counts["a"]


def counts_doubled_in_place(n: int):
    # A count added to itself is no step: its values double.
    counts = {}
    counts["a"] = 1
    for _ in range(n):
        counts["a"] = counts["a"] + counts["a"]
    return counts["a"] + 1


def record_totals(xs):
    # "n" only counts; "total" sums Dash's numbers and keeps its check.
    g = {"n": 0, "total": 0}
    for x in xs:
        g["n"] += 1
        g["total"] += x
    return g["total"] if g["n"] else 0


# From 1e21 on a JS number stands for a float (Dash's JSON writes "1e+21"), so an int
# that large cannot be made: int(), round(), math.floor(), ** and << raise there.
def int_of_float(x: float):
    return int(x)


def rounded_float(x: float):
    return round(x)


def floored_float(x: float):
    return math.floor(x)


def power_of_ten(n: int):
    return 10**n


def shifted(n: int):
    return 1 << n


def loaded_id(text):
    return json.loads(text)["id"]


def least_multiple(xs):
    return math.lcm(*xs)


def arrangements(n, k):
    return math.perm(n, k)


def range_length(stop, step):
    return len(range(1, stop, step))


CASES = [
    (range_length, [10**17, 3]),
    (range_length, [10**17, 16]),
    (loaded_id, ['{"id": 9007199254740991}']),
    (loaded_id, ['{"id": 9007199254740993}']),
    (int_of_float, [1e15]),
    (int_of_float, [1e21]),
    (rounded_float, [1.5e300]),
    (floored_float, [-1e22]),
    (power_of_ten, [15]),
    (power_of_ten, [22]),
    (shifted, [45]),
    (shifted, [70]),
    (add_ints, [BIG, 1]),
    (add_ints, [BIG, 2]),
    (add_ints, [-BIG, -2]),
    (sub_ints, [-BIG, 2]),
    (augmented, [BIG, 2]),
    (float_annotated, [3002399751580331, 3]),
    (float_annotated, [0.5, 3]),
    (summed_ints, [[BIG, 2, -BIG]]),
    (summed_ints, [[1, 2, 3]]),
    (summed_list, [[BIG, 2, -BIG]]),
    (summed_list, [[BIG, 3, -BIG]]),
    (product_to, [18]),
    (product_to, [19]),
    (fibonacci, [70]),
    (fibonacci, [80]),
    (doubled, [53]),
    (doubled, [70]),
    (dict_totals, [[BIG, 2]]),
    (dict_totals, [[BIG - 5, 2]]),
    (counts_passed_on, [52]),
    (counts_passed_on, [53]),
    (counts_doubled_in_place, [52]),
    (counts_doubled_in_place, [53]),
    (record_totals, [[BIG, 2]]),
    (record_totals, [[BIG - 5, 2]]),
    (least_multiple, [[1073741824, 1073741825]]),
    (least_multiple, [[67108864, 134217727]]),
    (arrangements, [19, 19]),
    (arrangements, [40, 11]),
    (arrangements, [40, 10]),
]


@pytest.fixture(scope="module")
def js():
    with NodeEngine(timeout=5.0) as engine:
        for func in {f for f, _ in CASES}:
            engine.define(func.__name__, clientpy.to_js(func))
        yield engine


@pytest.mark.parametrize(
    ("func", "args"), CASES, ids=[f"{f.__name__}{a}" for f, a in CASES]
)
def test_cpython_answer_or_overflow_error(js, func, args):
    expected = func(*args)
    got = js.call(func.__name__, args)
    if isinstance(got, JSRaised):
        assert (got.type_name, got.message) == ("OverflowError", OVER)
        assert abs(expected) > BIG or any(
            abs(v) > BIG for v in _partial_results(func, args)
        ), f"{func.__name__}{args} raised, CPython gave {expected}"
    else:
        assert got == expected and type(got) is type(expected)


def _partial_results(func, args):
    """The running values a sum passes through (a sum can cross 2**53 and come back)."""
    if func in (summed_ints, summed_list):
        total = 0
        for x in args[0]:
            total += x
            yield total


@pytest.mark.parametrize(
    ("func", "args", "raises"),
    [
        (add_ints, [BIG, 2], True),
        (fibonacci, [80], True),
        (doubled, [70], True),
        (product_to, [19], True),
        (summed_list, [[BIG, 2, -BIG]], True),
        (add_ints, [BIG - 5, 2], False),
        (dict_totals, [[BIG, 2]], True),
        (counts_passed_on, [53], True),
        (counts_doubled_in_place, [53], True),
        (record_totals, [[BIG, 2]], True),
        (int_of_float, [1e15], False),
        (int_of_float, [1e21], True),
        (rounded_float, [1.5e300], True),
        (floored_float, [-1e22], True),
        (power_of_ten, [22], True),
        (shifted, [70], True),
        (loaded_id, ['{"id": 12345678901234567890}'], True),
    ],
)
def test_past_2_53_is_loud(js, func, args, raises):
    got = js.call(func.__name__, args)
    assert isinstance(got, JSRaised) is raises


def counting(grid, passes: int):
    h = len(grid)
    out = []
    p = 0
    while p < passes:
        for y in range(h):
            dy = -1
            while dy <= 1:
                yy = min(max(y + dy, 0), h - 1)
                out.append(yy)
                dy += 1
        p += 1
    return out


def test_counters_and_lengths_stay_plain_operators():
    code = clientpy.to_js(counting)
    assert "py_num_add" not in code and "py_num_sub" not in code
    assert "p += 1" in code and "h - 1" in code
    assert "py_num_add(a, b)" in clientpy.to_js(add_ints)


def enumerated(xs, start: int):
    return [i for i, _ in enumerate(xs, start)]


def enumerated_items(xs: list, start: int):
    out = []
    for i, x in enumerate(xs, start):
        out.append(i)
    return out


@pytest.mark.parametrize("func", [enumerated, enumerated_items])
def test_enumerate_counts_from_a_start_near_2_53(func):
    with NodeEngine(timeout=5.0) as engine:
        engine.define("f", clientpy.to_js(func))
        assert engine.call("f", [[1, 2], BIG - 1]) == func([1, 2], BIG - 1)
        got = engine.call("f", [[1, 2, 3], BIG - 1])
        assert isinstance(got, JSRaised) and got.type_name == "OverflowError"


# A product or sum of ints that a float takes at once is that float's operand: Python
# rounds the exact int once, as IEEE rounds the JS result, so these need no check.
# (Each returns str(): the bridge's JSON cannot tell 2.0 from 2.)
def float_accumulated(a: int, b: int):
    acc = 0.0
    acc += a * b
    return str(acc)


def float_added(a: int, b: int):
    return str(0.5 + a * b)


def float_divided(a: int, b: int):
    return str((a - b) / 2.5)


def float_row(xs: list[int], ys: list[int]):
    out = [0.0] * len(xs)
    for i in range(len(xs)):
        out[i] += xs[i] * ys[i]
    return [str(x) for x in out]


def twice_rounded(a: int, b: int, c: int):
    return 0.0 + (a * b + c)


TAKEN_AS_FLOAT = [
    (float_accumulated, [2**40 + 1, 2**40 + 3]),
    (float_accumulated, [3002399751580331, 3]),
    (float_added, [-(2**40 + 5), 2**40 + 7]),
    (float_added, [10**20 + 1, 10**20 + 3]),
    (float_divided, [BIG, -BIG]),
    (float_row, [[2**40 + 1, 3, BIG], [2**40 + 3, 5, BIG]]),
]


@pytest.mark.parametrize(
    ("func", "args"), TAKEN_AS_FLOAT, ids=[f"{f.__name__}" for f, _ in TAKEN_AS_FLOAT]
)
def test_int_results_a_float_takes_are_plain_and_exact(func, args):
    code = clientpy.to_js(func)
    body = code[code.index(f"function {func.__name__}(") :]
    assert "py_num_" not in body and "py_imul" not in body
    with NodeEngine(timeout=5.0) as engine:
        engine.define("f", code)
        got = engine.call("f", args)
    assert got == func(*args)


def test_an_int_result_rounded_twice_is_still_checked():
    code = clientpy.to_js(twice_rounded)
    assert "py_imul(a, b)" in code  # only the sum is the float's operand
    with NodeEngine(timeout=5.0) as engine:
        engine.define("f", code)
        got = engine.call("f", [2**40 + 1, 2**40 + 3, 1])
    assert isinstance(got, JSRaised) and got.type_name == "OverflowError"


# Quotients of ints from Dash past 2**53 (a timestamp in ns): a double's quotient would
# round. Results come back as str(), whose digits are the exact value's (the bridge's
# JSON would round them).
def floordiv_ints(a: int, b: int):
    return str(a // b)


def floordiv_open(a, b):
    return str(int(a // b))


def floordiv_literal(a: int):
    return str(a // 3)


def divmod_ints(a: int, b: int):
    return str(divmod(a, b))


def round_to_tens(a: int):
    return str(round(a, -1))


QUOTIENTS = [
    (floordiv_ints, [2**60, 3], True),
    (floordiv_ints, [-(2**60), 7], True),
    (floordiv_ints, [2**60, 8], False),
    (floordiv_ints, [2**54, 3], False),
    (floordiv_ints, [2**60, 2**58], False),
    (floordiv_open, [2**60, 3], True),
    (floordiv_open, [2**60, -(2**57)], False),
    (floordiv_open, [2**60, 2.5], False),
    (floordiv_literal, [2**60], True),
    (floordiv_literal, [3 * 2**52 + 2], False),
    (floordiv_literal, [2**54 + 4], False),
    (divmod_ints, [2**60, 3], True),
    (divmod_ints, [2**60, 1024], False),
    (divmod_ints, [-(2**60), 2**54 + 4], False),
    (round_to_tens, [2**60], True),
    (round_to_tens, [2**54 + 4], True),
    (round_to_tens, [5 * 2**54], False),
]


@pytest.mark.parametrize(
    ("func", "args", "raises"),
    QUOTIENTS,
    ids=[f"{f.__name__}{a}" for f, a, _ in QUOTIENTS],
)
def test_quotients_past_2_53_are_exact_or_loud(func, args, raises):
    with NodeEngine(timeout=5.0) as engine:
        engine.define(func.__name__, clientpy.to_js(func))
        got = engine.call(func.__name__, args)
    if raises:
        assert isinstance(got, JSRaised), f"{func.__name__}{args} gave {got!r}"
        assert (got.type_name, got.message) == ("OverflowError", OVER)
    else:
        assert got == func(*args)
