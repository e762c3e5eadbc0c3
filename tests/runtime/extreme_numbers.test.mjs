// py_extreme_numbers: min()/max() of a list or tuple of numbers, against CPython 3.11.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_extreme_numbers");
const max = (xs) => R.py_extreme_numbers(xs, true);
const min = (xs) => R.py_extreme_numbers(xs, false);

test("the first of equals wins; a NaN as it falls", () => {
  assert.equal(max([3, 1.5, 7, 7.0, -2]), 7);
  assert.equal(min([3, 1.5, 7, -2, -2.0]), -2);
  assert.ok(Number.isNaN(max([NaN, 1]))); // max([nan, 1.0]) is nan
  assert.equal(max([1, NaN]), 1); // max([1.0, nan]) is 1.0
  assert.ok(Number.isNaN(min([NaN, 1])));
  assert.equal(min([1, NaN]), 1);
  assert.ok(Object.is(max([0, -0]), 0)); // max([0.0, -0.0]) is 0.0
  assert.ok(Object.is(max([-0, 0]), -0)); // max([-0.0, 0.0]) is -0.0
  assert.ok(Object.is(min([0, -0]), 0));
  assert.equal(max([true, 1]), true); // max([True, 1]) is True
  assert.equal(max([1, true]), 1);
  assert.equal(max([false, 0.5]), 0.5);
  assert.equal(max(Object.freeze([2, 9])), 9); // a tuple
});

test("no items is CPython's ValueError", () => {
  assert.throws(() => max([]), { name: "ValueError", message: "max() arg is an empty sequence" });
  assert.throws(() => min([]), { name: "ValueError", message: "min() arg is an empty sequence" });
});
