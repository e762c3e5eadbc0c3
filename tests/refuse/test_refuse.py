"""Refused constructs: each case file holds functions that must not translate.

A function is followed by `# expect: CODE LINE:COL` lines (LINE counted in the file,
COL 1-based); `to_js` must raise TranspileError with exactly those diagnostics.
"""

from __future__ import annotations

import importlib.util
import inspect
import re
from pathlib import Path

import pytest

from clientpy import TranspileError, to_js

CASES = Path(__file__).resolve().parent.parent / "cases" / "refuse"
EXPECT = re.compile(r"^#\s*expect:\s*(CP\d+)\s+(\d+):(\d+)\s*$")


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(f"refuse_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cases():
    for path in sorted(CASES.glob("*.py")):
        module = _load(path)
        lines = path.read_text().splitlines()
        for name, func in inspect.getmembers(module, inspect.isfunction):
            if func.__module__ != module.__name__ or name.startswith("_"):
                continue
            _, start = inspect.getsourcelines(func)
            end = start + len(inspect.getsourcelines(func)[0])
            expected = []
            for line in lines[end - 1 : end + 6]:
                m = EXPECT.match(line.strip())
                if m:
                    expected.append((m.group(1), int(m.group(2)), int(m.group(3))))
                elif line.strip().startswith(("def ", "async def ", "@")):
                    break
            yield pytest.param(func, expected, id=f"{path.stem}::{name}")


@pytest.mark.parametrize(("func", "expected"), list(_cases()))
def test_refused_with_location(func, expected):
    assert expected, "a refuse case needs `# expect: CODE LINE:COL` lines"
    with pytest.raises(TranspileError) as info:
        to_js(func)
    got = [(d.code, d.line, d.col + 1) for d in info.value.diagnostics]
    assert got == expected
    for diagnostic in info.value.diagnostics:
        text = diagnostic.format()
        assert f"line {diagnostic.line}, column {diagnostic.col + 1}" in text
        assert "^" in text and "hint:" in text
