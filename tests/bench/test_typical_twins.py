"""The typical callbacks' hand-written twins (bench/twins/typical), which the size table
compares clientpy's bundle with, give CPython's answers, as clientpy's bundle does."""

from __future__ import annotations

import json
import subprocess

from bench import size, variants
from clientpy.testing.engine import find_node

CALLS = {
    "greet_0": [["  ada lovelace "], ["o'neil-smith 3rd"], [""], [None]],
    "total_1": [[3, 2.5], [1200, 19.99], [None, 2.0], [-4, 0.125]],
    "clicks_2": [[5, 2], [None, 3], [None, None]],
    "figure_3": [[[{"x": [1, 2]}], "log"], [[], "linear"], [None, "log"]],
    "options_4": [["AN", ["Banana", "apple", "Mango", "kiwi"]], [None, None]],
    "table_5": [[[{"a": 2}, {"a": 5}, {"b": 1}, {"a": 5, "c": 1}], "a"], [[], "a"]],
    "style_6": [[True], [[]], [None]],
    "stats_7": [["1, 2.5 3"], ["1e6,2e-5"], ["123456789"], ["  "], [None]],
}
CONTEXT = {"triggered_id": "dec-2", "triggered": [{"prop_id": "dec-2.n_clicks"}]}

RUN = r"""
const fs = require("fs"), vm = require("vm");
const [scripts, calls, context] = JSON.parse(fs.readFileSync(0, "utf8"));
globalThis.window = globalThis;
const dc = (globalThis.dash_clientside = { no_update: { description: "no_update" } });
dc.callback_context = context;
for (const s of scripts) vm.runInThisContext(s);
const out = {};
for (const ns of ["hand", "clientpy"]) {
  out[ns] = {};
  for (const [name, argsets] of Object.entries(calls)) {
    out[ns][name] = argsets.map((a) => {
      const r = dc[ns][name](...a);
      return r === dc.no_update ? "<no_update>" : r;
    });
  }
}
console.log(JSON.stringify(out));
"""


def test_typical_twins_and_clientpy_give_cpythons_answers(tmp_path):
    funcs = size.typical_functions(tmp_path)
    scripts = [variants.clientpy_bundle(funcs)]
    scripts += [
        (size.TYPICAL_TWINS / f"{f.__name__}.js").read_text(encoding="utf-8")
        for f in funcs
    ]
    with variants.dash_context({"triggered": CONTEXT["triggered"]}):
        from dash import no_update

        expected = {
            f.__name__: [
                "<no_update>" if r is no_update else r
                for r in (f(*args) for args in CALLS[f.__name__])
            ]
            for f in funcs
        }
    proc = subprocess.run(
        [find_node(), "-e", RUN],
        input=json.dumps([scripts, CALLS, CONTEXT]),
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(proc.stdout)
    expected = json.loads(json.dumps(expected))
    assert out["clientpy"] == expected
    assert out["hand"] == expected
