"""Invariants of every semantic case's function, bundled: the bundle parses and passes
the lint (build_bundle verifies it), printing is deterministic, and every source-map
segment lands on the start of a real Python node."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest
from semantics.harness import CASES_DIR, load_module, parse_case_file

from clientpy import TranspileError
from clientpy.api import compile_function
from clientpy.transpile.bundle import BundleEntry, build_bundle

FILES = sorted(CASES_DIR.glob("*.py"))


def node_starts(path: str) -> set[tuple[int, int]]:
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    return {
        (n.lineno, n.col_offset) for n in ast.walk(tree) if hasattr(n, "col_offset")
    }


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_bundle_of_each_case_file(path):
    module = load_module(path)
    names = sorted({case.func for case in parse_case_file(path)})
    entries = []
    for name in names:
        try:
            compiled = compile_function(getattr(module, name))
        except TranspileError:
            continue  # reported by tests/semantics
        entries.append(BundleEntry("cases", name, compiled))
    assert entries
    built = build_bundle(entries, root=str(CASES_DIR), map_name="b.js.map")
    again = build_bundle(entries, root=str(CASES_DIR), map_name="b.js.map")
    assert (again.code, again.source_map) == (built.code, built.source_map)
    starts = {}
    for entry in entries:
        compiled = entry.compiled
        assert compiled.mappings, entry.function_name
        for js_line, js_col, py_line, py_col, source in compiled.mappings:
            filename = compiled.sources[source]
            if filename not in starts:
                starts[filename] = node_starts(filename)
            assert (py_line, py_col) in starts[filename], (
                entry.function_name,
                js_line,
                js_col,
                filename,
            )
    assert inspect.getsourcefile(module) in starts


def test_a_bundle_carries_only_the_runtime_its_callbacks_use():
    """A callback that only builds Dash data, or also tests a value's truth and
    returns no_update (helpers that never raise), cannot raise: it brings no
    exception classes, no result conversion, no printing of Python values and no
    traceback machinery. One that can raise brings the classes and the Python
    tracebacks."""
    from bundle import samples

    for lean in (
        _bundle_of(samples.figure_from_parts),
        _bundle_of(samples.figure_or_no_update),
    ):
        for absent in (
            "class py_BaseException",
            "function py_to_js",
            "function py_str",
            "function py_traceback",
            "try {",
        ):
            assert absent not in lean
    assert "function py_bool" in _bundle_of(samples.figure_or_no_update)
    raising = _bundle_of(samples.arithmetic)
    assert "class py_BaseException" in raising
    assert "function py_traceback" in raising and "throw py_traceback(e" in raising


def _bundle_of(func) -> str:
    return build_bundle(
        [BundleEntry("ns", func.__name__, compile_function(func, for_dash=True))]
    ).code


def test_each_runtime_name_is_defined_by_one_file():
    """A bundle puts helpers side by side in one scope: a second file that defines a
    name another file already uses for an inner helper would replace it there."""
    runtime = Path(__file__).resolve().parents[2] / "clientpy" / "runtime"
    owners: dict[str, list[str]] = {}
    pattern = re.compile(
        r"^(?:function|class|const|let)\s+([A-Za-z_$][\w$]*)", re.MULTILINE
    )
    for path in sorted(runtime.glob("*.js")):
        for name in pattern.findall(path.read_text(encoding="utf-8")):
            owners.setdefault(name, []).append(path.name)
    assert {n: files for n, files in owners.items() if len(files) > 1} == {}


def _doubled(x):
    return x * 2


def test_a_translation_leaves_the_collector_as_it_was():
    """compile_function pauses the cyclic collector while it runs: on again after,
    also when it raises; still off when the caller had it off."""
    import gc

    assert gc.isenabled()
    compile_function(_doubled)
    assert gc.isenabled()
    with pytest.raises(TranspileError):
        compile_function(print)
    assert gc.isenabled()
    gc.disable()
    try:
        compile_function(_doubled)
        assert not gc.isenabled()
    finally:
        gc.enable()
