"""``python -m bench``: run the benchmarks, print Markdown tables, write them as JSON.

``bash bench/run.sh`` installs what this needs first. Options: ``--quick`` (fewer,
shorter samples), ``--only speed,size,transpile,browser``, ``--workloads a,b``,
``--json PATH`` (default ``bench/out/results.json``), ``--record`` (also replace the
tables in ``bench/RESULTS.md``), ``--from-json PATH`` (the tables of a saved run).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from . import report
from .workloads import WORKLOADS

HERE = Path(__file__).resolve().parent
SECTIONS = ("speed", "size", "transpile", "browser")
FULL = {
    "processes": 3,
    "repeats": 15,
    "sample_ms": 50,
    "warmup_ms": 500,
    "transpile_repeats": 50,
    "startup_runs": 7,  # the start-up figures are differences of ~60 ms imports
    "latency_samples": 40,
}
QUICK = {
    "processes": 1,
    "repeats": 5,
    "sample_ms": 20,
    "warmup_ms": 150,
    "transpile_repeats": 10,
    "startup_runs": 1,
    "latency_samples": 10,
}
BEGIN, END = "<!-- tables: begin -->", "<!-- tables: end -->"


def _version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(
            cmd, capture_output=True, text=True, timeout=30, check=False
        )
        return out.stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "missing"


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem = 0
    peers = {}
    for dist in ("pscript", "transcrypt", "javascripthon"):
        try:
            peers[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            peers[dist] = "not installed"
    head = _version(["git", "-C", str(HERE.parent), "log", "-1", "--format=%h %s"])
    return {
        "clientpy": head[:80],
        "cpu": f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB",
        "os": platform.platform(),
        "python": platform.python_version(),
        "node": _version(["node", "--version"]),
        "chromium": _version(["/usr/bin/chromium", "--version"]),
        "peers": ", ".join(f"{k} {v}" for k, v in peers.items()),
    }


def record(markdown: str) -> None:
    path = HERE / "RESULTS.md"
    text = path.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    path.write_text(
        text[:start] + "\n" + markdown + "\n" + text[end:], encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default=",".join(SECTIONS))
    parser.add_argument("--workloads", default="")
    parser.add_argument("--json", default=str(HERE / "out" / "results.json"))
    parser.add_argument("--record", action="store_true")
    parser.add_argument(
        "--from-json",
        help="print (and --record) the tables of a saved run, run nothing",
    )
    args = parser.parse_args(argv)
    if args.from_json:
        results = json.loads(Path(args.from_json).read_text(encoding="utf-8"))
        markdown = report.markdown(results)
        print(markdown)
        if args.record:
            record(markdown)
        return 0
    settings = dict(QUICK if args.quick else FULL)
    sections = [s for s in args.only.split(",") if s]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {sorted(unknown)}")
    workloads = WORKLOADS
    if args.workloads:
        names = set(args.workloads.split(","))
        workloads = [w for w in WORKLOADS if w.name in names]

    results: dict = {"machine": machine(), "settings": settings}
    with tempfile.TemporaryDirectory(prefix="clientpy-bench-") as tmp:
        workdir = Path(tmp)
        if "speed" in sections:
            from . import speed

            results["speed"] = []
            for w in workloads:
                print(f"speed: {w.name}", file=sys.stderr, flush=True)
                results["speed"].append(speed.measure(w, workdir, settings))
        if "size" in sections:
            from . import size

            print("size", file=sys.stderr, flush=True)
            results["size"] = size.measure(workloads, workdir)
        if "transpile" in sections:
            from . import transpile

            print("transpile", file=sys.stderr, flush=True)
            results["transpile"] = {
                "per_callback": transpile.per_callback(
                    workloads, workdir, settings["transpile_repeats"]
                ),
                "startup": transpile.startup(
                    (100, 500), workdir, settings["startup_runs"]
                ),
            }
        if "browser" in sections:
            from . import browser

            print("browser", file=sys.stderr, flush=True)
            results["browser"] = browser.run(workloads, workdir, settings)

    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    markdown = report.markdown(results)
    print(markdown)
    if args.record:
        record(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
