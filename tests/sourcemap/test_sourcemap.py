"""Source maps, decoded by the `source-map` npm package, statement by statement.

For a set of callbacks (one calling functions of another module, one with non-ASCII
text before a statement on the same line), every JavaScript statement of the bundle,
pretty and minified, is decoded back to Python: it must land exactly on the start of a
Python node of the right kind, and every Python statement must be reached.
"""

from __future__ import annotations

import ast
import inspect
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from ast_grep_py import SgRoot

from clientpy.api import compile_function
from clientpy.transpile.bundle import BundleEntry, build_bundle

from . import callbacks, helpers

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CALLBACKS = [
    callbacks.totals,
    callbacks.accents,
    callbacks.nested,
    callbacks.failing,
    callbacks.later,
]

JS_STATEMENTS = {
    "expression_statement",
    "return_statement",
    "if_statement",
    "for_statement",
    "for_in_statement",
    "while_statement",
    "do_statement",
    "try_statement",
    "throw_statement",
    "break_statement",
    "continue_statement",
    "lexical_declaration",
    "variable_declaration",
    "function_declaration",
    "labeled_statement",
}
# A JS statement that starts exactly where a Python statement does has a kind it can
# come from.
KINDS = {
    "return_statement": (ast.Return,),
    "if_statement": (ast.If, ast.Assert, ast.Raise),
    "for_statement": (ast.For, ast.While),
    "for_in_statement": (ast.For,),
    "while_statement": (ast.While, ast.For),
    "try_statement": (ast.Try,),
    "throw_statement": (ast.Raise, ast.Assert),
    "function_declaration": (ast.FunctionDef, ast.AsyncFunctionDef),
}


def utf16_col(text: str, col: int) -> int:
    """Column ``col`` (code points) of ``text`` in UTF-16 code units."""
    return len(text[:col].encode("utf-16-le")) // 2


def py_col_to_utf16(text: str, col: int) -> int:
    """An `ast` column (UTF-8 bytes) in UTF-16 code units."""
    return utf16_col(text, len(text.encode("utf-8")[:col].decode("utf-8")))


def decoder() -> Path:
    """The `source-map` package, installed next to this file (scripts/test.sh does)."""
    if not (HERE / "node_modules" / "source-map").is_dir():
        npm = shutil.which("npm")
        assert npm, "npm is needed to install the source-map decoder"
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--no-package-lock"],
            cwd=HERE,
            check=True,
            capture_output=True,
        )
    return HERE / "decode.mjs"


def decode(source_map: str, queries) -> dict:
    run = subprocess.run(
        ["node", str(decoder())],
        input=json.dumps({"map": json.loads(source_map), "queries": queries}),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(run.stdout)


def entries():
    return [
        BundleEntry("clientpy", f"cb__{f.__name__}", compile_function(f))
        for f in CALLBACKS
    ]


@pytest.fixture(scope="module")
def compiled_entries():
    return entries()


def statements(built):
    """(offset, line, UTF-16 column, kind) of every JS statement in callback code."""
    root = SgRoot(built.code, "javascript").root()
    lines = built.code.split("\n")
    out = []
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.children())
        if node.kind() not in JS_STATEMENTS:
            continue
        start = node.range().start
        if any(a <= start.index < b for a, b, _ in built.ranges):
            col = utf16_col(lines[start.line], start.column)
            out.append((start.index, start.line, col, node.kind()))
    return sorted(out)


def python_nodes():
    """(file, line, UTF-16 column) -> the Python nodes starting there."""
    out: dict[tuple[str, int, int], list[ast.AST]] = {}
    for module in (callbacks, helpers):
        path = inspect.getsourcefile(module)
        text = Path(path).read_text(encoding="utf-8")
        lines = text.splitlines()
        name = Path(path).relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(text)):
            if hasattr(node, "lineno"):
                col = py_col_to_utf16(lines[node.lineno - 1], node.col_offset)
                out.setdefault((name, node.lineno, col), []).append(node)
    return out


def python_statements():
    """Every statement of the callbacks and the functions they call."""
    out = set()
    for func in [*CALLBACKS, helpers.scale, helpers.lookup]:
        path = inspect.getsourcefile(func)
        lines, first = inspect.getsourcelines(func)
        tree = ast.parse(inspect.getsource(func))
        name = Path(path).relative_to(ROOT).as_posix()
        for node in ast.walk(tree.body[0]):
            if isinstance(node, ast.stmt) and not isinstance(
                node, (ast.Pass, ast.FunctionDef, ast.AsyncFunctionDef)
            ):
                line = first + node.lineno - 1
                text = lines[node.lineno - 1]
                out.add((name, line, py_col_to_utf16(text, node.col_offset)))
    return out


@pytest.fixture(scope="module", params=[False, True], ids=["pretty", "minified"])
def decoded(request, compiled_entries):
    built = build_bundle(
        compiled_entries, root=str(ROOT), minify=request.param, map_name="b.js.map"
    )
    stmts = statements(built)
    result = decode(built.source_map, [[line + 1, col] for _, line, col, _ in stmts])
    return built, stmts, result


def test_every_statement_lands_on_python_of_its_kind(decoded):
    _, stmts, result = decoded
    nodes = python_nodes()
    mapped = 0
    for (_, line, col, kind), pos in zip(stmts, result["positions"]):
        if pos["source"] is None:
            continue
        key = (pos["source"], pos["line"], pos["column"])
        assert key in nodes, f"JS {kind} at {line + 1}:{col} maps to {key}, no node"
        mapped += 1
        allowed = KINDS.get(kind)
        stmt_here = [n for n in nodes[key] if isinstance(n, ast.stmt)]
        if allowed and stmt_here:
            assert any(isinstance(n, allowed) for n in stmt_here), (
                f"JS {kind} at {line + 1}:{col} maps to "
                f"{[type(n).__name__ for n in stmt_here]} at {key}"
            )
    assert mapped > 40


def test_every_python_statement_is_reached(decoded):
    _, _, result = decoded
    reached = {
        (p["source"], p["line"], p["column"])
        for p in result["positions"]
        if p["source"] is not None
    }
    missing = python_statements() - reached
    assert not missing, sorted(missing)


def test_minified_maps_each_statement_as_the_pretty_bundle_does(compiled_entries):
    decoded = []
    for minify in (False, True):
        built = build_bundle(
            compiled_entries, root=str(ROOT), minify=minify, map_name="b.js.map"
        )
        stmts = statements(built)
        result = decode(
            built.source_map, [[line + 1, col] for _, line, col, _ in stmts]
        )
        decoded.append(
            [
                (kind, p["source"], p["line"], p["column"])
                for (_, _, _, kind), p in zip(stmts, result["positions"])
            ]
        )
    pretty, minified = decoded
    assert len(pretty) == len(minified)
    for a, b in zip(pretty, minified):
        if a[1] is not None:
            assert a == b


def test_sources_hold_the_python_files(compiled_entries):
    built = build_bundle(compiled_entries, root=str(ROOT), map_name="b.js.map")
    data = json.loads(built.source_map)
    assert data["version"] == 3 and data["file"] == "b.js"
    assert data["sources"] == [
        "tests/sourcemap/callbacks.py",
        "tests/sourcemap/helpers.py",
    ]
    for name, content in zip(data["sources"], data["sourcesContent"]):
        assert content == (ROOT / name).read_text(encoding="utf-8")
    assert built.code.endswith("\n//# sourceMappingURL=b.js.map\n")
    assert decode(built.source_map, [])["sources"] == [
        [name, content]
        for name, content in zip(data["sources"], data["sourcesContent"])
    ]
