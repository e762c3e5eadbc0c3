// py_repr_str: repr of a str, apart from py_repr, against CPython 3.11.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_repr_str");

test("py_repr_str: quotes and escapes as CPython", () => {
  const cases = [
    ["", "''"],
    ["abc", "'abc'"],
    ["it's", `"it's"`],
    [`it's "x"`, `'it\\'s "x"'`],
    ["a\\b", "'a\\\\b'"],
    ["tab\there\nnl\rcr", "'tab\\there\\nnl\\rcr'"],
    ["\x00\x1f\x7f", "'\\x00\\x1f\\x7f'"],
    ["é€😀", "'é€😀'"],
    ["\u00a0\u200b\u2028", "'\\xa0\\u200b\\u2028'"],
    ["\u{e0001}", "'\\U000e0001'"],
  ];
  for (const [s, want] of cases) assert.equal(R.py_repr_str(s), want, s);
});
