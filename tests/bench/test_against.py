"""`python -m bench.against REV`: a revision's bundle, made by its own code, runs in the
same node process as the working tree's and answers as CPython does. No timing: the
harness runs with zero repeats, as in test_twins.py."""

from __future__ import annotations

from bench import against, speed, variants
from bench.workloads import WORKLOADS
from clientpy.testing.engine import find_node


def test_a_revisions_bundle_runs_beside_the_working_trees(tmp_path):
    workload = next(w for w in WORKLOADS if w.name == "cumulative")
    tree = against.checkout("HEAD", tmp_path / "tree")
    assert (tree / "clientpy" / "__init__.py").is_file()
    before = tmp_path / "before.js"
    against.bundle_at(tree, workload, before)
    made = variants.prepare(workload, tmp_path / "run", with_peers=False)
    config = {
        "func": workload.func.__name__,
        "args_file": str(tmp_path / "run" / "args.json"),
        "expected_file": str(tmp_path / "run" / "expected.json"),
        "context": workload.context,
        "variants": [*made["variants"], {"name": "before", "script": str(before)}],
        "repeats": 0,
        "sample_ms": 0,
        "warmup_ms": 0,
    }
    out = speed.run_node(config, tmp_path / "config.json", node=find_node())
    statuses = {name: r["status"] for name, r in out["results"].items()}
    assert statuses == {"hand": "ok", "clientpy": "ok", "before": "ok"}
