// Sets of numbers iterate in CPython's hash-table order. data/set_orders.json holds
// sequences of set operations and the order CPython 3.11 gives (set_orders.py made it).
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { load } from "./load.mjs";

const R = load(
  "py_set", "py_set_add", "py_set_discard", "py_set_pop", "py_set_copy", "py_bitor", "py_bitand",
  "py_sub", "py_bitxor", "py_ior", "py_iand", "py_isub", "py_ixor", "py_set_union", "py_set_update",
  "py_set_difference", "py_set_symmetric_difference", "py_set_intersection", "py_set_clear",
  "py_dict", "py_dict_keys", "py_set_add_all",
);
const CASES = JSON.parse(readFileSync(new URL("./data/set_orders.json", import.meta.url), "utf8"));

const keys = (xs) => R.py_dict_keys(R.py_dict(xs.map((x) => Object.freeze([x, null]))));

// {x, *s, *t} as clientpy emits it for a starred value that may be a set (lower_set)
function display(lead, starred) {
  const s = R.py_set(lead);
  for (const part of starred) R.py_set_add_all(s, part);
  return s;
}

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
    else if (k === "ror") s = R.py_bitor(set(), s);
    else if (k === "rxor") s = R.py_bitxor(set(), s);
    else if (k === "orself") s = R.py_bitor(s, s);
    else if (k === "unionself") s = R.py_set_union(s, s);
    else if (k === "updset") R.py_set_update(s, set());
    else if (k === "upddict") R.py_set_update(s, R.py_dict(a.map((x) => Object.freeze([x, null]))));
    else if (k === "iorself") s = R.py_ior(s, s);
    else if (k === "ixorself") s = R.py_ixor(s, s);
    else if (k === "emptyior") s = R.py_ior(R.py_set(), s);
    else if (k === "kor") s = R.py_bitor(keys([...s]), set());
    else if (k === "kand") s = R.py_bitand(keys([...s]), set());
    else if (k === "ksub") s = R.py_sub(keys([...s]), set());
    else if (k === "kxor") s = R.py_bitxor(keys([...s]), set());
    else if (k === "kxorl") s = R.py_bitxor(keys([...s]), a);
    else if (k === "kxork") s = R.py_bitxor(keys([...s]), keys(a));
    else if (k === "star") s = display([], [s]);
    else if (k === "star2") s = display([], [s, a]);
    else if (k === "star3") s = a.length ? display([a[0]], [s]) : display([], [s, a]);
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

test("a dict's keys view with a set or any iterable: CPython's way and order", () => {
  const V = load("py_dict_keys", "py_dict_items", "py_bitor", "py_bitand", "py_bitxor", "py_sub", "py_set");
  const keys = (xs) => V.py_dict_keys(new Map(xs.map((x) => [x, 0])));
  const ks = keys([1, 9, 17, 2, 33, 25]);
  const s = V.py_set([41, 9, 3, 57]);
  assert.deepEqual([...V.py_sub(ks, s)], [1, 17, 2, 33, 25]);
  assert.deepEqual([...V.py_bitxor(ks, s)], [1, 17, 2, 33, 3, 57, 25, 41]);
  assert.deepEqual([...V.py_bitand(s, ks)], [9]);
  assert.deepEqual([...V.py_bitor(ks, [3, 41])], [1, 17, 2, 33, 3, 9, 25, 41]);
  // a set over 8 times larger is intersected first, and the deleted slots resized away
  const big = V.py_set([...Array.from({ length: 88 }, (_, i) => i + 3), 100, 200]);
  assert.deepEqual([...V.py_sub(keys([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), big)], [1, 2]);
  // an items view holds 2-tuples only: a list is neither found nor hashed
  const items = V.py_dict_items(new Map([["a", 1]]));
  assert.equal(V.py_bitand(items, [["a", 1]]).size, 0);
  assert.equal(V.py_bitand(items, [Object.freeze(["a", 1])]).size, 1);
});
