// py_format_g: f"{x:g}" / f"{x:.Ng}" / G for a number, against CPython 3.11's format().
// Cases: [value, precision, type, CPython's text]; "inf", "-inf", "nan" stand for those
// floats. Produced once with format(v, spec) for the values and precisions below.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { load } from "./load.mjs";

const R = load("py_format_g", "py_format");
const CASES = JSON.parse(readFileSync(new URL("./data/format_g_cases.json", import.meta.url), "utf8"));
const num = (v) => (v === "inf" ? Infinity : v === "-inf" ? -Infinity : v === "nan" ? NaN : v);

test("py_format_g gives CPython's text", () => {
  assert.ok(CASES.length > 500);
  for (const [v, prec, type, want] of CASES) {
    assert.equal(R.py_format_g(num(v), prec, type), want, `format(${v}, '.${prec}${type}')`);
  }
});

test("py_format_g gives what the general engine gives", () => {
  for (const [v, prec, type] of CASES) {
    if (typeof v === "boolean") continue; // the engine takes a bool as a bool
    const x = num(v);
    assert.equal(R.py_format_g(x, prec, type), R.py_format(x, `.${prec}${type}`, true));
  }
});
