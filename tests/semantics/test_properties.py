"""Property-based differential tests: realistic callbacks on generated JSON inputs.

Each example is a small batch of inputs, sent to the engine in one round trip.
"""

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import callbacks
from .harness import compare, js_outcome, run_python

# JSON-shaped inputs as Dash delivers them. Integral floats are left out (JSON makes 2.0
# an int in JS); ints stay well inside 2**53 so that sums are exact in both languages;
# text is any assigned, non-surrogate code point (the Unicode database of the running
# CPython decides what is assigned).
ints = st.integers(min_value=-(2**31), max_value=2**31)
# Made non-integral by adding a half rather than filtered: most large floats are
# integral, and filtering them out tripped Hypothesis's health check now and then.
floats = st.floats(min_value=-(2.0**51), max_value=2.0**51).map(
    lambda x: x + 0.5 if x.is_integer() else x
)
numbers = st.one_of(ints, floats)
text = st.text(st.characters(exclude_categories=("Cs", "Cn")), max_size=12)
words = st.text(st.characters(exclude_categories=("Cs", "Cn")), min_size=1, max_size=6)

record = st.fixed_dictionaries({"name": text, "score": numbers})
store_item = st.fixed_dictionaries(
    {
        "category": st.sampled_from(["a", "b", "é", "10", "9", "__proto__"]) | words,
        "value": numbers,
    }
)
row = st.fixed_dictionaries({"id": st.integers(0, 10**6), "name": text})

# Numbers of a form: an input's value, small enough that products stay below 2**53,
# with the halves and zeros whose sums and products are integral floats.
amounts = st.one_of(
    st.integers(-(10**6), 10**6),
    st.floats(min_value=-(10.0**6), max_value=10.0**6).map(
        lambda x: x + 0.5 if x.is_integer() else x
    ),
    st.sampled_from([0, 1, -1, 0.5, -0.5, 1.5, 2.25, -0.25]),
)

CALLBACKS = {
    "filter_sort_records": st.tuples(
        st.lists(record, max_size=8), numbers, st.booleans()
    ),
    "format_label": st.tuples(st.none() | numbers, text, st.integers(0, 6)),
    "aggregate_store": st.tuples(
        st.fixed_dictionaries({"items": st.lists(store_item, max_size=10)})
    ),
    "build_figure": st.tuples(
        st.lists(numbers, max_size=8),
        st.lists(numbers, max_size=8),
        text,
        st.booleans(),
    ),
    "search_table": st.tuples(
        st.lists(row, max_size=10),
        st.one_of(text, st.sampled_from(["", " a ", "1"])),
        st.integers(0, 3),
        st.integers(1, 4),
    ),
    "order_total": st.tuples(amounts, amounts, amounts),
    "word_stats": st.tuples(
        st.lists(
            st.one_of(words, st.sampled_from([" ", "  ", "\n", ".", "!", "Ab", "ab"])),
            max_size=12,
        ).map("".join),
        st.integers(0, 4),
    ),
}


def _define(engine, name):
    """Transpile one callback and define it in the engine; a refusal fails that test."""
    import clientpy

    key = f"callbacks::{name}"
    if not engine.is_defined(key):
        engine.define(key, clientpy.to_js(getattr(callbacks, name)))
    return key


@pytest.mark.parametrize("name", list(CALLBACKS))
def test_callback_matches_cpython(js_engine, name):
    func = getattr(callbacks, name)
    key = _define(js_engine, name)

    @settings(
        max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    @given(st.lists(CALLBACKS[name], min_size=1, max_size=4))
    def check(batch):
        # What Dash hands over is JSON: both sides get the same decoded document.
        batch = [json.loads(json.dumps(list(args))) for args in batch]
        results = js_engine.run_many([(key, args) for args in batch])
        for args, res in zip(batch, results):
            py = run_python(func, copy.deepcopy(args))
            problem = compare(py, js_outcome(res), messages=True)
            assert (
                problem is None
            ), f"{name}(*{json.dumps(args, ensure_ascii=False)})\n  {problem}"

    check()
