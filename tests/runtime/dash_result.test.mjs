// py_dash_result: a callback's result checked against its Outputs as Dash's server
// checks it (tests/bundle/test_result_shapes.py runs it inside bundles).
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_dash_result");
const PLAIN = { id: "a", property: "children" };
const ROWS = [PLAIN, PLAIN, PLAIN];

function fails(f, start) {
  assert.throws(f, (e) => e.name === "InvalidCallbackReturnValue" && e.message.startsWith(start));
}

test("a list of Outputs takes a list or tuple of as many values", () => {
  assert.deepEqual(R.py_dash_result(["x", "y"], true, [0, 0], [PLAIN, PLAIN]), ["x", "y"]);
  const tuple = Object.freeze([1, 2]);
  assert.equal(R.py_dash_result(tuple, true, [0, 0], undefined), tuple);
  fails(() => R.py_dash_result("xy", true, [0, 0], [PLAIN, PLAIN]), "The callback is a multi-output");
  fails(() => R.py_dash_result(["x"], true, [0, 0], [PLAIN, PLAIN]), "Invalid number of output values.\nExpected 2, got 1");
  fails(() => R.py_dash_result(null, true, [0], [PLAIN]), "The callback is a multi-output");
});

test("an ALL Output takes a list of one value per component matched", () => {
  assert.deepEqual(R.py_dash_result([1, 2, 3], false, [1], ROWS), [1, 2, 3]);
  fails(() => R.py_dash_result("abc", false, [1], ROWS), "The callback output 0 is a wildcard");
  fails(() => R.py_dash_result([1, 2], false, [1], ROWS), "Invalid number of output values for item 0");
  fails(() => R.py_dash_result([[1, 2], "x"], true, [1, 0], [ROWS, PLAIN]), "Invalid number");
  // the renderer's outputs_list unknown: the count is not checked
  assert.deepEqual(R.py_dash_result([1], false, [1], undefined), [1]);
});

test("no_update: the whole result of a list of Outputs, or a plain Output's value", () => {
  const skip = R.py_no_update();
  assert.equal(R.py_dash_result(skip, true, [1, 0], [ROWS, PLAIN]), skip);
  assert.deepEqual(R.py_dash_result([[1, 2, 3], skip], true, [1, 0], [ROWS, PLAIN]), [[1, 2, 3], skip]);
  // as Dash's server has it: an ALL Output's value is a list, no_update included
  fails(() => R.py_dash_result([skip, "x"], true, [1, 0], [ROWS, PLAIN]), "The callback output 0 is a wildcard");
  fails(() => R.py_dash_result(skip, false, [1], ROWS), "The callback output 0 is a wildcard");
});

test("a callback without Output returns None", () => {
  assert.equal(R.py_dash_result(null, true, [], []), null);
  assert.equal(R.py_dash_result(undefined, true, [], []), undefined);
  fails(() => R.py_dash_result(0, true, [], []), "No-output callback received return value: 0");
  fails(() => R.py_dash_result(R.py_no_update(), true, [], []), "No-output callback received return value");
});

test("values in messages are JSON, cut at 200 characters", () => {
  fails(() => R.py_dash_result({ a: 1 }, true, [0, 0], undefined), 'The callback is a multi-output.\nExpected the output type to be a list or tuple but got:\n{"a":1}.');
  fails(() => R.py_dash_result("x".repeat(300), true, [0, 0], undefined), 'The callback is a multi-output.\nExpected the output type to be a list or tuple but got:\n"' + "x".repeat(199) + "...");
  fails(() => R.py_dash_result(() => 1, true, [0, 0], undefined), "The callback is a multi-output.\nExpected the output type to be a list or tuple but got:\na JavaScript function.");
});

test("py_dash_values: an ALL list's NaN, infinities and unset values are None", () => {
  const V = load("py_dash_values", "py_from_dash");
  const list = [1, "a", null];
  assert.equal(V.py_dash_values(list), list); // nothing to change: the list itself
  const odd = [1, NaN, undefined, Infinity, -Infinity, 0];
  assert.deepEqual(V.py_dash_values(odd), [1, null, null, null, null, 0]);
  assert.ok(Number.isNaN(odd[1])); // the renderer's list is left as it was
  assert.equal(V.py_dash_values(NaN), null);
  assert.equal(V.py_dash_values(undefined), null);
  assert.equal(V.py_dash_values(5), 5);
  // a copy made for a callback that changes its argument has None for them too
  assert.deepEqual(V.py_from_dash({ a: [NaN, 2], b: Infinity }), { a: [null, 2], b: null });
  assert.equal(V.py_from_dash(NaN), null);
});
