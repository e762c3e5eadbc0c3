"""``python -m bench.against REV``: clientpy at a git revision against the working tree.

Ratios to the hand-written twins move by about +-0.1 between runs on a shared machine,
also for code that did not change, so a change is judged by timing both translations
in the same node processes, interleaved with the twin (`bench/harness/node_run.mjs`).
The revision's tree is taken with `git archive`, and its bundle made by its own code
in a process of its own. Options: ``--workloads a,b`` (default: all),
``--processes N`` (default 3). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from . import speed, variants
from .workloads import WORKLOADS

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = {"repeats": 15, "sample_ms": 50, "warmup_ms": 500}

# Run with the revision's tree first on the path: its bundle, under the name "before".
_BUNDLE = r"""
import sys
from bench.variants import clientpy_bundle
from bench.workloads import WORKLOADS
w = next(w for w in WORKLOADS if w.name == sys.argv[1])
code = clientpy_bundle([w.func], namespace="before", param_types={w.func: w.param_types})
open(sys.argv[2], "w", encoding="utf-8").write(code)
"""


def checkout(rev: str, into: Path) -> Path:
    """The files of `rev` (no .git), extracted into `into`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def bundle_at(tree: Path, workload, path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(tree))
    subprocess.run(
        [sys.executable, "-c", _BUNDLE, workload.name, str(path)],
        env=env,
        cwd=tree,
        check=True,
        timeout=600,
    )


def compare(workload, tree: Path, folder: Path, processes: int) -> dict:
    """Per-process median ratios to the twin of the revision and of the working tree."""
    made = variants.prepare(workload, folder, with_peers=False)
    before = folder / "before.js"
    bundle_at(tree, workload, before)
    config = {
        "func": workload.func.__name__,
        "args_file": str(folder / "args.json"),
        "expected_file": str(folder / "expected.json"),
        "context": workload.context,
        "variants": [*made["variants"], {"name": "before", "script": str(before)}],
        **SETTINGS,
    }
    ratios: dict[str, list[float]] = {"before": [], "clientpy": []}
    for run in range(processes):
        results = speed.run_node(config, folder / f"against-{run}.json")["results"]
        hand = results["hand"]["samples"]
        for name, kept in ratios.items():
            got = results[name]
            if got["status"] != "ok":
                raise RuntimeError(f"{workload.name}/{name}: {got}")
            per_round = [a / b for a, b in zip(got["samples"], hand) if b]
            kept.append(statistics.median(per_round))
    return {name: statistics.median(values) for name, values in ratios.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.against", description=__doc__
    )
    parser.add_argument("rev")
    parser.add_argument("--workloads", default="")
    parser.add_argument("--processes", type=int, default=3)
    args = parser.parse_args(argv)
    names = set(args.workloads.split(",")) - {""}
    chosen = [w for w in WORKLOADS if not names or w.name in names]
    print(f"| workload | {args.rev} / hand | working tree / hand |")
    print("|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="clientpy-against-") as tmp:
        tree = checkout(args.rev, Path(tmp) / "tree")
        for w in chosen:
            got = compare(w, tree, Path(tmp) / w.name, args.processes)
            print(f"| {w.name} | {got['before']:.2f}x | {got['clientpy']:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
