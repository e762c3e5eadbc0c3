"""In Chromium (Playwright, Debian's /usr/bin/chromium).

* Input -> DOM latency: ``bench/latency_app.py`` served on a loopback port; for each
  route (clientpy, hand-written JS, server callback) a value is typed into its input
  and the time until its output's text changes is taken in the page
  (``performance.now()`` around the input event and a MutationObserver). Routes are
  interleaved, and the page is idle before each sample.
* Execution speed of one workload in the browser's engine: the node harness's core,
  run in a blank page with the twin and clientpy's bundle loaded as scripts.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from . import variants

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("BENCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROUTES = ("clientpy", "hand", "server")
VALUES = [100, 250.5, 500, 1000, 1500, 2000, 2600, 3100, 3700, 4200, 4800]

WAIT_IDLE = """() => {
  const root = document.getElementById('react-entry-point');
  if (!root || !root.children.length) return false;
  const store = (window.dash_stores && window.dash_stores[0]) || window.store;
  if (!store) return false;
  const state = store.getState();
  if (state.appLifecycle !== 'HYDRATED' || state.isLoading) return false;
  const cb = state.callbacks || {};
  for (const k of ['requested', 'prioritized', 'blocked', 'executing', 'watched', 'executed']) {
    if (cb[k] && cb[k].length) return false;
  }
  return true;
}"""

TYPE_AND_WAIT = """async ([inSel, outSel, value]) => {
  const input = document.querySelector(inSel);
  const out = document.querySelector(outSel);
  const before = out.textContent;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  return await new Promise((resolve, reject) => {
    let t0 = 0;
    const obs = new MutationObserver(() => {
      if (out.textContent !== before) {
        const dt = performance.now() - t0;
        obs.disconnect();
        resolve(dt);
      }
    });
    obs.observe(out, { childList: true, subtree: true, characterData: true });
    setTimeout(() => { obs.disconnect(); reject(new Error("no DOM update in 10 s")); }, 10000);
    setter.call(input, String(value));
    t0 = performance.now();
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve_latency_app(workdir: Path):
    assets = workdir / "latency_assets"
    shutil.rmtree(assets, ignore_errors=True)
    assets.mkdir(parents=True)
    for name in ("sales_summary.js", "latency.js"):
        shutil.copy(HERE / "twins" / name, assets / name)
    port = _free_port()
    env = dict(os.environ, BENCH_PORT=str(port), BENCH_ASSETS=str(assets))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env["DASH_DISABLE_VERSION_CHECK"] = "true"
    env["CLIENTPY_CACHE_DIR"] = str(workdir / "latency_cache")
    log = open(workdir / "latency_app.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.latency_app"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                raise RuntimeError(
                    "latency app exited:\n" + (workdir / "latency_app.log").read_text()
                )
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(url + "/_dash-layout", timeout=5) as r,
            ):
                if r.status == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("latency app not ready after 90 s")
            time.sleep(0.3)
        yield url
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)
        log.close()


def _percentile(xs: list[float], q: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def latency(browser, workdir: Path, samples: int) -> dict:
    with serve_latency_app(workdir) as url:
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        page.wait_for_function(WAIT_IDLE, timeout=60_000)
        texts = {
            r: page.text_content(f"#{r}-out") for r in ROUTES
        }  # the initial call, value 0
        if len(set(texts.values())) != 1 or not texts["clientpy"]:
            raise RuntimeError(f"the three routes disagree: {texts}")
        times: dict[str, list[float]] = {r: [] for r in ROUTES}
        warmup = 3
        for k in range(samples + warmup):
            value = VALUES[k % len(VALUES)]
            order = ROUTES[k % 3 :] + ROUTES[: k % 3]
            for route in order:
                page.wait_for_function(WAIT_IDLE, timeout=30_000)
                dt = page.evaluate(
                    TYPE_AND_WAIT, [f"#{route}-in", f"#{route}-out", value]
                )
                if k >= warmup:
                    times[route].append(dt)
            page.wait_for_function(WAIT_IDLE, timeout=30_000)
            shown = {r: page.text_content(f"#{r}-out") for r in ROUTES}
            if len(set(shown.values())) != 1:
                raise RuntimeError(f"the three routes disagree at {value}: {shown}")
        page.close()
    if errors:
        raise RuntimeError("errors in the page: " + "; ".join(errors[:5]))
    return {
        r: {
            "median_ms": statistics.median(ts),
            "p95_ms": _percentile(ts, 0.95),
            "samples": len(ts),
        }
        for r, ts in times.items()
    }


def execution(browser, workload, workdir: Path, settings: dict) -> dict:
    """One workload timed in Chromium's V8: clientpy / hand-written, same page."""
    folder = workdir / "chromium" / workload.name
    made = variants.prepare(workload, folder, with_peers=False)
    page = browser.new_page()
    page.goto("about:blank")
    page.add_script_tag(content=(HERE / "harness" / "core.js").read_text())
    page.evaluate(
        "() => { window.dash_clientside = { no_update: Object.freeze({}) }; }"
    )
    for v in made["variants"]:
        page.add_script_tag(content=Path(v["script"]).read_text())
    result = page.evaluate(
        """([func, names, args, expected, opts]) => {
          const core = window.benchCore;
          const fns = {}, status = {};
          for (const n of names) {
            const fn = window.dash_clientside[n][func];
            status[n] = core.check(fn, args, expected);
            if (status[n].status === "ok") fns[n] = fn;
          }
          const t = core.time(fns, args, opts);
          return { status, samples: t.samples, ua: navigator.userAgent };
        }""",
        [
            workload.func.__name__,
            [v["name"] for v in made["variants"]],
            workload.args,
            json.loads((folder / "expected.json").read_text()),
            {
                "repeats": settings["repeats"],
                "sampleMs": settings["sample_ms"],
                "warmupMs": settings["warmup_ms"],
            },
        ],
    )
    page.close()
    hand = result["samples"].get("hand", [])
    rows = {}
    for name, st in result["status"].items():
        row = dict(st)
        ts = result["samples"].get(name)
        if ts and hand:
            row["ms"] = statistics.median(ts)
            row["ratio"] = statistics.median(a / b for a, b in zip(ts, hand))
        rows[name] = row
    version = result["ua"].split("Chrome/")[-1].split(" ")[0]
    return {"workload": workload.name, "chromium": version, "rows": rows}


def run(workloads, workdir: Path, settings: dict) -> dict:
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        return {"error": f"{CHROMIUM} is missing (apt-get install chromium)"}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        out: dict = {}
        try:
            # A failing page must not lose the other sections' results.
            try:
                out["latency"] = latency(browser, workdir, settings["latency_samples"])
            except Exception as e:  # noqa: BLE001 - reported in the tables
                out["latency_error"] = f"{type(e).__name__}: {e}"[:500]
            by_name = {w.name: w for w in workloads}
            name = settings.get("chromium_workload", "records")
            if name in by_name:
                out["execution"] = execution(browser, by_name[name], workdir, settings)
        finally:
            browser.close()
    return out
