"""The runtime helper files: reading them, their dependencies, and tree shaking."""

from __future__ import annotations

import functools
import re
from pathlib import Path

RUNTIME_DIR = Path(__file__).resolve().parent.parent / "runtime"
_REQUIRES = re.compile(r"^// requires:(.*)$", re.MULTILINE)


@functools.cache
def helper_source(name: str) -> str:
    path = RUNTIME_DIR / f"{name}.js"
    if not path.is_file():
        raise KeyError(f"no runtime helper {name!r} ({path})")
    return path.read_text(encoding="utf-8")


@functools.cache
def helper_code(name: str) -> str:
    """The helper as bundles carry it: its source without the lines that are only a
    comment. Those explain the helper to whoever maintains it, and were a third of
    a bundle's gzip bytes."""
    lines = helper_source(name).splitlines(keepends=True)
    return "".join(line for line in lines if not line.lstrip().startswith("//"))


@functools.cache
def helper_requires(name: str) -> tuple[str, ...]:
    names: list[str] = []
    for match in _REQUIRES.finditer(helper_source(name)):
        names.extend(match.group(1).split())
    return tuple(names)


def closure(names) -> list[str]:
    """The helpers `names` need, dependencies first, each once, in a stable order."""
    order: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for dep in helper_requires(name):
            visit(dep)
        order.append(name)

    for name in sorted(names):
        visit(name)
    return order


def method_helpers(methods) -> dict[str, str]:
    """`"str.upper"` -> the helper implementing it, for the `py_methods` table."""
    out = {}
    for entry in sorted(methods):
        kind, name = entry.split(".")
        prefix = "list" if kind == "tuple" else kind
        out[entry] = f"py_{prefix}_{name}"
    return out
