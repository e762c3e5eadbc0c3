"""The README's list of supported builtins, methods and modules names every entry of the
compiler's tables, so that a refusal's hint ("see the README for the supported
methods") leads somewhere true."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clientpy.transpile.lower import builtins, methods, modules

README = Path(__file__).resolve().parents[2] / "README.md"


def _listed() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("### Supported builtins, methods and modules")
    return text[start : text.index("\n## ", start)]


TABLES = {
    "builtins": builtins.BUILTINS,
    "str": {**methods.STR_METHODS, **dict.fromkeys(methods.STR_SPECIAL)},
    "list": methods.LIST_METHODS,
    "tuple": methods.TUPLE_METHODS,
    "dict": methods.DICT_METHODS,
    "set": methods.SET_METHODS,
    "float": methods.FLOAT_METHODS,
    "math": {**modules.MATH_FUNCTIONS, **modules.MATH_CONSTANTS},
    "json": modules.JSON_FUNCTIONS,
}


@pytest.mark.parametrize("table", list(TABLES))
def test_readme_lists_every_supported_name(table):
    words = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", _listed()))
    missing = sorted(set(TABLES[table]) - words)
    assert not missing, f"README's supported list lacks these {table} names: {missing}"
