"""Fixtures shared by the test folders."""

import pytest

from clientpy.testing.engine import NodeEngine


@pytest.fixture(scope="session")
def js_engine():
    """One long-running node process for the whole session."""
    with NodeEngine() as engine:
        yield engine
