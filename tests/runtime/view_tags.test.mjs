// py_bool and py_to_js know a dict view by its tag (they do not require py_DictView, so
// a bundle with no dict view carries no class): bool() and the callback result of a
// view as CPython gives them.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_bool", "py_to_js", "py_dict_keys", "py_dict_values", "py_dict_items");

test("bool() of dict views: false exactly when the dict is empty", () => {
  const empty = new Map();
  const full = new Map([["a", 1]]);
  for (const view of [R.py_dict_keys, R.py_dict_values, R.py_dict_items]) {
    assert.equal(R.py_bool(view(empty)), false); // bool({}.keys()) is False
    assert.equal(R.py_bool(view(full)), true);
    assert.equal(R.py_bool(view({})), false); // a dict from Dash: a plain object
    assert.equal(R.py_bool(view({ b: 0 })), true);
  }
  const live = new Map();
  const keys = R.py_dict_keys(live);
  live.set("x", 1);
  assert.equal(R.py_bool(keys), true); // the view follows the dict
});

test("a dict view returned to Dash is a list, other foreign objects as they are", () => {
  const d = new Map([["a", new Map([["b", 2]])], ["c", 3]]);
  assert.deepEqual(R.py_to_js(R.py_dict_keys(d)), ["a", "c"]);
  assert.deepEqual(R.py_to_js(R.py_dict_values(d)), [{ b: 2 }, 3]);
  assert.deepEqual(R.py_to_js(R.py_dict_items({ a: 1 })), [["a", 1]]);
  const date = new Date(0);
  assert.equal(R.py_to_js(date), date);
  assert.equal(R.py_bool(date), true);
  assert.deepEqual(R.py_to_js(new Map([["s", new Set([1])]])), { s: [1] });
});
