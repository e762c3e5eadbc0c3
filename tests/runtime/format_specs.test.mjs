// The small format helpers against CPython 3.11: data/format_specs.json holds [spec,
// helper, the arguments the translator passes, value, format(value, spec)]
// (format_spec_cases.py made it).
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { load } from "./load.mjs";

const R = load("py_format_f", "py_format_d", "py_format_s");
const ROWS = JSON.parse(readFileSync(new URL("./data/format_specs.json", import.meta.url), "utf8"));
const SPECIAL = { nan: NaN, inf: Infinity, "-inf": -Infinity };

test("parsed specs format as CPython does", () => {
  const bad = [];
  for (const [spec, helper, args, encoded, want] of ROWS) {
    const value = typeof encoded === "string" && helper !== "py_format_s"
      ? (SPECIAL[encoded] ?? Number(encoded))
      : encoded;
    const got = R[helper](value, ...args);
    if (got !== want) bad.push({ spec, value: encoded, want, got });
  }
  assert.deepEqual(bad, []);
});
