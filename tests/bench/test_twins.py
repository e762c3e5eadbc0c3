"""The benchmark's workloads: CPython, the hand-written twin and clientpy's bundle agree.

No timing here: the node harness runs with zero repeats, so it only checks each answer
against CPython's (what ``python -m bench`` does before it measures anything).
"""

from __future__ import annotations

import json

import pytest

from bench import speed, variants
from bench.workloads import WORKLOADS
from clientpy.testing.engine import find_node


@pytest.mark.parametrize("workload", WORKLOADS, ids=lambda w: w.name)
def test_twin_and_clientpy_agree_with_cpython(workload, tmp_path):
    made = variants.prepare(workload, tmp_path, with_peers=False)
    assert made["errors"] == {}
    config = {
        "func": workload.func.__name__,
        "args_file": str(tmp_path / "args.json"),
        "expected_file": str(tmp_path / "expected.json"),
        "context": workload.context,
        "variants": made["variants"],
        "repeats": 0,
        "sample_ms": 0,
        "warmup_ms": 0,
    }
    out = speed.run_node(config, tmp_path / "config.json", node=find_node())
    statuses = {name: r["status"] for name, r in out["results"].items()}
    details = json.dumps(out["results"], indent=1)[:2000]
    assert statuses == {"hand": "ok", "clientpy": "ok"}, details


def test_latency_app_callback_agrees_with_cpython(tmp_path):
    """The Chromium latency page's clientpy callback calls a helper returning a dict."""
    from bench import latency_app

    args = [250.5, latency_app.RECORDS]
    (tmp_path / "args.json").write_text(json.dumps(args))
    expected = latency_app.clientpy_summary(*args)
    (tmp_path / "expected.json").write_text(json.dumps(expected))
    bundle = tmp_path / "clientpy.js"
    bundle.write_text(variants.clientpy_bundle([latency_app.clientpy_summary]))
    config = {
        "func": "clientpy_summary",
        "args_file": str(tmp_path / "args.json"),
        "expected_file": str(tmp_path / "expected.json"),
        "context": None,
        "variants": [{"name": "clientpy", "script": str(bundle)}],
        "repeats": 0,
        "sample_ms": 0,
        "warmup_ms": 0,
    }
    out = speed.run_node(config, tmp_path / "config.json", node=find_node())
    assert out["results"]["clientpy"]["status"] == "ok", out["results"]
