// Sets of ints iterate in CPython's hash-table order. data/set_orders.json holds
// sequences of set operations and the order CPython 3.11 gives (set_orders.py made it).
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { load } from "./load.mjs";

const R = load(
  "py_set", "py_set_add", "py_set_discard", "py_set_pop", "py_set_copy", "py_bitor", "py_bitand",
  "py_sub", "py_bitxor", "py_ior", "py_iand", "py_isub", "py_ixor", "py_set_union", "py_set_update",
  "py_set_difference", "py_set_symmetric_difference", "py_set_intersection", "py_set_clear",
);
const CASES = JSON.parse(readFileSync(new URL("./data/set_orders.json", import.meta.url), "utf8"));

function run(ops) {
  let s = null;
  const popped = [];
  for (const [k, a] of ops) {
    const set = () => R.py_set(a);
    if (k === "new") s = R.py_set(a);
    else if (k === "lit") { s = R.py_set(); for (const x of a) R.py_set_add(s, x); }
    else if (k === "add") R.py_set_add(s, a);
    else if (k === "discard") R.py_set_discard(s, a);
    else if (k === "pop") popped.push(R.py_set_pop(s));
    else if (k === "copy") s = R.py_set_copy(s);
    else if (k === "set") s = R.py_set(s);
    else if (k === "or") s = R.py_bitor(s, set());
    else if (k === "and") s = R.py_bitand(s, set());
    else if (k === "sub") s = R.py_sub(s, set());
    else if (k === "xor") s = R.py_bitxor(s, set());
    else if (k === "ior") s = R.py_ior(s, set());
    else if (k === "iand") s = R.py_iand(s, set());
    else if (k === "isub") s = R.py_isub(s, set());
    else if (k === "ixor") s = R.py_ixor(s, set());
    else if (k === "union") s = R.py_set_union(s, set(), a);
    else if (k === "update") R.py_set_update(s, a);
    else if (k === "difference") s = R.py_set_difference(s, a);
    else if (k === "sdiff") s = R.py_set_symmetric_difference(s, set());
    else if (k === "inter") s = R.py_set_intersection(s, set());
    else if (k === "clear") R.py_set_clear(s);
    else throw new Error(`unknown op ${k}`);
  }
  return { order: Array.from(s), popped };
}

test("sets of ints iterate in CPython's order after each kind of operation", () => {
  for (const c of CASES) {
    const got = run(c.ops);
    const want = c.want.map((x) => (x === true ? true : x === false ? false : x));
    assert.deepEqual(got.order, want, JSON.stringify(c.ops));
    assert.deepEqual(got.popped, c.popped, JSON.stringify(c.ops));
  }
});

test("a set holding a str iterates in insertion order", () => {
  const s = R.py_set([3, "a", 1]);
  assert.deepEqual(Array.from(s), [3, "a", 1]);
  R.py_set_add(s, 0);
  assert.deepEqual([...s], [3, "a", 1, 0]);
});
