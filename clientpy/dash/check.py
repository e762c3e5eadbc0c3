"""``clientpy check APP``: is the bundle on disk exactly what a build would write now?

For CI before a deploy. Nothing is written. The bundle is split into its callbacks'
parts (each starts where it is stored into ``window.dash_clientside``), so a stale bundle
is reported callback by callback, with a short diff.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from dataclasses import dataclass, field

from . import assets
from .build import bundle_of
from .show import display_path

_ENTRY = re.compile(
    r'\(dc\[("(?:[^"\\]|\\.)*")\]\s*=\s*dc\[\1\]\s*\|\|\s*\{\}\)'
    r'\[("(?:[^"\\]|\\.)*")\]\s*=\s*\(function\s*\(\)\s*\{'
)
_TABLE = re.compile(r"var py_trace_table\s*=")
DIFF_LINES = 12
LINE_WIDTH = 160


@dataclass
class CheckResult:
    bundle_path: str
    callbacks: int = 0
    problems: list[str] = field(default_factory=list)  # one paragraph each

    @property
    def ok(self) -> bool:
        return not self.problems

    def format(self, target: str) -> str:
        path = display_path(self.bundle_path)
        if self.ok:
            n = self.callbacks
            return f"ok: {path} is up to date ({n} clientside callback{'s' if n != 1 else ''})"
        head = (
            f"{path} is stale: run `clientpy build {target}` (and commit or deploy it)"
        )
        return "\n".join([head, *self.problems])


def check_app(
    app, *, out: str | None = None, minify: bool | None = None
) -> CheckResult:
    """Compare the files on disk with a fresh build (raises BuildError if one fails)."""
    folder = out or app.config.assets_folder
    if minify is None:
        minify = assets.was_minified(folder)
    bundle = bundle_of(app, minify=minify)
    path = os.path.join(folder, assets.BUNDLE_NAME)
    result = CheckResult(bundle_path=path, callbacks=len(bundle.specs))
    disk = _read(path)
    if disk is None:
        result.problems.append("  there is no bundle")
        return result
    disk_map = _read(os.path.join(folder, assets.MAP_NAME))
    if disk == bundle.code and disk_map == bundle.source_map:
        return result
    names = {s.function_name: s.python_name for s in bundle.specs}
    if disk.split("\n", 1)[0] != bundle.code.split("\n", 1)[0]:
        built_as = "with --minify" if assets.was_minified(folder) else "without it"
        result.problems.append(
            f"  the bundle on disk was built {built_as}; pass the same to check"
        )
        return result
    ours, theirs = _parts(bundle.code), _parts(disk)
    for key in sorted(set(ours) | set(theirs), key=_order):
        label = _label(key, names)
        if key not in theirs:
            result.problems.append(f"  {label}: not in the bundle on disk")
        elif key not in ours:
            result.problems.append(f"  {label}: no longer a clientside callback")
        elif ours[key] != theirs[key]:
            result.problems.append(
                f"  {label}: its JavaScript changed\n" + _diff(theirs[key], ours[key])
            )
    if not result.problems:
        moved = _moved_sources(disk_map, bundle.source_map)
        where = f" ({', '.join(moved)})" if moved else ""
        result.problems.append(
            f"  Python line numbers changed{where}: the source map and tracebacks "
            "would point to the wrong lines"
        )
    return result


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (OSError, UnicodeDecodeError):
        return None


def _parts(code: str) -> dict[tuple[str, ...], str]:
    """The runtime part and each callback's part of a bundle, by (namespace, name)."""
    matches = list(_ENTRY.finditer(code))
    table = _TABLE.search(code)
    end = table.start() if table else len(code)
    parts = {("runtime",): code[: matches[0].start() if matches else end]}
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else end
        key = (json.loads(m.group(1)), json.loads(m.group(2)))
        parts[key] = code[m.start() : stop]
    return parts


def _order(key):
    return (len(key), key)


def _label(key, names) -> str:
    if key == ("runtime",):
        return "the runtime helpers"
    namespace, function_name = key
    python = names.get(function_name)
    if python:
        return python
    return f"{namespace}.{function_name}"


def _diff(old: str, new: str) -> str:
    lines = list(
        difflib.unified_diff(
            old.splitlines(),
            new.splitlines(),
            "on disk",
            "build now",
            n=1,
            lineterm="",
        )
    )
    shown = [
        "    " + (line if len(line) <= LINE_WIDTH else line[:LINE_WIDTH] + "...")
        for line in lines[:DIFF_LINES]
    ]
    if len(lines) > DIFF_LINES:
        shown.append(f"    ... {len(lines) - DIFF_LINES} more diff lines")
    return "\n".join(shown)


def _moved_sources(disk_map: str | None, new_map: str) -> list[str]:
    try:
        old = json.loads(disk_map or "{}")
    except ValueError:
        old = {}
    new = json.loads(new_map)
    before = dict(zip(old.get("sources", []), old.get("sourcesContent", [])))
    return [
        name
        for name, text in zip(new["sources"], new["sourcesContent"])
        if before.get(name) != text
    ]
