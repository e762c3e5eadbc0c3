"""--minify: the same program with less text, and positions that move by known amounts."""

from __future__ import annotations

import json
import subprocess

import pytest
from ast_grep_py import SgRoot

from clientpy.api import compile_function
from clientpy.transpile.bundle import BundleEntry, build_bundle, runtime_statements
from clientpy.transpile.minify import minify_code
from clientpy.transpile.printer import print_program
from clientpy.transpile.runtime import RUNTIME_DIR
from clientpy.transpile.verify import verify

from . import samples


def tokens(code: str) -> list[str]:
    """The texts of the tokens tree-sitter sees, comments left out."""
    out, stack = [], [SgRoot(code, "javascript").root()]
    while stack:
        node = stack.pop()
        if node.kind() == "comment":
            continue
        children = [] if node.kind() in ("string", "template_string", "regex") else None
        children = node.children() if children is None else children
        if children:
            stack.extend(reversed(children))
        elif node.text():
            out.append(node.text())
    return out


def run_node(script: str):
    done = subprocess.run(
        ["node", "-e", script], capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(done.stdout)


# Places where whitespace decides the meaning: line breaks before restricted productions
# and automatic semicolons, operators that would merge, regex and division, numbers
# followed by a dot, comments and string contents.
SNIPPETS = [
    "return\n1;",
    "let a = 1, b = 2;\na\n++b\nreturn [a, b];",
    "let a = 3, b = 1;\nreturn [a - -b, a + +b, a - --b, a + ++b];",
    "let x = 8, y = 2, g = 4;\nreturn [x / y / 2, x /g/ 1, /y/g.test('yy')];",
    "return [1 .toString(), 1.5.toFixed(1), 0x10 .toString()];",
    "const s = '// not a comment', t = \"/* nor */\";\nreturn s + t;",
    "const n = 2;\nreturn `a\n  ${n + 1} // ${'x'}\n   b`;",
    "let i = 0;\nfor (;;) {\n  i++\n  if (i > 3) break\n}\nreturn i",
    "const f = x => x * 2 /* c */;\n// line comment\nreturn f(3)",
    "let a = [1]\nlet b = a\n[0]\nreturn b",
    "const o = {a: 1}\nconst k = 'a' in o ? typeof o : void 0\nreturn k",
    "let x = 5\nx\n--\nx\nreturn x",
    "const s = new Set([1])\nreturn s instanceof Set && !(1 in [])",
]


@pytest.mark.parametrize("body", SNIPPETS)
def test_snippets_mean_the_same(body):
    program = f"(function () {{\n{body}\n}})()"
    small, _ = minify_code(program)
    assert tokens(small) == tokens(program)
    script = (
        f"const a = {program};\nconst b = {small.strip()};\n"
        "console.log(JSON.stringify([a, b]));"
    )
    original, minified = run_node(script)
    assert minified == original


def test_the_whole_runtime_keeps_its_tokens_and_shrinks():
    names = {p.stem for p in RUNTIME_DIR.glob("py_*.js")}
    runtime, _ = print_program(runtime_statements(names, set()))
    code = "(function () {\n'use strict';\n" + runtime + "})();\n"
    small, translate = minify_code(code)
    assert tokens(small) == tokens(code)
    assert verify(small) == []
    # Helpers ship without their comment lines already: minifying takes the indentation,
    # spaces and trailing comments.
    assert len(small) < 0.85 * len(code)
    # every token start moves to the start of the same token
    for at in (code.index("function py_"), code.rindex("return")):
        moved = translate.offset(at)
        assert small[moved : moved + 6] == code[at : at + 6]


def test_minified_callbacks_return_what_the_pretty_ones_do():
    funcs = [samples.arithmetic, samples.strings]
    entries = [
        BundleEntry("ns", f.__name__, compile_function(f, {"a": "int", "b": "int"}))
        for f in funcs
    ]
    calls = {
        "arithmetic": [[7, 2], [-3, 0], [10, -4]],
        "strings": [["hello big world"], [""]],
    }
    results = []
    for minify in (False, True):
        code = build_bundle(entries, minify=minify).code
        script = (
            "globalThis.window = globalThis;\n"
            + code
            + f"\nconst calls = {json.dumps(calls)};\n"
            "const out = {};\n"
            "for (const [name, args] of Object.entries(calls))"
            " out[name] = args.map(a => window.dash_clientside.ns[name](...a));\n"
            "console.log(JSON.stringify(out));"
        )
        results.append(run_node(script))
    pretty, minified = results
    assert minified == pretty
    assert pretty["arithmetic"][0]["sum"] == 7 + 2 + 9 + 9 + 3 + 1 - 49
    assert pretty["strings"][0].startswith("ollehgibdlrow //")


def test_helpers_ship_without_their_comment_lines_and_keep_every_token():
    from clientpy.transpile.runtime import helper_code, helper_source

    for path in sorted(RUNTIME_DIR.glob("py_*.js")):
        source, shipped = helper_source(path.stem), helper_code(path.stem)
        assert tokens(shipped) == tokens(source), path.name
        assert "// requires:" not in shipped
        assert len(shipped) < len(source)
