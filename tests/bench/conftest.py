import pytest

import clientpy.dash


@pytest.fixture(autouse=True)
def forget_callbacks():
    """The latency app registers its callback for every app: gone after each test, so
    that test folders run later see only their own callbacks."""
    yield
    clientpy.dash.reset()
