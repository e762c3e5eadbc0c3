"""A dict whose keys may be floats is refused where it is given to Dash: the server's
JSON writes the key 2.0 as "2.0", and the browser's number 2 cannot tell it from 2."""

from __future__ import annotations

import pytest

from clientpy import TranspileError
from clientpy.api import compile_function

from . import float_key_samples as samples


@pytest.mark.parametrize(
    "func, line, col",
    [
        (samples.rounded_bins, 9, 12),
        (samples.halves, 13, 12),
        (samples.listed, 17, 12),
        (samples.open_width_bins, 36, 12),
    ],
)
def test_float_keys_given_to_dash_are_refused(func, line, col):
    with pytest.raises(TranspileError) as info:
        compile_function(func, for_dash=True)
    [problem] = info.value.diagnostics
    assert (problem.code, problem.line, problem.col + 1) == ("CP100", line, col)
    assert "keys may be floats" in problem.format()
    assert "str(k)" in problem.format()
    compile_function(func)  # to_js keeps a Map's number keys: nothing to refuse


@pytest.mark.parametrize(
    "func", [samples.int_bins, samples.str_bins, samples.keyed_by_dash_values]
)
def test_int_and_str_keys_pass(func):
    compile_function(func, for_dash=True)
