"""The emitted JavaScript is verified: parse errors are clientpy bugs reported as such,
and the lint keeps eval, the Function constructor, `with` and stray globals out."""

from __future__ import annotations

import dataclasses
import textwrap

import pytest

from clientpy.api import compile_function
from clientpy.dash import assets
from clientpy.dash.registry import CallbackSpec
from clientpy.transpile.bundle import (
    BundleEntry,
    GeneratedCodeError,
    build_bundle,
    runtime_statements,
)
from clientpy.transpile.printer import print_program
from clientpy.transpile.runtime import (
    RUNTIME_DIR,
    closure,
    helper_code,
    helper_declares,
)
from clientpy.transpile.verify import ALLOWED_GLOBALS, verify, verify_bundle

from . import samples


def messages(code: str) -> list[tuple[int, int, str]]:
    return [(p.line, p.col, p.message) for p in verify(code)]


def test_syntax_errors_are_located():
    (problem,) = verify("function f(a) {\n  return a +;\n}\n")
    assert problem.syntax and (problem.line, problem.col) == (1, 12)
    assert problem.message.startswith("syntax error")
    (missing,) = verify("f(a;\n")
    assert missing.syntax and missing.message == "syntax error: missing `)`"
    assert verify("let x = `a ${b} c`; x = /re/g.test(x) ? 1 / 2 : 3;") == [
        p for p in verify("let x = `a ${b} c`;") if "`b`" in p.message
    ]


def test_helper_lines_are_left_out_and_their_names_known():
    code = textwrap.dedent("""\
        (function () {
          function helper(a) { return stray + a; }
          function broken(a) { return ) a; }
          var out = helper(1) + other + broken(2);
        })();
        """)
    # Lines 1-2 hold the helpers (checked by the test below): neither their stray
    # global nor their syntax error is looked for; the names they declare are known
    # to the lines after them, which are verified as before.
    found = [(p.line, p.message) for p in verify_bundle(code, (1, 2), {"helper"})]
    assert found == [
        (3, "global name `other` is not on the allowed list"),
        (3, "global name `broken` is not on the allowed list"),
    ]
    assert [p.line for p in verify(code)] == [2]
    assert verify_bundle(code.replace("+ a;", "+ ;"), (1, 2), {"helper"}) == (
        verify_bundle(code, (1, 2), {"helper"})
    )
    bad = code.replace("helper(1)", "helper(1")
    assert [p.syntax for p in verify_bundle(bad, (1, 2), {"helper"})] == [True]


def test_every_helper_parses_alone_and_declares_what_bundles_assume():
    """Bundles leave the helpers out of verification (`verify_bundle`): here each is
    parsed, and the names it declares checked against what bundles assume."""
    from ast_grep_py import SgRoot

    declarations = ("function_declaration", "generator_function_declaration")
    for path in sorted(RUNTIME_DIR.glob("py_*.js")):
        code = helper_code(path.stem)
        # (Linted together by test_the_whole_runtime_passes_the_lint.)
        assert not [p for p in verify(code) if p.syntax], path.stem
        # It ends a statement, so the helper after it cannot continue it.
        assert code.rstrip().endswith(("}", ";")), path.stem
        names = set()
        for stmt in SgRoot(code, "javascript").root().named_children():
            kind = stmt.kind()
            if kind in (*declarations, "class_declaration"):
                names.add(stmt.field("name").text())
            elif kind in ("lexical_declaration", "variable_declaration"):
                for part in stmt.named_children():
                    names.add(part.field("name").text())
            else:
                assert kind == "comment", (path.stem, kind)
        assert helper_declares(path.stem) == names, path.stem


def test_every_helper_requires_what_it_uses():
    """A bundle carries a helper with its `// requires:` closure only: every runtime
    name the helper uses is declared there (or by the bundle itself)."""
    from ast_grep_py import SgRoot

    by_bundle = {"py_methods", "py_exc_message"}  # declared around the helpers
    missing = {}
    for path in sorted(RUNTIME_DIR.glob("py_*.js")):
        declared = set().union(*(helper_declares(h) for h in closure([path.stem])))
        root = SgRoot(helper_code(path.stem), "javascript").root()
        used = {n.text() for n in root.find_all(kind="identifier")}
        names = {n for n in used if n.startswith("py_")} - declared - by_bundle
        if names:  # a name no helper of the closure declares
            missing[path.stem] = sorted(names)
    assert missing == {}


def test_lint_finds_eval_function_with_and_unknown_globals():
    code = textwrap.dedent("""\
        function f(a) {
          with (a) {}
          return eval("1") + new Function("x") + someGlobal + Math.max(a, 1);
        }
        """)
    assert messages(code) == [
        (1, 2, "`with` statement"),
        (2, 9, "`eval` (a strict Content-Security-Policy forbids it)"),
        (
            2,
            25,
            "the `Function` constructor (a strict Content-Security-Policy forbids it)",
        ),
        (2, 41, "global name `someGlobal` is not on the allowed list"),
    ]


def test_scopes_are_followed():
    code = textwrap.dedent("""\
        "use strict";
        function outer(p, { q, r: [s] }, ...rest) {
          var hoisted = () => late + p + q + s + rest.length + arguments.length;
          let late = 1;
          for (const k of [1]) { try { k; } catch ({ message }) { message; } }
          class C extends Error {}
          const named = function self() { return self; };
          label: for (;;) { break label; }
          return hoisted() + named + C + inner();
          function inner() { return typeof window; }
        }
        outer();
        k;
        """)
    assert messages(code) == [(12, 0, "global name `k` is not on the allowed list")]


def test_the_whole_runtime_passes_the_lint():
    names = {p.stem for p in RUNTIME_DIR.glob("py_*.js")}
    runtime, _ = print_program(runtime_statements(names, set()))
    assert verify("(function () {\n'use strict';\n" + runtime + "})();\n") == []
    for name in ("eval", "Function"):
        assert name not in ALLOWED_GLOBALS


def test_browser_globals_through_js_pass_and_eval_through_js_is_refused():
    ok = compile_function(samples.uses_browser_globals)
    build_bundle([BundleEntry("ns", "ok", ok)])
    bad = compile_function(samples.uses_eval)
    with pytest.raises(GeneratedCodeError) as info:
        build_bundle([BundleEntry("ns", "bad", bad)], root=str(samples.HERE))
    (problem,) = info.value.problems
    line = samples.line_of("return js.eval(")
    assert problem.origin == ("samples.py", line)
    assert problem.entry.function_name == "bad"
    assert f"from samples.py:{line}: `eval`" in str(info.value)


def _broken(compiled):
    code = compiled.code.replace("return ", "return (", 1)
    return dataclasses.replace(compiled, code=code)


def test_a_syntax_error_is_a_clientpy_bug_and_nothing_is_built(tmp_path):
    compiled = _broken(compile_function(samples.uses_browser_globals))
    with pytest.raises(GeneratedCodeError) as info:
        build_bundle([BundleEntry("ns", "fn", compiled)], root=str(samples.HERE))
    text = str(info.value)
    assert text.startswith("clientpy generated JavaScript that failed verification:")
    assert "syntax error" in text
    assert "This is a bug in clientpy, not in your code: please report it" in text

    # through the Dash build: the callback is named and no file is written
    good = CallbackSpec(
        func=samples.uses_browser_globals,
        python_name="samples.good",
        namespace="clientpy",
        function_name="samples__good",
        args=(),
        kwargs={},
        callback_id="good",
        compiled=compile_function(samples.uses_browser_globals),
    )
    bad = CallbackSpec(
        func=samples.uses_browser_globals,
        args=(),
        kwargs={},
        namespace="clientpy",
        python_name="samples.bad",
        function_name="samples__bad",
        callback_id="bad",
        compiled=compiled,
    )
    with pytest.raises(assets.BuildError) as built:
        assets.build([good, bad])
    assert [spec.python_name for spec, _ in built.value.failures] == ["samples.bad"]
    report = built.value.format()
    assert "1 clientside callback failed to build" in report
    assert "clientside callback samples.bad:" in report
    assert "please report it" in report
    assert not list(tmp_path.iterdir())
