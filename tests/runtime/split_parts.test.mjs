// The split helpers that read parts without the list (lower/split_parts.py) give what
// str.split / str.rsplit (tested against CPython in strmethods.test.mjs) give, on every
// pair of texts and separators below, error messages included.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load(
  "py_str_split", "py_str_rsplit", "py_str_split_sep", "py_str_before", "py_str_after",
  "py_str_split_pair", "py_unpack",
);

const TEXTS = [
  "", "a", ".", "..", "a.b", "a.b.c", ".a.", "a..b", "aaa", "aaaa", "xaay", "n-clicks.n_clicks",
  "{\"index\":1}.value", "k=v=w", "=", "user+tag@example.com", "😀.😀", "é.ü", "a\u0300.b",
];
const SEPS = [".", "=", "@", "+", "aa", "..", "a", "😀", "é", "-clicks"];

function outcome(fn) {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: e.name, message: e.message };
  }
}

test("py_str_split_sep is split by a literal", () => {
  for (const s of TEXTS) {
    for (const sep of SEPS) {
      assert.deepEqual(R.py_str_split_sep(s, sep), R.py_str_split(s, sep), `${s} / ${sep}`);
    }
  }
});

test("py_str_before and py_str_after are the parts split_parts.py reads", () => {
  for (const s of TEXTS) {
    for (const sep of SEPS) {
      const all = R.py_str_split(s, sep);
      const one = R.py_str_split(s, sep, 1);
      const many = R.py_str_split(s, sep, 3);
      const rall = R.py_str_rsplit(s, sep);
      const rone = R.py_str_rsplit(s, sep, 1);
      const rmany = R.py_str_rsplit(s, sep, 3);
      const at = `${JSON.stringify(s)} / ${JSON.stringify(sep)}`;
      assert.equal(R.py_str_before(s, sep, false), all[0], at);
      assert.equal(R.py_str_before(s, sep, false), one[0], at);
      assert.equal(R.py_str_before(s, sep, false), many[0], at);
      assert.equal(R.py_str_after(s, sep, false), one.at(-1), at);
      assert.equal(R.py_str_after(s, sep, true), rall.at(-1), at);
      assert.equal(R.py_str_after(s, sep, true), rone.at(-1), at);
      assert.equal(R.py_str_after(s, sep, true), rmany.at(-1), at);
      assert.equal(R.py_str_before(s, sep, true), rone[0], at);
      if (sep.length === 1) {
        // one code unit: a split from either end finds the same matches
        assert.equal(R.py_str_after(s, sep, true), all.at(-1), at);
        assert.equal(R.py_str_before(s, sep, false), rall[0], at);
      }
    }
  }
});

test("a self-overlapping separator is why some reads need one code unit", () => {
  assert.deepEqual(R.py_str_split("aaa", "aa"), ["", "a"]); // "aaa".split("aa")
  assert.deepEqual(R.py_str_rsplit("aaa", "aa"), ["a", ""]); // "aaa".rsplit("aa")
  assert.equal(R.py_str_after("aaa", "aa", true), ""); // not split's last part
});

test("py_str_split_pair unpacks as `a, b = s.split(...)` does", () => {
  for (const s of TEXTS) {
    for (const sep of SEPS) {
      const at = `${JSON.stringify(s)} / ${JSON.stringify(sep)}`;
      const cases = [
        [[-1, false], () => R.py_str_split(s, sep)],
        [[1, false], () => R.py_str_split(s, sep, 1)],
        [[1, true], () => R.py_str_rsplit(s, sep, 1)],
      ];
      for (const [[limit, last], split] of cases) {
        const want = outcome(() => R.py_unpack(split(), 2).slice());
        const got = outcome(() => R.py_str_split_pair(s, sep, limit, last).slice());
        assert.deepEqual(got, want, `${at} limit ${limit} last ${last}`);
      }
    }
  }
});
