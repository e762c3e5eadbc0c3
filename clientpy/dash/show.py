"""``clientpy show APP [NAME ...]``: each callback's Python next to the JavaScript it becomes.

The way to review what will run in the browser: per callback, its file and line, its
Python source with line numbers, the generated JavaScript (the callback and every
function of the user's it calls) and the runtime helpers it uses. A callback that
cannot be translated shows its diagnostics instead.
"""

from __future__ import annotations

import inspect
import os
from dataclasses import dataclass

from . import assets, register
from .registry import REGISTRY, CallbackSpec


class NoSuchCallback(Exception):
    """A NAME given to ``show`` matches no clientside callback of the app."""


@dataclass(frozen=True)
class Shown:
    spec: CallbackSpec
    file: str
    line: int
    python: str
    javascript: str | None
    helpers: tuple[str, ...]
    error: BaseException | None

    def to_json(self) -> dict:
        data = {
            "python": self.spec.python_name,
            "namespace": self.spec.namespace,
            "function_name": self.spec.function_name,
            "file": self.file,
            "line": self.line,
            "python_source": self.python,
            "javascript": self.javascript,
            "helpers": list(self.helpers),
            "error": None,
        }
        if self.error is not None:
            data["error"] = assets.format_failure(self.error)
            diagnostics = getattr(self.error, "diagnostics", None)
            if diagnostics is not None:
                data["diagnostics"] = [
                    {
                        "code": d.code,
                        "file": d.filename,
                        "line": d.line,
                        "column": d.col + 1,
                        "message": d.message,
                        "hint": d.hint,
                    }
                    for d in diagnostics
                ]
        return data

    def format(self) -> str:
        spec = self.spec
        target = f"window.dash_clientside.{spec.namespace}.{spec.function_name}"
        out = [f"# {spec.python_name}  ({self.file}:{self.line}, as {target})", ""]
        last = self.line + self.python.count("\n") - 1
        out.append(f"--- Python: {self.file}, lines {self.line}-{last}")
        width = len(str(last))
        for i, text in enumerate(self.python.rstrip("\n").split("\n")):
            out.append(f"{self.line + i:>{width}} | {text}".rstrip())
        out.append("")
        if self.error is not None:
            out.append("--- cannot be translated:")
            out.append(assets.format_failure(self.error))
        else:
            helpers = ", ".join(self.helpers) if self.helpers else "none"
            out.append(f"--- JavaScript (runtime helpers: {helpers})")
            out.append(self.javascript.rstrip("\n"))
        return "\n".join(out) + "\n"


def select(app, names: list[str]) -> list[CallbackSpec]:
    """The app's callbacks, or those ``names`` pick by function name or module.qualname."""
    register.adopt(app)
    specs = REGISTRY.specs_for(app)
    if not names:
        return specs
    chosen, unknown = [], []
    for name in names:
        hits = [s for s in specs if name in _names_of(s)]
        if not hits:
            unknown.append(name)
        chosen += [s for s in hits if s not in chosen]
    if unknown:
        known = ", ".join(s.python_name for s in specs) or "none"
        raise NoSuchCallback(
            f"no clientside callback named {', '.join(map(repr, unknown))} "
            f"(the app has: {known})"
        )
    return [s for s in specs if s in chosen]


def _names_of(spec: CallbackSpec) -> set[str]:
    func = inspect.unwrap(spec.func)
    return {
        getattr(func, "__name__", ""),
        getattr(func, "__qualname__", ""),
        spec.python_name,
        spec.function_name,
    }


def show(spec: CallbackSpec) -> Shown:
    func = inspect.unwrap(spec.func)
    try:
        lines, first = inspect.getsourcelines(func)
        filename = inspect.getsourcefile(func) or inspect.getfile(func)
    except (OSError, TypeError):
        lines, first, filename = [], 0, getattr(func.__code__, "co_filename", "?")
    try:
        compiled = assets.compile_spec(spec)
    except Exception as exc:  # noqa: BLE001 - shown, like a build reports it
        error, javascript, helpers = exc, None, ()
    else:
        error, javascript = None, compiled.code
        helpers = tuple(sorted(compiled.helpers))
    return Shown(
        spec=spec,
        file=display_path(filename),
        line=first,
        python="".join(lines),
        javascript=javascript,
        helpers=helpers,
        error=error,
    )


def display_path(path: str) -> str:
    """``path`` relative to the working directory when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel
