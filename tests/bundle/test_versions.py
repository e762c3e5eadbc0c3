"""A helper compiled for several argument types is emitted once per distinct JS."""

from __future__ import annotations

import re

from clientpy.api import compile_function


def _flatten(node, prefix: str, out: dict) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _flatten(value, f"{prefix}.{key}" if prefix else str(key), out)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _flatten(value, f"{prefix}[{i}]", out)
    else:
        out[prefix] = node


def flat_paths(config: dict):
    out = {}
    _flatten(config, "", out)
    return sorted(out)


def _show(v):
    return f"<{v}>"


def shown_int_and_float(n: int):
    return [_show(n), _show(n / 2)]


def _declared(func) -> list[str]:
    return re.findall(r"^ *function (\w+)\(", compile_function(func).code, re.MULTILINE)


def test_versions_with_the_same_code_are_one_function():
    # The recursive calls pass other argument types than the first call: each is a
    # version of its own, and all of them print the same.
    assert [n for n in _declared(flat_paths) if n.startswith("_flatten")] == [
        "_flatten"
    ]


def test_versions_that_print_differently_stay_apart():
    # `f"{v}"` prints an int and a float differently: two versions.
    assert [n for n in _declared(shown_int_and_float) if n.startswith("_show")] == [
        "_show",
        "_show_2",
    ]
