"""Fixtures of the clientpy.testing tests: apps imported afresh, so that their callbacks
are registered whatever other test folders did to the registry."""

import pytest
from clientpy_testing_support import APPS, import_fresh


@pytest.fixture(scope="module")
def cb():
    """tests/testing/apps/callbacks.py, its callbacks registered."""
    return import_fresh(APPS / "callbacks.py", "clientpy_testing_callbacks")
