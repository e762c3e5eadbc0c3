"""Python objects clientpy knows by identity: builtins, modules, Dash's clientside API.

Free names are resolved to their values the way Python would at call time (closure,
module globals, builtins), then looked up here, so `from math import sqrt as root`
and `import dash; dash.no_update` work as well as the plain spellings.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import json
import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Known:
    kind: str  # "builtin", "module", "math", "json", "dash", "exception"
    name: str


BUILTIN_FUNCTIONS = [
    "len",
    "abs",
    "min",
    "max",
    "sum",
    "any",
    "all",
    "sorted",
    "reversed",
    "enumerate",
    "zip",
    "range",
    "map",
    "filter",
    "round",
    "int",
    "float",
    "str",
    "bool",
    "list",
    "dict",
    "set",
    "tuple",
    "isinstance",
    "print",
    "repr",
    "divmod",
    "pow",
    "chr",
    "ord",
    "hex",
    "bin",
    "oct",
    "next",
    "iter",
    "frozenset",
    "type",
    "callable",
    "hash",
    "id",
    "vars",
    "open",
    "input",
    "exec",
    "eval",
    "compile",
    "getattr",
    "setattr",
    "hasattr",
    "delattr",
    "globals",
    "locals",
    "format",
    "ascii",
    "object",
    "super",
    "property",
    "staticmethod",
    "classmethod",
    "issubclass",
    "memoryview",
    "bytes",
    "bytearray",
    "complex",
    "slice",
    "breakpoint",
    "help",
    "dir",
]

BUILTIN_EXCEPTIONS = [
    "BaseException",
    "Exception",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "LookupError",
    "KeyError",
    "IndexError",
    "ValueError",
    "TypeError",
    "AttributeError",
    "AssertionError",
    "RuntimeError",
    "NotImplementedError",
    "StopIteration",
    "RecursionError",
    "NameError",
    "UnboundLocalError",
]

_TABLE: dict[int, Known] = {}
_KEEP: list[Any] = []


def _add(obj: Any, known: Known) -> None:
    _TABLE[id(obj)] = known
    _KEEP.append(obj)


for _name in BUILTIN_FUNCTIONS:
    if hasattr(builtins, _name):
        _add(getattr(builtins, _name), Known("builtin", _name))
for _name in BUILTIN_EXCEPTIONS:
    _add(getattr(builtins, _name), Known("exception", _name))
_add(math, Known("module", "math"))
_add(json, Known("module", "json"))
for _name in dir(math):
    if not _name.startswith("_"):
        value = getattr(math, _name)
        if callable(value):
            _add(value, Known("math", _name))
for _name in ("dumps", "loads"):
    _add(getattr(json, _name), Known("json", _name))
# Exceptions of a module: the helper file that defines each (with py_exceptions).
MODULE_EXCEPTIONS = {"JSONDecodeError": "py_json_loads"}
_add(json.JSONDecodeError, Known("exception", "JSONDecodeError"))

_dash_loaded = False


def _load_dash() -> None:
    """Dash's objects, registered on first use so importing clientpy stays light."""
    global _dash_loaded
    if _dash_loaded:
        return
    _dash_loaded = True
    try:
        import dash
        from dash import exceptions
    except ImportError:  # pragma: no cover - dash is a dependency
        return
    for name in ("no_update", "ctx", "callback_context", "set_props", "Patch"):
        if hasattr(dash, name):
            _add(getattr(dash, name), Known("dash", name))
    _add(exceptions.PreventUpdate, Known("dash", "PreventUpdate"))
    try:
        js_module = importlib.import_module("clientpy.js")
    except ImportError:  # pragma: no cover - part of the package
        return
    _add(js_module.js, Known("module", "js"))


def known(value: Any) -> Known | None:
    _load_dash()
    return _TABLE.get(id(value))


def builtin_call(fx, node, name: str) -> bool:
    """`node` is a call of the builtin `name` with plain positional arguments."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
        return False
    if node.keywords or any(isinstance(arg, ast.Starred) for arg in node.args):
        return False
    k = fx.known_name(node.func)
    return k is not None and k.kind == "builtin" and k.name == name


def is_range_call(fx, node) -> bool:
    return builtin_call(fx, node, "range") and 1 <= len(node.args) <= 3
