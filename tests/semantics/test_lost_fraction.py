"""A number from Dash plus or minus an int prints as Python prints it: an int, or a float
that keeps its fraction. Where the float sum rounds the fraction away (1e-20 + 1 is 1.0,
4503599627370495.5 + 1 is 4503599627370496.0) CPython has an integral float that a JS
number cannot tell from an int, so JS raises OverflowError there instead of printing
`1`. These cannot be differential cases: each function runs in node and must either
give CPython's answer or raise, and raise only where CPython's result is such a float.
"""

import copy

import pytest

import clientpy
from clientpy.testing.engine import JSRaised, NodeEngine

LOST = "lost its fraction; a JS number cannot tell it from an int"


def printed_sum(n):
    return [str(n + 1), f"{n - 1}", repr(2 - n)]


def printed_with_int(n, k: int):
    return str(n + k)


def augmented(n):
    n += 1
    return str(n)


def item_augmented(d: dict):
    d["v"] -= 1
    return str(d["v"])


def remainder(n):
    return str(n % 1)


def angle(n):
    return f"{n % 360} deg"


def sum_then_more(n):
    m = n - 0
    return str(m + 1)


def with_optional_int(n, clicks: int | None):
    return str(n + clicks)


CASES = [
    (printed_sum, [2], False),
    (printed_sum, [2.5], False),
    (printed_sum, [1e-20], True),
    (printed_sum, [-1e-17], True),
    (printed_sum, [4503599627370495.5], True),
    (printed_sum, [4503599627370494.5], False),
    (printed_with_int, [0.5, 3], False),
    (printed_with_int, [0.5, 9007199254740991], True),
    (printed_with_int, [0.5, 4503599627370494], False),
    (augmented, [1.25], False),
    (augmented, [1e-20], True),
    (item_augmented, [{"v": 0.5}], False),
    (item_augmented, [{"v": 1e-18}], True),
    (remainder, [2.5], False),
    (remainder, [1e-20], False),
    (remainder, [-1e-20], True),
    (angle, [370.5], False),
    (angle, [-1e-14], True),
    (angle, [1e21], True),
    (sum_then_more, [0.5], False),
    (sum_then_more, [1e-20], True),
    (with_optional_int, [0.5, 2], False),
    (with_optional_int, [1e-20, 2], True),
]


@pytest.fixture(scope="module")
def js():
    with NodeEngine(timeout=5.0) as engine:
        for func in {f for f, _, _ in CASES}:
            engine.define(func.__name__, clientpy.to_js(func))
        yield engine


@pytest.mark.parametrize(
    ("func", "args", "raises"),
    CASES,
    ids=[f"{f.__name__}{a}" for f, a, _ in CASES],
)
def test_cpython_answer_or_lost_fraction(js, func, args, raises):
    expected = func(*copy.deepcopy(args))
    got = js.call(func.__name__, args)
    if raises:
        assert isinstance(got, JSRaised), f"{func.__name__}{args} gave {got!r}"
        assert got.type_name == "OverflowError" and LOST in got.message
        assert ".0" in str(expected), f"CPython's {expected!r} is no integral float"
    else:
        assert got == expected
