"""Size of what the browser downloads, per hand-written twin file (one callback, or the
four of the guide): bytes and gzip bytes (level 6, as servers commonly compress).

* ``code``: the translated functions only (clientpy: ``CompiledFunction.code`` of each
  callback; the peers: their output without their runtime); for the twin, the file.
* ``with runtime``: everything the page needs for these callbacks. For clientpy, the
  assets bundle exactly as the Dash integration writes it (runtime helpers, the
  Dash boundary and its registration); for pscript its inlined standard library; for
  Transcrypt its runtime modules; javascripthon needs none beyond what it inlines.
"""

from __future__ import annotations

import gzip
import inspect
from pathlib import Path

from clientpy.api import compile_function

from . import peers, variants


def sizes(text: str) -> dict:
    data = text.encode("utf-8")
    return {"bytes": len(data), "gzip": len(gzip.compress(data, 6, mtime=0))}


def _code(funcs, known) -> str:
    """The callbacks' own code, compiled as the Dash decorator would (`known`: the
    parameter types it learns from each one's inputs)."""
    return "".join(compile_function(f, known.get(f), for_dash=True).code for f in funcs)


def _minified_bundle(funcs, known) -> str | None:
    from clientpy.transpile.bundle import BundleEntry, build_bundle

    if "minify" not in inspect.signature(build_bundle).parameters:
        return None
    entries = [
        BundleEntry(
            "clientpy", f.__name__, compile_function(f, known.get(f), for_dash=True)
        )
        for f in dict.fromkeys(funcs)
    ]
    return build_bundle(entries, minify=True).code


def measure(workloads, workdir: Path) -> list[dict]:
    known = {w.func: w.param_types for w in workloads}
    groups: dict[str, list] = {}
    for w in workloads:
        groups.setdefault(w.twin, []).append(w)
    rows = []
    for twin, members in groups.items():
        funcs = list(dict.fromkeys(w.func for w in members))
        hand = members[0].twin_path.read_text(encoding="utf-8")
        row = {
            "twin": twin,
            "callbacks": [f.__name__ for f in funcs],
            "hand": {"code": sizes(hand), "with_runtime": sizes(hand)},
        }
        row["clientpy"] = {
            "code": sizes(_code(funcs, known)),
            "with_runtime": sizes(variants.clientpy_bundle(funcs, param_types=known)),
        }
        minified = _minified_bundle(funcs, known)
        if minified is not None:
            row["clientpy"]["minified_with_runtime"] = sizes(minified)
        unique = {w.func: w for w in members}.values()
        translated = [peers.translate_all(w, workdir / "size" / w.name) for w in unique]
        for peer in peers.PEERS:
            outs = [t[peer] for t in translated]
            failed = [o.error for o in outs if o.error]
            if failed:
                row[peer] = {
                    "refused": failed[0],
                    "refused_count": f"{len(failed)} of {len(outs)}",
                }
                continue
            code = "".join(o.code for o in outs)
            runtime: dict[str, str] = {}
            for o in outs:
                runtime.update(o.runtime)
            row[peer] = {
                "code": sizes(code),
                "with_runtime": sizes(code + "".join(runtime.values())),
            }
        rows.append(row)
    rows.append(_one_app(workloads, known))
    return rows


def _one_app(workloads, known) -> dict:
    """Every callback in one app: the runtime is shipped once and shared."""
    funcs = list(dict.fromkeys(w.func for w in workloads))
    twins = dict.fromkeys(w.twin_path for w in workloads)
    hand = "".join(p.read_text(encoding="utf-8") for p in twins)
    row = {
        "twin": "all of them, one app",
        "callbacks": [f.__name__ for f in funcs],
        "hand": {"code": sizes(hand), "with_runtime": sizes(hand)},
        "clientpy": {
            "code": sizes(_code(funcs, known)),
            "with_runtime": sizes(variants.clientpy_bundle(funcs, param_types=known)),
        },
    }
    minified = _minified_bundle(funcs, known)
    if minified is not None:
        row["clientpy"]["minified_with_runtime"] = sizes(minified)
    return row
