"""The cases of tests/cases/semantics/slice_views.py take the path they are meant to.

Their answers are checked against CPython with every other case; this checks that the
loops meant to read a slice in place do (no copy made), and that those whose body may
change the list keep Python's copy, so that both paths stay covered.
"""

import re

import pytest

import clientpy

from .harness import CASES_DIR, load_module

CASES = load_module(CASES_DIR / "slice_views.py")

# A read at an offset into the list, as the view's loop makes it: `$4[$5 + 1]`.
VIEW_READ = re.compile(r"\[\$\d+ \+ \d+\]")

IN_PLACE = [
    "steps_between",
    "slice_bounds",
    "for_loop_reads",
    "nested_loops_read",
    "skip_the_header",
    "sorted_copy_read_with_items_changed",
    "printed_beside_the_steps",
]
COPIED = [
    "body_appends_to_the_list",
    "body_changes_an_item",
    "comprehension_pops",
    "extended_in_place",
    "generator_run_inside",
    "generator_tested_with_in",
    "lazy_consumer_changes_the_list",
    "key_function_changes_the_list",
    "changed_by_its_name_in_the_loop",
    "changed_through_an_alias",
    "changed_by_a_helper",
    "changed_by_a_nested_function",
    "changed_by_a_generator",
    "changed_through_a_container",
    "changed_through_a_kept_method",
    "returned_by_a_lambda",
    "rebound_to_a_shared_list",
]


def _body(name: str) -> str:
    code = clientpy.to_js(getattr(CASES, name))
    return code[code.index(f"function {name}(") :]


@pytest.mark.parametrize("name", IN_PLACE)
def test_read_in_place(name):
    body = _body(name)
    assert ".slice(" not in body and "py_getitem" not in body
    assert VIEW_READ.search(body)


@pytest.mark.parametrize("name", COPIED)
def test_copied(name):
    body = _body(name)
    assert ".slice(" in body or "py_getitem" in body
    assert not VIEW_READ.search(body)
