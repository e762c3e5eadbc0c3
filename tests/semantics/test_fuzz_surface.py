"""A fixed sample of the surface fuzzer (tests/semantics/fuzz/surface.py): random calls of
format specs, %-formatting, str methods, slicing, conversions and list/dict builtins, with
edge-case arguments, must agree between CPython and the generated JS.

More seeds: `python -m tests.semantics.fuzz --surface --seed 0 --seeds 50 --count 400`.
"""

import pytest

from .fuzz.runner import run_programs

SEEDS = [1, 2]
COUNT = 150


@pytest.mark.parametrize("seed", SEEDS)
def test_random_surface_programs_agree(js_engine, seed, tmp_path):
    stats = run_programs(js_engine, seed, COUNT, workdir=tmp_path, generator="surface")
    assert stats.programs == COUNT
    # most programs translate (refused units are dropped, not the program)
    assert stats.refused < COUNT // 10, stats
    assert stats.runs == COUNT - stats.refused
    assert not stats.mismatches, "\n\n".join(stats.mismatches)
