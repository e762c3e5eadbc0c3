// py_str_lower_at: the lower case of one code point of a str in its context (the final
// sigma rule), what str.title(), capitalize() and swapcase() share with str.lower();
// each expected text is CPython 3.11's s.lower().
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_str_lower_at");

const lower = (s) => {
  let out = "";
  let i = 0;
  for (const ch of s) {
    out += R.py_str_lower_at(s, i, ch);
    i += ch.length;
  }
  return out;
};

test("py_str_lower_at: final sigma by context, others as toLowerCase", () => {
  const cases = [
    ["ΑΣ", "ας"], ["ΣΑ", "σα"], ["ΑΣ Α", "ας α"], ["Α\u0301Σ", "α\u0301ς"], ["ΑΣ\u0301", "ας\u0301"],
    ["Σ", "σ"], ["A", "a"], ["İ", "i\u0307"], ["ΑΣ.", "ας."], ["ʕΣ", "ʕς"],
  ];
  for (const [s, want] of cases) assert.equal(lower(s), want, s);
});
