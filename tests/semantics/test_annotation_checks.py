"""A value that breaks an annotation the compiled code relies on raises AnnotationError.

CPython does not check annotations; clientpy compiles to them (`x: float` makes `x * 2`
a plain JS product, 0 for None). These cannot be differential cases: where the value
fits, JS must give CPython's answer; where it does not, JS must raise AnnotationError
naming the function, the parameter and the annotation, and no `except` may catch it.
"""

from typing import Optional, Union

import pytest

import clientpy
from clientpy.testing.engine import JSRaised, NodeEngine


def doubled(x: float):
    return x * 2


def shouted(s: str):
    return s + "!"


def halved(n: int):
    return n // 2


def shown_flag(flag: bool):
    return str(flag)


def total(values: list[float], offset: float):
    out = 0.0
    for v in values:
        out += v - offset
    return out


def row_sums(grid: list[list[int]]):
    return [sum(row) for row in grid]


def key_of_plain_object(d, k: str):
    return d[k]


def read_label(row):
    label: str = row["label"]
    return label + "!"


# The implicit Optional (`float = None`) is the case.
def optional_default(x: float = None):  # noqa: RUF013
    if x is None:
        return "none"
    return x * 2


def none_guarded(x: float, label: str):
    if x is None:
        return "none"
    name: str = label.strip() or None
    if name is None:
        return x * 2
    return f"{name}: {x:.1f}"


def truth_guarded(name: str):
    if not name:
        return "nobody"
    return "Hello, " + name.title()


def or_default(items: list[float], scale: float):
    return [v * (scale or 1.0) for v in items or [0.5]]


def rebound(x: int, label: str):
    x = str(x) + "!"  # x holds a str and an int: the code relies on neither
    label: str = label or None
    return [x, label]


def guarded_first(value: float, label: str):
    """A None returns at once: past that, both hold what they are annotated."""
    if value is None:
        return "no value"
    if label is None or value is None:
        return "no label"
    return f"{label}: {value * 2:.1f}"


def guarded_default(xs: list[float] = None, k: int = None):  # noqa: RUF013
    if xs is None or k is None:
        return "none"
    return sum(x * k for x in xs)


def scaled(v: float):
    return v * 10


def through_helper(row):
    return scaled(row["v"])


def caught_by_except(x: float):
    try:
        return x * 2
    except Exception:  # noqa: BLE001 - the broad except is the case
        return "caught"


def caught_by_bare_except(x: float):
    try:
        return x * 2
    except:  # noqa: E722 - a bare except is the case
        return "caught"


def collected(*xs: int):
    return sum(xs)


def optional_count(n: int | None):
    if n is None:
        return "none"
    return str(n * 2)  # printed as an int: 2.5 * 2 would be "5" for CPython's "5.0"


def summed_clicks(a: int | None, b: int | None):
    # `a or 0` is taken for an int: a str there would be concatenated ("x1"), where
    # CPython raises TypeError.
    return (a or 0) + (b or 0)


def type_guarded(x: int):
    if not isinstance(x, int):
        return "not an int"
    return str(x * 2)


def late_tested(x: int):
    # Tested past the first statement: anything may come, so `x or 0` is open (a str
    # raises TypeError, as in CPython).
    y = (x or 0) + 1
    if isinstance(x, int):
        return y
    return "no"


def union_clicks(a: Union[int, None], b: Optional[int]):  # noqa: UP007, UP045
    # The same as `int | None`, spelled the older ways.
    return (a or 0) + (b or 0)


def optional_from_row(row):
    n: int | None = row.get("n")
    return "none" if n is None else str(n * 2)


FITTING = [
    (doubled, [2.5]),
    (doubled, [3]),
    (shouted, ["hi"]),
    (halved, [7]),
    (shown_flag, [False]),
    (total, [[1, 2.5, 3], 0.5]),
    (row_sums, [[[1, 2], [3]]]),
    (key_of_plain_object, [{"a": 1}, "a"]),
    (read_label, [{"label": "x"}]),
    (optional_default, []),
    (optional_default, [1.5]),
    (through_helper, [{"v": 2}]),
    (none_guarded, [None, "a"]),
    (none_guarded, [2.5, " "]),
    (none_guarded, [2.5, " b "]),
    (rebound, ["a", None]),
    (rebound, [3, "b"]),
    (guarded_first, [None, "a"]),
    (guarded_first, [2, None]),
    (guarded_first, [2.5, "a"]),
    (guarded_default, []),
    (guarded_default, [[1, 2.5], 2]),
    (truth_guarded, [None]),
    (truth_guarded, [""]),
    (truth_guarded, ["ann"]),
    (or_default, [[1.5, 2], 3]),
    (caught_by_except, [1.5]),
    (collected, [1, 2, 3]),
    (optional_count, [None]),
    (optional_count, [3]),
    (summed_clicks, [None, 2]),
    (summed_clicks, [3, 4]),
    (type_guarded, [None]),
    (type_guarded, ["3"]),
    (type_guarded, [3]),
    (type_guarded, [2.5]),
    (late_tested, [3]),
    (late_tested, [None]),
    (optional_from_row, [{}]),
    (optional_from_row, [{"n": 4}]),
]

BREAKING = [
    (doubled, [None], "doubled(): `x` is annotated `float` but is None"),
    (doubled, ["ab"], "doubled(): `x` is annotated `float` but is a str"),
    (doubled, [True], "doubled(): `x` is annotated `float` but is a bool"),
    (shouted, [None], "shouted(): `s` is annotated `str` but is None"),
    (halved, [7.5], "halved(): `n` is annotated `int` but is a float"),
    (shown_flag, [0], "shown_flag(): `flag` is annotated `bool` but is an int"),
    (total, [[1, None], 0], "total(): `values` is annotated `list[float]` but holds None"),
    (total, [{"a": 1}, 0], "total(): `values` is annotated `list[float]` but is a dict"),
    (row_sums, [[[1], [2.5]]], "row_sums(): `grid` is annotated `list[list[int]]` but holds a float"),
    (key_of_plain_object, [{"null": 1}, None], "key_of_plain_object(): `k` is annotated `str` but is None"),
    (read_label, [{"label": None}], "read_label(): `label` is annotated `str` but is None"),
    (through_helper, [{"v": None}], "scaled(): `v` is annotated `float` but is None"),
    (none_guarded, [2.5, None], "none_guarded(): `label` is annotated `str` but is None"),
    (or_default, [None, 2], "or_default(): `items` is annotated `list[float]` but is None"),
    (guarded_first, ["x", "a"], "guarded_first(): `value` is annotated `float` but is a str"),
    (guarded_default, [[1, None], 2], "guarded_default(): `xs` is annotated `list[float]` but holds None"),
    (caught_by_except, [None], "caught_by_except(): `x` is annotated `float` but is None"),
    (caught_by_bare_except, [None], "caught_by_bare_except(): `x` is annotated `float` but is None"),
    (collected, [1, 2.5], "collected(): `xs` is annotated `int` but holds a float"),
    (optional_count, [2.5], "optional_count(): `n` is annotated `int | None` but is a float"),
    (optional_count, [True], "optional_count(): `n` is annotated `int | None` but is a bool"),
    (summed_clicks, ["x", 1], "summed_clicks(): `a` is annotated `int | None` but is a str"),
    (summed_clicks, [1, [2]], "summed_clicks(): `b` is annotated `int | None` but is a list"),
    (type_guarded, [True], "type_guarded(): `x` is annotated `int` but is a bool"),
    (union_clicks, ["x", 1], "union_clicks(): `a` is annotated `Union[int, None]` but is a str"),
    (union_clicks, [1, 2.5], "union_clicks(): `b` is annotated `Optional[int]` but is a float"),
    (optional_from_row, [{"n": 2.5}], "optional_from_row(): `n` is annotated `int | None` but is a float"),
]  # fmt: skip


@pytest.fixture(scope="module")
def js():
    with NodeEngine(timeout=5.0) as engine:
        for func in {f for f, *_ in FITTING + BREAKING}:
            engine.define(func.__name__, clientpy.to_js(func))
        yield engine


@pytest.mark.parametrize(
    ("func", "args"), FITTING, ids=[f"{f.__name__}{a}" for f, a in FITTING]
)
def test_fitting_values_give_cpython_answer(js, func, args):
    assert js.call(func.__name__, args) == func(*args)


@pytest.mark.parametrize(
    ("func", "args", "message"),
    BREAKING,
    ids=[f"{f.__name__}{a}" for f, a, _ in BREAKING],
)
def test_breaking_values_raise_annotation_error(js, func, args, message):
    got = js.call(func.__name__, args)
    assert isinstance(got, JSRaised)
    assert got.type_name == "AnnotationError"
    assert got.message.startswith(message + ". ")
    assert "add `| None` where None can" in got.message


def test_known_argument_types_are_not_checked():
    # The helper's version for a float argument has its type from the caller.
    def caller(x: float):
        return scaled(x / 2)

    code = clientpy.to_js(caller)
    assert code.count('py_annotation_error("') == 1  # caller's own `x`, not scaled's


def test_a_none_that_returns_at_once_keeps_the_annotation():
    # Past `if label is None ...: return`, label is a str: a plain JS concatenation.
    code = clientpy.to_js(guarded_first)
    assert 'label + ": "' in code
    assert 'label != null && typeof label !== "string"' in code
