// One benchmark run in a fresh node process: `node node_run.mjs config.json`.
// Loads the hand-written twin and each translation the way a page would (classic
// scripts into the global scope, Transcrypt's ES modules by import), checks every
// answer against CPython's, times the right ones and prints JSON.
import fs from "node:fs";
import vm from "node:vm";
import { pathToFileURL } from "node:url";

const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
globalThis.window = globalThis;
const dc = (globalThis.dash_clientside = {
  no_update: Object.freeze({ description: "no_update" }),
  PreventUpdate: Object.freeze({ description: "PreventUpdate" }),
});
if (config.context) dc.callback_context = config.context;

vm.runInThisContext(fs.readFileSync(new URL("./core.js", import.meta.url), "utf8"));
const core = globalThis.benchCore;

const args = JSON.parse(fs.readFileSync(config.args_file, "utf8"));
const expected = JSON.parse(fs.readFileSync(config.expected_file, "utf8"));

// A translation that loops (a wrong `while` test, a `//` that never reaches zero) must
// not hang the run: its first answer is awaited this long, then it is marked timeout.
const CHECK_LIMIT_MS = config.check_timeout_ms || 10000;
function limited(fn) {
  return function () {
    globalThis.__benchCall = [fn, Array.from(arguments)];
    return vm.runInThisContext("__benchCall[0].apply(null, __benchCall[1])", {
      timeout: CHECK_LIMIT_MS,
    });
  };
}

const fns = {};
const results = {};
for (const v of config.variants) {
  try {
    if (v.module) {
      const m = await import(pathToFileURL(v.module).href);
      (dc[v.name] = dc[v.name] || {})[config.func] = m[config.func];
    } else {
      vm.runInThisContext(fs.readFileSync(v.script, "utf8"), { filename: v.script });
    }
    const fn = (dc[v.name] || {})[config.func];
    if (typeof fn !== "function") throw new Error(`${v.name} defines no ${config.func}`);
    results[v.name] = core.check(limited(fn), args, expected);
    if (/^Script execution timed out/.test(results[v.name].detail || "")) {
      results[v.name] = { status: "timeout", detail: `no answer within ${CHECK_LIMIT_MS / 1000} s` };
    }
    if (results[v.name].status === "ok") fns[v.name] = fn;
  } catch (e) {
    results[v.name] = { status: "error", detail: String((e && e.message) || e).slice(0, 300) };
  }
}

let timing = { samples: {}, inner: {} };
if (config.repeats > 0 && Object.keys(fns).length) {
  timing = core.time(fns, args, {
    repeats: config.repeats,
    sampleMs: config.sample_ms,
    warmupMs: config.warmup_ms,
  });
  // The answers again: a function that changed its inputs or its mind is not right.
  for (const name of Object.keys(fns)) {
    const again = core.check(fns[name], args, expected);
    if (again.status !== "ok") results[name] = { ...again, detail: "after timing: " + again.detail };
  }
}
for (const name of Object.keys(results)) {
  results[name].samples = timing.samples[name] || [];
  results[name].inner = timing.inner[name] || 0;
}
process.stdout.write(JSON.stringify({ node: process.version, results }) + "\n");
