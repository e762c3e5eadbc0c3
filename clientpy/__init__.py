"""clientpy: write Dash clientside callbacks in Python."""

from .api import CompiledFunction, compile_function, to_js
from .transpile.diagnostics import Diagnostic, TranspileError

__version__ = "0.1.0"

__all__ = [
    "CompiledFunction",
    "Diagnostic",
    "TranspileError",
    "__version__",
    "compile_function",
    "to_js",
]

# The Dash integration (importing it installs clientpy's Dash hooks) and the browser's
# globals for clientside code.
from .dash import clientside
from .dash.examples import Example
from .js import js

__all__ += ["Example", "clientside", "js"]
