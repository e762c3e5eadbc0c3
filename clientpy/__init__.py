"""clientpy: write Dash clientside callbacks in Python."""

from __future__ import annotations

import importlib

# The Dash integration (importing it installs clientpy's Dash hooks) and the browser's
# globals for clientside code.
from .dash import clientside
from .dash.examples import Example
from .js import js

__version__ = "0.1.0"

# The compiler is imported when first used, not with the package: an app whose bundle
# is already built (`clientpy build`, or the translation cache) starts without it.
_COMPILER = {
    "CompiledFunction": "clientpy.api",
    "compile_function": "clientpy.api",
    "to_js": "clientpy.api",
    "Diagnostic": "clientpy.transpile.diagnostics",
    "TranspileError": "clientpy.transpile.diagnostics",
}


def __getattr__(name: str):
    module = _COMPILER.get(name)
    if module is None:
        raise AttributeError(f"module 'clientpy' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "CompiledFunction",
    "Diagnostic",
    "Example",
    "TranspileError",
    "__version__",
    "clientside",
    "compile_function",
    "js",
    "to_js",
]
