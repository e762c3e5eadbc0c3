"""Lowering: Python AST → JS tree. Importing this package registers every lowering."""

from . import (  # noqa: F401  (each module registers its node kinds)
    calls,
    comprehensions,
    expressions,
    formatting,
    functions,
    statements,
)
from .context import Unit
from .functions import compile_parsed

__all__ = ["Unit", "compile_parsed"]
