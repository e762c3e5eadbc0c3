"""The runtime helper files: reading them, their dependencies, and tree shaking."""

from __future__ import annotations

import functools
import re
from pathlib import Path

RUNTIME_DIR = Path(__file__).resolve().parent.parent / "runtime"
_REQUIRES = re.compile(r"^// requires:(.*)$", re.MULTILINE)
_NEVER_RAISES = re.compile(r"^// raises: never\b", re.MULTILINE)
# A top-level declaration: helpers start theirs at the first column, one name each.
_DECLARATION = re.compile(
    r"^(?:async\s+)?(?:function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)",
    re.MULTILINE,
)


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
def helper_declares(name: str) -> frozenset[str]:
    """The names the helper declares for the code after it: what a bundle's generated
    code may call without the helper being parsed again. The test suite checks them
    against a parse of every helper."""
    return frozenset(_DECLARATION.findall(helper_code(name)))


@functools.cache
def helper_requires(name: str) -> tuple[str, ...]:
    names: list[str] = []
    for match in _REQUIRES.finditer(helper_source(name)):
        names.extend(match.group(1).split())
    return tuple(names)


@functools.cache
def helper_never_raises(name: str) -> bool:
    """Whether the helper's header says that no value makes it throw (`py_bool`,
    `py_no_update`): a callback calling only such helpers cannot raise."""
    return _NEVER_RAISES.search(helper_source(name)) is not None


_GETTER = re.compile(r"^  get ([A-Za-z_][\w]*)\(\)", re.MULTILINE)


@functools.cache
def helper_getters(name: str) -> frozenset[str]:
    """The public getters of the class a helper declares (`get triggered_id()` in
    py_ctx.js), at the class body's indentation: what Python code may read as
    attributes of its instances. `$`-names are the helper's own."""
    return frozenset(_GETTER.findall(helper_source(name)))


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
