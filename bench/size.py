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
import importlib.util
import inspect
import sys
import tempfile
from pathlib import Path

from clientpy.api import compile_function

from . import peers, variants
from .app_template import functions

TYPICAL_TWINS = Path(__file__).resolve().parent / "twins" / "typical"


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
    rows += typical(workdir)
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


def typical_functions(workdir: Path) -> list:
    """The eight everyday callbacks of ``bench/app_template.py`` (greet_0 ... stats_7),
    from a module written to `workdir` (clientpy reads a callback's source file)."""
    path = workdir / "typical_size.py"
    header = "from dash import ctx, no_update\n"
    path.write_text(header + "".join("\n\n" + b for _, b in functions(8)), "utf-8")
    spec = importlib.util.spec_from_file_location("typical_size", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["typical_size"] = module
    spec.loader.exec_module(module)
    return [getattr(module, name) for name, _ in functions(8)]


def typical(workdir: Path) -> list[dict]:
    """One row per typical callback, each alone in its app, and one for all eight (the
    hand-written side: their eight twin files)."""
    funcs = typical_functions(workdir)
    texts = {
        f.__name__: (TYPICAL_TWINS / f"{f.__name__}.js").read_text(encoding="utf-8")
        for f in funcs
    }
    rows = [_typical_row(f.__name__, [f], texts[f.__name__]) for f in funcs]
    rows.append(_typical_row("all eight, one app", funcs, "".join(texts.values())))
    return rows


def _typical_row(label: str, funcs, hand: str) -> dict:
    row = {
        "twin": label,
        "typical": True,
        "callbacks": [f.__name__ for f in funcs],
        "hand": {"code": sizes(hand), "with_runtime": sizes(hand)},
        "clientpy": {
            "code": sizes(_code(funcs, {})),
            "with_runtime": sizes(variants.clientpy_bundle(funcs)),
        },
    }
    minified = _minified_bundle(funcs, {})
    if minified is not None:
        row["clientpy"]["minified_with_runtime"] = sizes(minified)
    return row


def helper_sizes(funcs, known=None) -> list[tuple[str, int, int]]:
    """(helper, bytes, gzip bytes alone) of each runtime helper the bundle of `funcs`
    carries, largest first: where a bundle's runtime bytes go."""
    from clientpy.transpile.bundle import bundle_helpers
    from clientpy.transpile.runtime import helper_code

    known = known or {}
    compiled = [compile_function(f, known.get(f), for_dash=True) for f in funcs]
    names, _ = bundle_helpers(compiled)
    out = [(n, *sizes(helper_code(n)).values()) for n in names]
    return sorted(out, key=lambda r: -r[1])


if __name__ == "__main__":  # python -m bench.size: the typical callbacks' helpers
    with tempfile.TemporaryDirectory() as tmp:
        for func in typical_functions(Path(tmp)):
            print(func.__name__)
            for name, raw, gz in helper_sizes([func]):
                print(f"  {name:28} {raw:6,} {gz:6,}")
