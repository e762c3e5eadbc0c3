// py_view_walked: a dict view for a walk nothing can change the dict during. It gives
// what the checked view gives, in time linear in the dict's size, and leaves anything
// else to the method call.
import test from "node:test";
import assert from "node:assert/strict";
import { load, loadWithMethods } from "./load.mjs";

const R = load("py_view_walked", "py_dict_values", "py_exceptions");

test("gives the keys, values and items the checked view gives", () => {
  for (const d of [new Map([["a", 1], ["b", 2.5]]), { a: 1, b: 2.5 }, {}]) {
    for (const kind of ["keys", "values", "items"]) {
      const checked = [...new R.py_DictView(d, kind)];
      assert.deepEqual([...R.py_view_walked(d, kind)], checked);
    }
  }
});

test("counts no keys on its steps: the compiler gives it walks nothing changes", () => {
  // The checked view counts a plain object's keys at every step (so that a change
  // raises as in CPython), which made a walk of a dict from Dash quadratic. The walked
  // view does not look: a change during it goes unseen, as the compiler rules out.
  const seen = [];
  const d = { a: 1, b: 2 };
  for (const k of R.py_view_walked(d, "keys")) {
    seen.push(k);
    d["c" + k] = 0;
  }
  assert.deepEqual(seen, ["a", "b"]);
  const e = { a: 1, b: 2 };
  assert.throws(() => {
    for (const k of new R.py_DictView(e, "keys")) e["c" + k] = 0;
  }, (err) => err.name === "RuntimeError");
});

test("anything but a dict goes to the method call", () => {
  const M = loadWithMethods({ "dict.values": "py_dict_values" }, "py_view_walked");
  const error = (e) => e.name === "AttributeError";
  assert.throws(() => M.py_view_walked([1, 2], "values"), error); // [1, 2].values()
  assert.throws(() => M.py_view_walked("ab", "keys"), error);
  assert.throws(() => M.py_view_walked(null, "items"), error);
});
