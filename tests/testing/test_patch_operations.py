"""dash.Patch: the operations the compiled callback records are the ones CPython's Patch
records, for each way of writing them (tests/testing/apps/patch_operations.py)."""

import pytest
from clientpy_testing_support import APPS, import_fresh

from clientpy.testing import assert_same


@pytest.fixture(scope="module")
def ops():
    return import_fresh(APPS / "patch_operations.py", "clientpy_testing_patch_ops")


@pytest.mark.parametrize(
    "name",
    [
        "extend_by_adding",
        "merge_and_arithmetic",
        "attributes",
        "chosen_at_run_time",
        "from_a_helper",
        "at_the_root",
        "through_a_sub_patch",
        "checked_arguments",
    ],
)
@pytest.mark.parametrize("n", [0, 3])
def test_patch_operations(ops, name, n):
    assert_same(getattr(ops, name), n)
