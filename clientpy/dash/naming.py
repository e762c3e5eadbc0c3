"""Stable JavaScript names for clientside callbacks.

Every callback lives in one namespace of ``window.dash_clientside``; its function name is
derived from where the Python function is defined, so the same program gives the same names
on every run, in every worker, in the reloader's child and in ``clientpy build``.
"""

from __future__ import annotations

import hashlib
import re

from ..transpile.parse import module_name

NAMESPACE = "clientpy"

_NOT_IDENT = re.compile(r"[^0-9A-Za-z_]+")


def python_name(func) -> str:
    """``"<module>.<qualname>"``, as ``clientpy build --json`` reports it."""
    return f"{module_name(func)}.{func.__qualname__}"


def _ident(text: str) -> str:
    return _NOT_IDENT.sub("_", text).strip("_")


def function_name(module: str, qualname: str) -> str:
    """``pages.home`` + ``update`` -> ``pages_home__update``.

    Dots inside the module and the qualname become ``_``; the two parts are joined by
    ``__``; ``<locals>`` loses its brackets. The result is a valid JS identifier.
    """
    qual = ".".join(_ident(part) or "_" for part in qualname.split("."))
    name = f"{_ident(module) or 'module'}__{qual.replace('.', '_')}"
    if name[0].isdigit():
        name = "_" + name
    return name


def disambiguate(base: str, python: str, taken) -> str:
    """A name not in ``taken`` for the callback ``python`` whose plain name is ``base``.

    Distinct Python names that sanitize alike (``a_b.f`` and ``a.b_f``) get a short hash of
    their Python name, which depends on nothing else; the same Python name registered with
    different dependencies (a factory called twice) gets ``__2``, ``__3``... in
    registration order.
    """
    if base not in taken:
        return base
    digest = hashlib.sha256(python.encode("utf-8")).hexdigest()[:8]
    candidate = f"{base}_{digest}"
    if candidate not in taken and taken[base] != python:
        return candidate
    n = 2
    while f"{base}__{n}" in taken:
        n += 1
    return f"{base}__{n}"
