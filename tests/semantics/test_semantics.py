"""Every case of tests/cases/semantics/*.py: CPython and the generated JS must agree."""

import pytest

from .harness import SemanticRunner, all_cases, check_case

CASES = all_cases()
BY_FILE = {}
for _case in CASES:
    BY_FILE.setdefault(_case.path, []).append(_case)


@pytest.fixture(scope="session")
def semantic_runner(js_engine):
    return SemanticRunner(js_engine)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(semantic_runner, case):
    check_case(semantic_runner, case, BY_FILE[case.path])


def test_there_are_enough_cases():
    assert len(CASES) >= 450
