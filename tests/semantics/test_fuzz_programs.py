"""A fixed sample of the program fuzzer (tests/semantics/fuzz): random small functions over
numbers, strs, lists and dicts must agree between CPython and the generated JS.

More seeds: `python -m tests.semantics.fuzz --seed 0 --seeds 50 --count 300`.
"""

import pytest

from .fuzz.runner import run_programs

SEEDS = [1, 2, 3, 4]
COUNT = 150


@pytest.mark.parametrize("seed", SEEDS)
def test_random_programs_agree(js_engine, seed, tmp_path):
    stats = run_programs(js_engine, seed, COUNT, workdir=tmp_path)
    assert stats.programs == COUNT
    # most programs translate (refused statements are dropped, not the program)
    assert stats.refused < COUNT // 4, stats
    assert not stats.mismatches, "\n\n".join(stats.mismatches)
