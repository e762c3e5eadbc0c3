// py_sum_floats: sum() of floats from a number start, against CPython 3.11.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_sum_floats");

test("float addition in order; no items gives the start", () => {
  assert.equal(R.py_sum_floats([0.1, 0.2, 0.3], 0), 0.6000000000000001); // sum([0.1, 0.2, 0.3])
  assert.equal(R.py_sum_floats([1e16, 1e300, 1e300], 0), 2e300); // no OverflowError
  assert.equal(R.py_sum_floats([1e16, -2.675], -1), 9999999999999998); // sum([1e16, -2.675], -1)
  assert.equal(R.py_sum_floats([], 0), 0); // sum([]) is 0
  assert.equal(R.py_sum_floats([], true), true); // sum([], True) is True
  assert.equal(R.py_sum_floats([1.5], true), 2.5); // sum([1.5], True)
  assert.ok(Object.is(R.py_sum_floats([-0], 0), 0)); // sum([-0.0]) is 0.0
  assert.ok(Number.isNaN(R.py_sum_floats([Infinity, -Infinity], 0)));
  assert.equal(R.py_sum_floats(new Set([0.5, 0.25]), 0), 0.75); // any iterable
});
