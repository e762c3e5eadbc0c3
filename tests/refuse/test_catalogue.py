"""Each diagnostic code's message and hint, checked once, as the user reads them.

The functions are in tests/cases/refuse/catalogue.py, one per code (test_refuse.py
checks their positions). A code missing here fails `test_every_code_is_covered`.
"""

from __future__ import annotations

import importlib.util

import pytest

from clientpy import TranspileError, to_js
from clientpy.transpile.diagnostics import CATALOGUE

from .test_refuse import CASES

# Codes the compiler never reports any more: their catalogue entries only document them.
UNREACHABLE = {
    "CP117": "functions with *args can now be passed around",
    "CP120": "a starred expression is accepted wherever Python allows one",
}

EXPECTED = {
    "CP100": (
        "`async for` is not supported in clientside callbacks",
        "await in a plain for loop",
    ),
    "CP101": (
        "classes are not supported in clientside callbacks (only Exception subclasses)",
        "use a dict",
    ),
    "CP102": (
        "generators (`yield`) are not supported in clientside callbacks",
        "build and return a list instead",
    ),
    "CP103": (
        "`with` blocks are not supported in clientside callbacks",
        "there are no files or locks in the browser; call the code directly",
    ),
    "CP104": (
        "`global` is not supported in clientside callbacks",
        (
            "callbacks cannot keep state between calls in module globals; use a "
            "dcc.Store and return the new value"
        ),
    ),
    "CP105": (
        "this `import` inside a clientside callback is not supported",
        (
            "import `math`, `json`, `dash` or `clientpy.js` at module level, or in the "
            "statements a function opens with, under a name it binds nothing else to"
        ),
    ),
    "CP106": (
        "an or-pattern that binds names is not supported in clientside callbacks",
        "write this case with if/elif and isinstance()",
    ),
    "CP107": (
        "`del d.a` is not supported",
        "`del` works on local names, list items, slices and dict keys",
    ),
    "CP108": ("`await` inside a comprehension is not supported", "use a for loop"),
    "CP109": (
        "`os` cannot be reached from the browser",
        "only `math`, `json` and `clientpy.js` can be used in clientside code",
    ),
    "CP110": (
        "name `window` is not defined",
        "use `js.window` for browser globals (`from clientpy import js` at module level)",
    ),
    "CP111": (
        (
            "module-level name `SENTINEL` holds an object, which cannot be sent to "
            "the browser"
        ),
        (
            "only functions and JSON-like constants (None, bool, int, float, str, "
            "list/tuple/dict of those) can be used; pass other data through a "
            "dcc.Store"
        ),
    ),
    "CP112": (
        "`open()` has no meaning in the browser",
        "there are no files in the browser; load data through a dcc.Store or js.fetch",
    ),
    "CP113": (
        "keyword arguments are only supported in calls to functions known at build time",
        "call with positional arguments, or call a function defined with `def`",
    ),
    "CP114": (
        "`isinstance()` takes exactly 2 arguments",
        "check the call against the function's signature",
    ),
    "CP115": (
        "cannot tell whether `total` is an int or a float here",
        (
            "ints and floats print differently (2 vs 2.0); annotate the parameter "
            "or variable (`n: int`, `label: str = row['label']`), convert with "
            "int(...) or float(...), or use a format spec"
        ),
    ),
    "CP116": (
        "`nothing` is not a known attribute of the math module",
        "see the README for the supported functions",
    ),
    "CP118": (
        "`js` is not supported in clientside callbacks",
        "use an attribute of it: js.window, js.document, js.console ...",
    ),
    "CP119": (
        "cannot find the source of `<lambda>`",
        "clientside functions must be defined in a .py file",
    ),
    "CP121": (
        (
            "this operand type is not supported: isinstance() needs builtin types "
            "or exception classes"
        ),
        "use int, float, str, bool, list, tuple, dict, set, or an Exception class",
    ),
    "CP122": (
        "`json.dumps` cannot be passed as a value here",
        (
            "call it where it is used (`lambda r: json.dumps(r)`): as a value it "
            "cannot tell the float 2.0 it may be given from the int 2"
        ),
    ),
}


def _catalogue_module():
    path = CASES / "catalogue.py"
    spec = importlib.util.spec_from_file_location("refuse_catalogue_texts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_code_is_covered():
    assert set(EXPECTED) | set(UNREACHABLE) == set(CATALOGUE)
    assert not set(EXPECTED) & set(UNREACHABLE)


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_message_and_hint(code):
    func = getattr(_catalogue_module(), code.lower())
    with pytest.raises(TranspileError) as info:
        to_js(func)
    (diagnostic,) = [d for d in info.value.diagnostics if d.code == code]
    message, hint = EXPECTED[code]
    assert (diagnostic.message, diagnostic.hint) == (message, hint)
    text = diagnostic.format()
    source = diagnostic.source_line.strip()
    where = f"line {diagnostic.line}, column {diagnostic.col + 1}"
    assert text.splitlines() == [
        f'  File "{diagnostic.filename}", {where}',
        f"    {source}",
        text.splitlines()[2],
        f"{code}: {message}",
        f"  hint: {hint}",
    ]
    caret = text.splitlines()[2]
    indent = len(diagnostic.source_line) - len(diagnostic.source_line.lstrip())
    assert caret.index("^") == 4 + diagnostic.col - indent
    assert set(caret.strip()) == {"^"}


@pytest.mark.parametrize(
    ("source_type", "named"),
    [("int", "an int"), ("float", "a float"), ("str", "a str"), ("tuple", "a tuple")],
)
def test_cp116_names_the_receiver_as_a_reader_would(tmp_path, source_type, named):
    values = {"int": "3", "float": "2.5", "str": "'s'", "tuple": "(1, 2)"}
    path = tmp_path / f"receiver_{source_type}.py"
    path.write_text(f"def f():\n    v = {values[source_type]}\n    return v.nope\n")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with pytest.raises(TranspileError) as info:
        to_js(module.f)
    (diagnostic,) = [d for d in info.value.diagnostics if d.code == "CP116"]
    assert diagnostic.message == f"`nope` is not a known attribute of {named}"
