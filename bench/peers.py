"""The other Python-to-JavaScript transpilers, run on the same Python source.

Each peer gets the workload's functions as one module (their source, in order, plus the
standard-library imports they use) and must produce JavaScript that Dash can call with
the same arguments. A peer that refuses the source is reported with its own message; one
that translates it into JavaScript that throws or answers differently is marked so by the
speed run, never timed as if right.

* ``pscript`` (flexx): ``py2js``; its standard library is inlined, only what is used.
* ``transcrypt``: the command line, default options (what dash-transcrypt used), and
  ``transcrypt+flags`` with ``-t -o -k -sf -i`` (truth values, operator overloading,
  keyword arguments, format specs, iterables: its most Python-like set). Its output is
  ES modules importing a ~70 kB runtime module.
* ``javascripthon`` (metapensiero.pj, wrapped by better-dash-callback): ``translates``
  with ES6 enabled.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

PEERS = ("pscript", "transcrypt", "transcrypt+flags", "javascripthon")
TRANSCRYPT_FLAGS = ("-t", "-o", "-k", "-sf", "-i")


@dataclass
class PeerOutput:
    peer: str
    error: str | None = None  # why there is no JavaScript (refused, not installed...)
    # A classic script registering window.dash_clientside[peer][name] (pscript, pj)...
    script: str | None = None
    # ...or an ES module exporting the function (Transcrypt), with its files.
    module: Path | None = None
    code: str = ""  # the translated functions only
    runtime: dict[str, str] = field(default_factory=dict)  # name -> text it needs


def module_source(workload) -> str:
    parts = [f"import {name}\n" for name in workload.imports]
    for func in workload.functions:
        parts.append(textwrap.dedent(inspect.getsource(func)))
    return "\n\n".join(parts)


def _register(peer: str, name: str, body: str) -> str:
    return (
        "(function () {\n"
        + body
        + "\nvar dc = (window.dash_clientside = window.dash_clientside || {});\n"
        + f"(dc[{json.dumps(peer)}] = dc[{json.dumps(peer)}] || {{}})"
        + f"[{json.dumps(name)}] = {name};\n}})();\n"
    )


def _first_line(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".strip()
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return " ".join(lines[:2])[:300]


def pscript(workload) -> PeerOutput:
    try:
        import pscript as ps
    except ImportError as e:
        return PeerOutput("pscript", error=f"not installed: {e}")
    src = module_source(workload)
    name = workload.func.__name__
    try:
        code = ps.py2js(src, inline_stdlib=False)
        full = ps.py2js(src)
    except Exception as e:  # noqa: BLE001 - the peer's refusal is the result
        return PeerOutput("pscript", error=_first_line(e))
    stdlib = full[: len(full) - len(code)] if full.endswith(code) else ""
    return PeerOutput(
        "pscript",
        script=_register("pscript", name, full),
        code=code,
        runtime={"pscript stdlib (used parts)": stdlib} if stdlib else {},
    )


def javascripthon(workload) -> PeerOutput:
    try:
        from metapensiero.pj import api as pj
    except ImportError as e:
        return PeerOutput("javascripthon", error=f"not installed: {e}")
    src = module_source(workload)
    name = workload.func.__name__
    try:
        code, _map = pj.translates(src, enable_es6=True)
    except Exception as e:  # noqa: BLE001 - the peer's refusal is the result
        return PeerOutput("javascripthon", error=_first_line(e))
    # `import json` becomes an ES import of a module that does not exist in a browser.
    body = re.sub(r"^import .*?;\n", "", code, flags=re.MULTILINE)
    return PeerOutput(
        "javascripthon", script=_register("javascripthon", name, body), code=body
    )


def transcrypt(workload, workdir: Path, flags: tuple[str, ...] = ()) -> PeerOutput:
    peer = "transcrypt+flags" if flags else "transcrypt"
    exe = shutil.which("transcrypt") or os.path.join(
        os.path.dirname(sys.executable), "transcrypt"
    )
    if not os.path.exists(exe):
        return PeerOutput(peer, error="not installed: no transcrypt command")
    folder = workdir / f"{peer.replace('+', '_')}-{workload.name}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    stem = "callback_" + workload.func.__name__
    (folder / f"{stem}.py").write_text(module_source(workload), encoding="utf-8")
    out = folder / "__target__"
    proc = subprocess.run(
        [exe, "-b", "-n", *flags, "-od", str(out), f"{stem}.py"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    target = out / f"{stem}.js"
    if proc.returncode != 0 or not target.exists():
        return PeerOutput(peer, error=_transcrypt_error(proc.stdout + proc.stderr))
    (out / "package.json").write_text('{"type": "module"}\n')
    runtime = {
        p.name: p.read_text(encoding="utf-8")
        for p in sorted(out.glob("*.js"))
        if p != target
    }
    return PeerOutput(
        peer, module=target, code=target.read_text(encoding="utf-8"), runtime=runtime
    )


def _transcrypt_error(output: str) -> str:
    """Transcrypt's report, without its banner and repeated headers."""
    lines = output.split("Error while compiling", 1)[-1].splitlines()[1:]
    keep = []
    for line in lines:
        line = line.strip()
        if line.startswith("Aborted"):
            break
        line = line.removesuffix(", namely:").removesuffix(":")
        if line and not line.startswith("Error while compiling") and line not in keep:
            keep.append(line)
    if keep and keep[-1].startswith("File "):
        keep.append("(crashed, no message)")
    module = re.compile(r"File '[^']*/(\w+\.py)'")
    return " ".join(module.sub(r"File '\1'", ln) for ln in keep)[:300] or "no output"


def translate_all(workload, workdir: Path) -> dict[str, PeerOutput]:
    return {
        "pscript": pscript(workload),
        "transcrypt": transcrypt(workload, workdir),
        "transcrypt+flags": transcrypt(workload, workdir, TRANSCRYPT_FLAGS),
        "javascripthon": javascripthon(workload),
    }
