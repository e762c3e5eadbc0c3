"""Execution speed in node: every implementation against the hand-written twin.

Each workload runs in fresh node processes (``bench/harness/node_run.mjs``): the answers
are checked against CPython's first, then the right ones are timed interleaved, and each
ratio is taken between samples of the same round of the same process. Transcrypt patches
``Array.prototype`` and ``String.prototype`` when its runtime loads, so its two variants
get processes of their own (with the twin again, for their ratios).
"""

from __future__ import annotations

import json
import statistics
import subprocess
from pathlib import Path

from . import variants
from .peers import PEERS

HARNESS = Path(__file__).resolve().parent / "harness" / "node_run.mjs"
ISOLATED = ("transcrypt", "transcrypt+flags")
IMPLEMENTATIONS = ("hand", "clientpy", *PEERS)


def run_node(config: dict, path: Path, node: str = "node") -> dict:
    path.write_text(json.dumps(config), encoding="utf-8")
    proc = subprocess.run(
        [node, str(HARNESS), str(path)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"node failed for {path}:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(workload, workdir: Path, settings: dict, node: str = "node") -> dict:
    """One workload: status, per-call median (ms) and ratio to the twin, per implementation."""
    folder = workdir / workload.name
    made = variants.prepare(workload, folder, with_peers=settings.get("peers", True))
    base = {
        "func": workload.func.__name__,
        "args_file": str(folder / "args.json"),
        "expected_file": str(folder / "expected.json"),
        "context": workload.context,
        "repeats": settings["repeats"],
        "sample_ms": settings["sample_ms"],
        "warmup_ms": settings["warmup_ms"],
    }
    hand = made["variants"][0]
    groups = [[v for v in made["variants"] if v["name"] not in ISOLATED]]
    groups += [[hand, v] for v in made["variants"] if v["name"] in ISOLATED]

    status: dict[str, dict] = {}
    times: dict[str, list[float]] = {}  # per-process medians
    ratios: dict[str, list[float]] = {}  # per-process median of per-round ratios
    for g, group in enumerate(groups):
        for run in range(settings["processes"]):
            config = dict(base, variants=group)
            out = run_node(config, folder / f"run-{g}-{run}.json", node)
            results = out["results"]
            href = results["hand"]["samples"]
            for name, res in results.items():
                if name == "hand" and g > 0:
                    continue
                status.setdefault(name, {"status": res["status"]})
                if res["status"] != "ok":
                    status[name] = {"status": res["status"], "detail": res["detail"]}
                if res["samples"]:
                    times.setdefault(name, []).append(statistics.median(res["samples"]))
                    per_round = [a / b for a, b in zip(res["samples"], href) if b > 0]
                    ratios.setdefault(name, []).append(statistics.median(per_round))
    rows = {}
    for name in IMPLEMENTATIONS:
        if name in made["errors"]:
            rows[name] = {"status": "refused", "detail": made["errors"][name]}
            continue
        if name not in status:
            continue
        row = dict(status[name])
        if row["status"] == "ok" and name in times:
            row["ms"] = statistics.median(times[name])
            row["ratio"] = statistics.median(ratios[name])
            row["ratio_range"] = [min(ratios[name]), max(ratios[name])]
        rows[name] = row
    return {"workload": workload.name, "title": workload.title, "rows": rows}
