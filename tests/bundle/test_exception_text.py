"""An exception's message in a bundle: the whole str(e) (py_exc_str) where something in
the bundle can make an exception with arguments other than one str, or a KeyError; the
small py_exc_text elsewhere (see runtime_parts in clientpy/transpile/bundle.py)."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import textwrap

from clientpy.api import compile_function
from clientpy.testing.engine import find_node
from clientpy.transpile.bundle import BundleEntry, build_bundle
from clientpy.transpile.runtime import RUNTIME_DIR, closure, helper_code

# Exception constructions in the runtime whose one argument is a str held in a name
# (each read to be one); every other argument must show a str literal.
STR_ARGUMENTS = {
    ("py_exc_wrap", "msg"),
    ("py_exc_wrap", "e"),  # under `typeof e === "string"`
    ("py_json_loads", "fallback"),
}


def _exception_classes() -> set[str]:
    names = set()
    for path in RUNTIME_DIR.glob("py_*.js"):
        for m in re.finditer(
            r"^class (py_\w+) extends (py_\w+)", helper_code(path.stem), re.MULTILINE
        ):
            names.add(m.group(1))
    return names | {"py_BaseException"}


def _arguments(code: str, start: int) -> list[str]:
    """The top-level arguments of the call whose `(` is at `start`."""
    depth, args, current, i = 0, [], "", start
    quote = None
    while True:
        ch = code[i]
        if quote:
            current += ch
            if ch == "\\":
                current += code[i + 1]
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'`":
            quote = ch
            current += ch
        elif ch in "([{":
            depth += 1
            if depth > 1:
                current += ch
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                break
            current += ch
        elif ch == "," and depth == 1:
            args.append(current.strip())
            current = ""
        else:
            current += ch
        i += 1
    if current.strip():
        args.append(current.strip())
    return args


def test_the_runtime_raises_one_str_or_carries_py_exc_str():
    classes = _exception_classes()
    found = 0
    for path in sorted(RUNTIME_DIR.glob("py_*.js")):
        code = helper_code(path.stem)
        for m in re.finditer(r"new (py_\w+)\(", code):
            if m.group(1) not in classes:
                continue
            found += 1
            args = _arguments(code, m.end() - 1)
            if m.group(1) == "py_KeyError" or m.group(1) == "py_StopIteration" and args:
                assert "py_exc_str" in closure([path.stem]), (path.stem, args)
                continue
            assert len(args) <= 1, (path.stem, args)
            if args and not re.search(r"[\"'`]", args[0]):
                assert (path.stem, args[0]) in STR_ARGUMENTS, (path.stem, args)
    assert found > 50


def _bundle(source: str, tmp_path, name: str) -> str:
    path = tmp_path / f"{name}_mod.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"{name}_mod", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    func = getattr(module, name)
    compiled = compile_function(func, for_dash=True)
    return build_bundle([BundleEntry("ns", name, compiled)]).code


def _message(bundle: str, name: str, args: list) -> str:
    run = (
        "globalThis.window = globalThis; const vm = require('vm');"
        f"vm.runInThisContext({json.dumps(bundle)});"
        f"try {{ dash_clientside.ns.{name}(...{json.dumps(args)}); console.log('no error'); }}"
        "catch (e) { console.log(e.message); }"
    )
    out = subprocess.run(
        [find_node(), "-e", run], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_a_callback_raising_only_runtime_errors_carries_py_exc_text(tmp_path):
    bundle = _bundle(
        """\
        def shout(name):
            return name.strip().title() + "!"
        """,
        tmp_path,
        "shout",
    )
    assert "const py_exc_message = py_exc_text;" in bundle
    assert "function py_repr(" not in bundle and "function py_exc_str(" not in bundle
    message = _message(bundle, "shout", [5])
    assert message.startswith("AttributeError: 'int' object has no attribute 'strip' (")


def test_code_naming_an_exception_or_a_keyerror_helper_carries_py_exc_str(tmp_path):
    raising = _bundle(
        """\
        def check(x):
            raise ValueError(x, 2)
        """,
        tmp_path,
        "check",
    )
    assert "const py_exc_message = py_exc_str;" in raising
    assert _message(raising, "check", [[1.5, "a"]]).startswith(
        "ValueError: ([1.5, 'a'], 2) ("
    )
    lookup = _bundle(
        """\
        def pick(d, k):
            return d[k]
        """,
        tmp_path,
        "pick",
    )
    assert "const py_exc_message = py_exc_str;" in lookup
    assert _message(lookup, "pick", [{"a": 1}, "b"]).startswith("KeyError: 'b' (")
