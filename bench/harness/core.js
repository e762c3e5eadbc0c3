// The measuring core, a classic script shared by node (bench/harness/node_run.mjs) and
// Chromium: check each implementation's answer, then time them interleaved.
(function () {
  "use strict";
  const now =
    typeof performance !== "undefined" ? () => performance.now() : () => Date.now();

  // What Dash would receive: JSON data. Numbers compare as numbers (2 == 2.0, as JSON
  // cannot tell them apart), strings exactly, object keys as sets.
  function normalize(x) {
    return x === undefined ? null : JSON.parse(JSON.stringify(x));
  }

  function difference(a, b, path) {
    if (typeof a === "number" && typeof b === "number") {
      return a === b || (a !== a && b !== b) ? null : `${path}: ${a} != ${b}`;
    }
    if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
      return a === b ? null : `${path}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`.slice(0, 300);
    }
    if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return `${path}: length ${a.length} != ${b.length}`;
      for (let i = 0; i < a.length; i++) {
        const d = difference(a[i], b[i], `${path}[${i}]`);
        if (d) return d;
      }
      return null;
    }
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join("\u0000") !== kb.join("\u0000")) {
      return `${path}: keys ${JSON.stringify(ka)} != ${JSON.stringify(kb)}`.slice(0, 300);
    }
    for (const k of ka) {
      const d = difference(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }

  // status: "ok" | "wrong" (answer differs from CPython's) | "error" (it threw).
  function check(fn, args, expected) {
    let got;
    try {
      got = normalize(fn.apply(null, args));
    } catch (e) {
      return { status: "error", detail: String((e && e.message) || e).slice(0, 300) };
    }
    const d = difference(got, expected, "result");
    return d ? { status: "wrong", detail: d } : { status: "ok" };
  }

  function median(xs) {
    const s = xs.slice().sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  // Warm each function up, size its samples to about sampleMs, then take `repeats`
  // rounds in which every function runs once, in a rotating order. Per-call times in ms.
  function time(fns, args, opts) {
    const names = Object.keys(fns);
    const inner = {};
    const samples = {};
    let sink = null;
    for (const name of names) {
      const fn = fns[name];
      let n = 0;
      const t0 = now();
      while (n < 3 || now() - t0 < opts.warmupMs) {
        sink = fn.apply(null, args);
        n++;
      }
      const per = (now() - t0) / n;
      inner[name] = Math.max(1, Math.round(opts.sampleMs / Math.max(per, 1e-6)));
      samples[name] = [];
    }
    for (let r = 0; r < opts.repeats; r++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + r) % names.length];
        const fn = fns[name];
        const n = inner[name];
        const t0 = now();
        for (let i = 0; i < n; i++) sink = fn.apply(null, args);
        samples[name].push((now() - t0) / n);
      }
    }
    globalThis.__benchSink = sink;
    return { samples, inner };
  }

  globalThis.benchCore = { normalize, difference, check, median, time };
})();
