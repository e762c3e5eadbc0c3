// py_format_f against CPython 3.11: data/format_f.json holds [spec, the arguments the
// translator passes for it, value, format(value, spec)] (format_f_cases.py made it).
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { load } from "./load.mjs";

const R = load("py_format_f");
const ROWS = JSON.parse(readFileSync(new URL("./data/format_f.json", import.meta.url), "utf8"));
const SPECIAL = { nan: NaN, inf: Infinity, "-inf": -Infinity };

test("fixed-point specs format numbers as CPython does", () => {
  const bad = [];
  for (const [spec, args, encoded, want] of ROWS) {
    const value = typeof encoded === "string" ? (SPECIAL[encoded] ?? Number(encoded)) : encoded;
    const got = R.py_format_f(value, ...args);
    if (got !== want) bad.push({ spec, value: encoded, want, got });
  }
  assert.deepEqual(bad, []);
});
