// py_isspace: Python's whitespace among all UTF-16 code units, as CPython 3.11 has it:
// [c for c in range(0x10000) if chr(c).isspace()] (none lies beyond the BMP).
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_isspace");
const SPACES = [
  9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197,
  8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288,
];

test("py_isspace is true exactly for CPython's whitespace", () => {
  const found = [];
  for (let c = 0; c < 0x10000; c++) if (R.py_isspace(c)) found.push(c);
  assert.deepEqual(found, SPACES);
});
