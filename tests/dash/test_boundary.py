"""The bundle skips converting results that are plain Dash data already, and only then."""

import importlib.util
from pathlib import Path

import pytest

from clientpy.api import compile_function

APP = Path(__file__).parent / "apps" / "boundary_cases.py"
spec = importlib.util.spec_from_file_location("boundary_cases", APP)
cases = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cases)


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("passes_store_through", True),
        ("builds_a_dict", False),  # a Map, to be converted
        ("returns_a_tuple", False),  # a frozen array, to be copied
        ("mutates_its_input", False),  # an int key was stored into Dash's object
        ("passes_input_to_a_mutating_helper", False),
        (
            "passes_input_to_a_reading_helper",
            False,
        ),  # sum() of open values: may be float
    ],
)
def test_results_needing_no_conversion_are_recognised(name, clean):
    assert compile_function(getattr(cases, name)).clean_return is clean
