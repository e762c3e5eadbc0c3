// Container helpers (len, iter, indexing, slicing, unpacking), each expected value as
// CPython 3.11 gives it.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";
import { T, same, raises } from "./expect_py.mjs";

const R = load(
  "py_len", "py_iter", "py_star_iter", "py_getitem", "py_setitem", "py_delitem", "py_slice", "py_setslice",
  "py_delslice", "py_unpack", "py_unpack_star",
);

// [start, stop, step, list(range(6))[start:stop:step]] from CPython
const SLICES = [
  [null, null, null, [0, 1, 2, 3, 4, 5]], [null, -10, null, []], [null, -3, null, [0, 1, 2]], [null, -1, null, [0, 1, 2, 3, 4]], [null, 0, null, []], [null, 1, null, [0]],
  [null, 3, null, [0, 1, 2]], [null, 6, null, [0, 1, 2, 3, 4, 5]], [null, 10, null, [0, 1, 2, 3, 4, 5]], [-10, null, null, [0, 1, 2, 3, 4, 5]], [-10, -10, null, []], [-10, -3, null, [0, 1, 2]],
  [-10, -1, null, [0, 1, 2, 3, 4]], [-10, 0, null, []], [-10, 1, null, [0]], [-10, 3, null, [0, 1, 2]], [-10, 6, null, [0, 1, 2, 3, 4, 5]], [-10, 10, null, [0, 1, 2, 3, 4, 5]],
  [-3, null, null, [3, 4, 5]], [-3, -10, null, []], [-3, -3, null, []], [-3, -1, null, [3, 4]], [-3, 0, null, []], [-3, 1, null, []],
  [-3, 3, null, []], [-3, 6, null, [3, 4, 5]], [-3, 10, null, [3, 4, 5]], [-1, null, null, [5]], [-1, -10, null, []], [-1, -3, null, []],
  [-1, -1, null, []], [-1, 0, null, []], [-1, 1, null, []], [-1, 3, null, []], [-1, 6, null, [5]], [-1, 10, null, [5]],
  [0, null, null, [0, 1, 2, 3, 4, 5]], [0, -10, null, []], [0, -3, null, [0, 1, 2]], [0, -1, null, [0, 1, 2, 3, 4]], [0, 0, null, []], [0, 1, null, [0]],
  [0, 3, null, [0, 1, 2]], [0, 6, null, [0, 1, 2, 3, 4, 5]], [0, 10, null, [0, 1, 2, 3, 4, 5]], [1, null, null, [1, 2, 3, 4, 5]], [1, -10, null, []], [1, -3, null, [1, 2]],
  [1, -1, null, [1, 2, 3, 4]], [1, 0, null, []], [1, 1, null, []], [1, 3, null, [1, 2]], [1, 6, null, [1, 2, 3, 4, 5]], [1, 10, null, [1, 2, 3, 4, 5]],
  [3, null, null, [3, 4, 5]], [3, -10, null, []], [3, -3, null, []], [3, -1, null, [3, 4]], [3, 0, null, []], [3, 1, null, []],
  [3, 3, null, []], [3, 6, null, [3, 4, 5]], [3, 10, null, [3, 4, 5]], [6, null, null, []], [6, -10, null, []], [6, -3, null, []],
  [6, -1, null, []], [6, 0, null, []], [6, 1, null, []], [6, 3, null, []], [6, 6, null, []], [6, 10, null, []],
  [10, null, null, []], [10, -10, null, []], [10, -3, null, []], [10, -1, null, []], [10, 0, null, []], [10, 1, null, []],
  [10, 3, null, []], [10, 6, null, []], [10, 10, null, []], [null, null, 2, [0, 2, 4]], [null, -10, 2, []], [null, -3, 2, [0, 2]],
  [null, -1, 2, [0, 2, 4]], [null, 0, 2, []], [null, 1, 2, [0]], [null, 3, 2, [0, 2]], [null, 6, 2, [0, 2, 4]], [null, 10, 2, [0, 2, 4]],
  [-10, null, 2, [0, 2, 4]], [-10, -10, 2, []], [-10, -3, 2, [0, 2]], [-10, -1, 2, [0, 2, 4]], [-10, 0, 2, []], [-10, 1, 2, [0]],
  [-10, 3, 2, [0, 2]], [-10, 6, 2, [0, 2, 4]], [-10, 10, 2, [0, 2, 4]], [-3, null, 2, [3, 5]], [-3, -10, 2, []], [-3, -3, 2, []],
  [-3, -1, 2, [3]], [-3, 0, 2, []], [-3, 1, 2, []], [-3, 3, 2, []], [-3, 6, 2, [3, 5]], [-3, 10, 2, [3, 5]],
  [-1, null, 2, [5]], [-1, -10, 2, []], [-1, -3, 2, []], [-1, -1, 2, []], [-1, 0, 2, []], [-1, 1, 2, []],
  [-1, 3, 2, []], [-1, 6, 2, [5]], [-1, 10, 2, [5]], [0, null, 2, [0, 2, 4]], [0, -10, 2, []], [0, -3, 2, [0, 2]],
  [0, -1, 2, [0, 2, 4]], [0, 0, 2, []], [0, 1, 2, [0]], [0, 3, 2, [0, 2]], [0, 6, 2, [0, 2, 4]], [0, 10, 2, [0, 2, 4]],
  [1, null, 2, [1, 3, 5]], [1, -10, 2, []], [1, -3, 2, [1]], [1, -1, 2, [1, 3]], [1, 0, 2, []], [1, 1, 2, []],
  [1, 3, 2, [1]], [1, 6, 2, [1, 3, 5]], [1, 10, 2, [1, 3, 5]], [3, null, 2, [3, 5]], [3, -10, 2, []], [3, -3, 2, []],
  [3, -1, 2, [3]], [3, 0, 2, []], [3, 1, 2, []], [3, 3, 2, []], [3, 6, 2, [3, 5]], [3, 10, 2, [3, 5]],
  [6, null, 2, []], [6, -10, 2, []], [6, -3, 2, []], [6, -1, 2, []], [6, 0, 2, []], [6, 1, 2, []],
  [6, 3, 2, []], [6, 6, 2, []], [6, 10, 2, []], [10, null, 2, []], [10, -10, 2, []], [10, -3, 2, []],
  [10, -1, 2, []], [10, 0, 2, []], [10, 1, 2, []], [10, 3, 2, []], [10, 6, 2, []], [10, 10, 2, []],
  [null, null, -1, [5, 4, 3, 2, 1, 0]], [null, -10, -1, [5, 4, 3, 2, 1, 0]], [null, -3, -1, [5, 4]], [null, -1, -1, []], [null, 0, -1, [5, 4, 3, 2, 1]], [null, 1, -1, [5, 4, 3, 2]],
  [null, 3, -1, [5, 4]], [null, 6, -1, []], [null, 10, -1, []], [-10, null, -1, []], [-10, -10, -1, []], [-10, -3, -1, []],
  [-10, -1, -1, []], [-10, 0, -1, []], [-10, 1, -1, []], [-10, 3, -1, []], [-10, 6, -1, []], [-10, 10, -1, []],
  [-3, null, -1, [3, 2, 1, 0]], [-3, -10, -1, [3, 2, 1, 0]], [-3, -3, -1, []], [-3, -1, -1, []], [-3, 0, -1, [3, 2, 1]], [-3, 1, -1, [3, 2]],
  [-3, 3, -1, []], [-3, 6, -1, []], [-3, 10, -1, []], [-1, null, -1, [5, 4, 3, 2, 1, 0]], [-1, -10, -1, [5, 4, 3, 2, 1, 0]], [-1, -3, -1, [5, 4]],
  [-1, -1, -1, []], [-1, 0, -1, [5, 4, 3, 2, 1]], [-1, 1, -1, [5, 4, 3, 2]], [-1, 3, -1, [5, 4]], [-1, 6, -1, []], [-1, 10, -1, []],
  [0, null, -1, [0]], [0, -10, -1, [0]], [0, -3, -1, []], [0, -1, -1, []], [0, 0, -1, []], [0, 1, -1, []],
  [0, 3, -1, []], [0, 6, -1, []], [0, 10, -1, []], [1, null, -1, [1, 0]], [1, -10, -1, [1, 0]], [1, -3, -1, []],
  [1, -1, -1, []], [1, 0, -1, [1]], [1, 1, -1, []], [1, 3, -1, []], [1, 6, -1, []], [1, 10, -1, []],
  [3, null, -1, [3, 2, 1, 0]], [3, -10, -1, [3, 2, 1, 0]], [3, -3, -1, []], [3, -1, -1, []], [3, 0, -1, [3, 2, 1]], [3, 1, -1, [3, 2]],
  [3, 3, -1, []], [3, 6, -1, []], [3, 10, -1, []], [6, null, -1, [5, 4, 3, 2, 1, 0]], [6, -10, -1, [5, 4, 3, 2, 1, 0]], [6, -3, -1, [5, 4]],
  [6, -1, -1, []], [6, 0, -1, [5, 4, 3, 2, 1]], [6, 1, -1, [5, 4, 3, 2]], [6, 3, -1, [5, 4]], [6, 6, -1, []], [6, 10, -1, []],
  [10, null, -1, [5, 4, 3, 2, 1, 0]], [10, -10, -1, [5, 4, 3, 2, 1, 0]], [10, -3, -1, [5, 4]], [10, -1, -1, []], [10, 0, -1, [5, 4, 3, 2, 1]], [10, 1, -1, [5, 4, 3, 2]],
  [10, 3, -1, [5, 4]], [10, 6, -1, []], [10, 10, -1, []], [null, null, -2, [5, 3, 1]], [null, -10, -2, [5, 3, 1]], [null, -3, -2, [5]],
  [null, -1, -2, []], [null, 0, -2, [5, 3, 1]], [null, 1, -2, [5, 3]], [null, 3, -2, [5]], [null, 6, -2, []], [null, 10, -2, []],
  [-10, null, -2, []], [-10, -10, -2, []], [-10, -3, -2, []], [-10, -1, -2, []], [-10, 0, -2, []], [-10, 1, -2, []],
  [-10, 3, -2, []], [-10, 6, -2, []], [-10, 10, -2, []], [-3, null, -2, [3, 1]], [-3, -10, -2, [3, 1]], [-3, -3, -2, []],
  [-3, -1, -2, []], [-3, 0, -2, [3, 1]], [-3, 1, -2, [3]], [-3, 3, -2, []], [-3, 6, -2, []], [-3, 10, -2, []],
  [-1, null, -2, [5, 3, 1]], [-1, -10, -2, [5, 3, 1]], [-1, -3, -2, [5]], [-1, -1, -2, []], [-1, 0, -2, [5, 3, 1]], [-1, 1, -2, [5, 3]],
  [-1, 3, -2, [5]], [-1, 6, -2, []], [-1, 10, -2, []], [0, null, -2, [0]], [0, -10, -2, [0]], [0, -3, -2, []],
  [0, -1, -2, []], [0, 0, -2, []], [0, 1, -2, []], [0, 3, -2, []], [0, 6, -2, []], [0, 10, -2, []],
  [1, null, -2, [1]], [1, -10, -2, [1]], [1, -3, -2, []], [1, -1, -2, []], [1, 0, -2, [1]], [1, 1, -2, []],
  [1, 3, -2, []], [1, 6, -2, []], [1, 10, -2, []], [3, null, -2, [3, 1]], [3, -10, -2, [3, 1]], [3, -3, -2, []],
  [3, -1, -2, []], [3, 0, -2, [3, 1]], [3, 1, -2, [3]], [3, 3, -2, []], [3, 6, -2, []], [3, 10, -2, []],
  [6, null, -2, [5, 3, 1]], [6, -10, -2, [5, 3, 1]], [6, -3, -2, [5]], [6, -1, -2, []], [6, 0, -2, [5, 3, 1]], [6, 1, -2, [5, 3]],
  [6, 3, -2, [5]], [6, 6, -2, []], [6, 10, -2, []], [10, null, -2, [5, 3, 1]], [10, -10, -2, [5, 3, 1]], [10, -3, -2, [5]],
  [10, -1, -2, []], [10, 0, -2, [5, 3, 1]], [10, 1, -2, [5, 3]], [10, 3, -2, [5]], [10, 6, -2, []], [10, 10, -2, []],
  [null, null, -4, [5, 1]], [null, -10, -4, [5, 1]], [null, -3, -4, [5]], [null, -1, -4, []], [null, 0, -4, [5, 1]], [null, 1, -4, [5]],
  [null, 3, -4, [5]], [null, 6, -4, []], [null, 10, -4, []], [-10, null, -4, []], [-10, -10, -4, []], [-10, -3, -4, []],
  [-10, -1, -4, []], [-10, 0, -4, []], [-10, 1, -4, []], [-10, 3, -4, []], [-10, 6, -4, []], [-10, 10, -4, []],
  [-3, null, -4, [3]], [-3, -10, -4, [3]], [-3, -3, -4, []], [-3, -1, -4, []], [-3, 0, -4, [3]], [-3, 1, -4, [3]],
  [-3, 3, -4, []], [-3, 6, -4, []], [-3, 10, -4, []], [-1, null, -4, [5, 1]], [-1, -10, -4, [5, 1]], [-1, -3, -4, [5]],
  [-1, -1, -4, []], [-1, 0, -4, [5, 1]], [-1, 1, -4, [5]], [-1, 3, -4, [5]], [-1, 6, -4, []], [-1, 10, -4, []],
  [0, null, -4, [0]], [0, -10, -4, [0]], [0, -3, -4, []], [0, -1, -4, []], [0, 0, -4, []], [0, 1, -4, []],
  [0, 3, -4, []], [0, 6, -4, []], [0, 10, -4, []], [1, null, -4, [1]], [1, -10, -4, [1]], [1, -3, -4, []],
  [1, -1, -4, []], [1, 0, -4, [1]], [1, 1, -4, []], [1, 3, -4, []], [1, 6, -4, []], [1, 10, -4, []],
  [3, null, -4, [3]], [3, -10, -4, [3]], [3, -3, -4, []], [3, -1, -4, []], [3, 0, -4, [3]], [3, 1, -4, [3]],
  [3, 3, -4, []], [3, 6, -4, []], [3, 10, -4, []], [6, null, -4, [5, 1]], [6, -10, -4, [5, 1]], [6, -3, -4, [5]],
  [6, -1, -4, []], [6, 0, -4, [5, 1]], [6, 1, -4, [5]], [6, 3, -4, [5]], [6, 6, -4, []], [6, 10, -4, []],
  [10, null, -4, [5, 1]], [10, -10, -4, [5, 1]], [10, -3, -4, [5]], [10, -1, -4, []], [10, 0, -4, [5, 1]], [10, 1, -4, [5]],
  [10, 3, -4, [5]], [10, 6, -4, []], [10, 10, -4, []],
];

const SMILE = "\u{1F600}";

function* gen(...items) {
  yield* items;
}

test("len", () => {
  same(R.py_len("abc"), 3);
  same(R.py_len(""), 0);
  same(R.py_len(SMILE + "ab" + SMILE + "c"), 5); // code points, not UTF-16 units
  same(R.py_len("\ud800x"), 2); // a lone surrogate is one code point
  same(R.py_len([1, 2]), 2);
  same(R.py_len(T(1)), 1);
  same(R.py_len(new Map([[1, 2]])), 1);
  same(R.py_len(new Set([1, 2, 3])), 3);
  same(R.py_len({ a: 1, b: 2 }), 2);
  same(R.py_len(JSON.parse('{"__proto__": 1}')), 1);
  raises(() => R.py_len(5), "TypeError", "object of type 'int' has no len()");
  raises(() => R.py_len(null), "TypeError", "object of type 'NoneType' has no len()");
  raises(() => R.py_len(undefined), "TypeError", "object of type 'NoneType' has no len()");
  raises(() => R.py_len(1.5), "TypeError", "object of type 'float' has no len()");
  raises(() => R.py_len(gen(1)), "TypeError", "object of type 'generator' has no len()");
});

test("py_star_iter: a starred display item", () => {
  const xs = [1, 2];
  assert.equal(R.py_star_iter(xs), xs); // [*xs]: as py_iter
  same([...R.py_star_iter({ a: 1 })], ["a"]); // [*{'a': 1}]
  raises(() => R.py_star_iter(null), "TypeError", "Value after * must be an iterable, not NoneType"); // [*None]
  raises(() => R.py_star_iter(5), "TypeError", "Value after * must be an iterable, not int"); // [*5]
  raises(() => R.py_star_iter(2.5), "TypeError", "Value after * must be an iterable, not float"); // (*2.5,)
  raises(() => R.py_star_iter(true), "TypeError", "Value after * must be an iterable, not bool"); // [*True]
});

test("iter", () => {
  const xs = [1, 2];
  assert.equal(R.py_iter(xs), xs); // arrays are iterated as they are
  same([...R.py_iter(SMILE + "a")], [SMILE, "a"]); // list('😀a')
  same([...R.py_iter(new Map([[1, "a"], [T(2), "b"]]))], [1, T(2)]); // list({1: 'a', (2,): 'b'})
  same([...R.py_iter({ a: 1, b: 2 })], ["a", "b"]); // list({'a': 1, 'b': 2})
  same([...R.py_iter(new Set([3, 1]))].length, 2);
  const g = gen(1, 2);
  // A generator is iterated in place, and a for-of that breaks leaves it open (Python's
  // for does not close an iterator): the rest is still there afterwards.
  for (const x of R.py_iter(g)) {
    assert.equal(x, 1);
    break;
  }
  assert.deepEqual(Array.from(R.py_iter(g)), [2]);
  // iter(iter(gen)) is the generator again: its items, not the wrapper's (no) keys.
  assert.deepEqual(Array.from(R.py_iter(R.py_iter(gen(3, 4)))), [3, 4]);
  raises(() => R.py_iter(5), "TypeError", "'int' object is not iterable");
  raises(() => R.py_iter(null), "TypeError", "'NoneType' object is not iterable");
  raises(() => R.py_iter(true), "TypeError", "'bool' object is not iterable");
  raises(() => R.py_iter(() => 1), "TypeError", "'function' object is not iterable");
});

test("getitem on sequences", () => {
  same(R.py_getitem([1, 2, 3], 0), 1);
  same(R.py_getitem([1, 2, 3], -1), 3); // [1, 2, 3][-1]
  same(R.py_getitem([1, 2, 3], -3), 1);
  same(R.py_getitem(T(1, 2), 1), 2);
  same(R.py_getitem([1, 2], true), 2); // [1, 2][True]
  same(R.py_getitem("abc", -1), "c");
  same(R.py_getitem(SMILE + "ab" + SMILE + "c", 1), "a"); // '😀ab😀c'[1]
  same(R.py_getitem(SMILE + "ab" + SMILE + "c", -2), SMILE);
  raises(() => R.py_getitem([1, 2], 5), "IndexError", "list index out of range"); // [1, 2][5]
  raises(() => R.py_getitem([1, 2], -3), "IndexError", "list index out of range");
  raises(() => R.py_getitem([], 0), "IndexError", "list index out of range");
  raises(() => R.py_getitem(T(1, 2), 5), "IndexError", "tuple index out of range");
  raises(() => R.py_getitem("ab", 5), "IndexError", "string index out of range");
  raises(() => R.py_getitem([1], "a"), "TypeError", "list indices must be integers or slices, not str");
  raises(() => R.py_getitem([1], 1.5), "TypeError", "list indices must be integers or slices, not float");
  raises(() => R.py_getitem([1], null), "TypeError", "list indices must be integers or slices, not NoneType");
  raises(() => R.py_getitem(T(1), "a"), "TypeError", "tuple indices must be integers or slices, not str");
  raises(() => R.py_getitem("ab", "a"), "TypeError", "string indices must be integers, not 'str'");
  raises(() => R.py_getitem("ab", 1.5), "TypeError", "string indices must be integers, not 'float'");
});

test("getitem on dicts and others", () => {
  same(R.py_getitem(new Map([["a", 1]]), "a"), 1);
  same(R.py_getitem(new Map([[1, "x"]]), true), "x"); // {1: 'x'}[True]
  same(R.py_getitem(new Map([[true, "x"]]), 1.0), "x"); // {True: 'x'}[1.0]
  same(R.py_getitem(new Map([[T(1, 2), "x"]]), T(1, 2)), "x"); // {(1, 2): 'x'}[(1, 2)]
  same(R.py_getitem(new Map([[null, "x"]]), undefined), "x"); // {None: 'x'}[None]
  same(R.py_getitem({ a: 1 }, "a"), 1);
  same(R.py_getitem(JSON.parse('{"__proto__": 5}'), "__proto__"), 5);
  raises(() => R.py_getitem(new Map(), "a"), "KeyError", "'a'"); // {}['a']
  raises(() => R.py_getitem(new Map([[1, 2]]), T(1)), "KeyError", "(1,)");
  raises(() => R.py_getitem({}, "a"), "KeyError", "'a'");
  raises(() => R.py_getitem({}, "__proto__"), "KeyError", "'__proto__'");
  raises(() => R.py_getitem({}, "constructor"), "KeyError", "'constructor'");
  raises(() => R.py_getitem({}, "toString"), "KeyError", "'toString'");
  raises(() => R.py_getitem({ 1: "a" }, 1), "KeyError", "1"); // {'1': 'a'}[1]
  raises(() => R.py_getitem({}, undefined), "KeyError", "None");
  raises(() => R.py_getitem(new Map(), [1]), "TypeError", "unhashable type: 'list'");
  raises(() => R.py_getitem({}, [1]), "TypeError", "unhashable type: 'list'");
  raises(() => R.py_getitem(new Map(), new Set()), "TypeError", "unhashable type: 'set'");
  raises(() => R.py_getitem(new Map(), T(1, [2])), "TypeError", "unhashable type: 'list'");
  raises(() => R.py_getitem(null, 0), "TypeError", "'NoneType' object is not subscriptable");
  raises(() => R.py_getitem(undefined, 0), "TypeError", "'NoneType' object is not subscriptable");
  raises(() => R.py_getitem(5, 0), "TypeError", "'int' object is not subscriptable");
  raises(() => R.py_getitem(new Set([1]), 0), "TypeError", "'set' object is not subscriptable");
  raises(() => R.py_getitem(() => 1, 0), "TypeError", "'function' object is not subscriptable");
  same(R.py_getitem(new Date(0), "nope"), undefined); // foreign objects read as JS objects
});

test("setitem", () => {
  const xs = [1, 2, 3];
  R.py_setitem(xs, -1, 9);
  R.py_setitem(xs, 0, 7);
  R.py_setitem(xs, true, 8);
  same(xs, [7, 8, 9]);
  raises(() => R.py_setitem(xs, 3, 0), "IndexError", "list assignment index out of range");
  raises(() => R.py_setitem(xs, -4, 0), "IndexError", "list assignment index out of range");
  raises(() => R.py_setitem(xs, "a", 0), "TypeError", "list indices must be integers or slices, not str");
  raises(() => R.py_setitem(xs, 1.0 + 0.5, 0), "TypeError", "list indices must be integers or slices, not float");
  raises(() => R.py_setitem(T(1, 2), 0, 1), "TypeError", "'tuple' object does not support item assignment");
  raises(() => R.py_setitem("ab", 0, "c"), "TypeError", "'str' object does not support item assignment");
  raises(() => R.py_setitem(new Set([1]), 0, 1), "TypeError", "'set' object does not support item assignment");
  raises(() => R.py_setitem(null, 0, 1), "TypeError", "'NoneType' object does not support item assignment");
  raises(() => R.py_setitem(5, 0, 1), "TypeError", "'int' object does not support item assignment");

  const d = new Map([[1, "a"]]);
  R.py_setitem(d, true, "b"); // d[True] = 'b' keeps the key 1
  R.py_setitem(d, T(1, 2), "c");
  R.py_setitem(d, T(1, 2), "d"); // an equal tuple finds the same entry
  R.py_setitem(d, undefined, "e"); // None is stored as null
  same(d, new Map([[1, "b"], [T(1, 2), "d"], [null, "e"]]));
  raises(() => R.py_setitem(d, [1], 0), "TypeError", "unhashable type: 'list'");
  raises(() => R.py_setitem(d, new Map(), 0), "TypeError", "unhashable type: 'dict'");

  const o = {};
  R.py_setitem(o, "__proto__", 1);
  R.py_setitem(o, "constructor", 2);
  R.py_setitem(o, "a", undefined);
  assert.equal(Object.getPrototypeOf(o), Object.prototype); // the prototype is untouched
  same(Object.keys(o), ["__proto__", "constructor", "a"]);
  same(o.__proto__, 1);
  same(o.a, null);
  assert.equal({}.polluted, undefined);
  raises(() => R.py_setitem(o, [1], 0), "TypeError", "unhashable type: 'list'");
  assert.throws(() => R.py_setitem(o, 1, 0), (e) => e.name === "TypeError"); // a JSON dict takes str keys only
});

test("delitem", () => {
  const xs = [1, 2, 3, 4];
  R.py_delitem(xs, 0);
  R.py_delitem(xs, -1);
  same(xs, [2, 3]); // del shifts the list
  raises(() => R.py_delitem(xs, 5), "IndexError", "list assignment index out of range");
  raises(() => R.py_delitem(xs, "a"), "TypeError", "list indices must be integers or slices, not str");
  raises(() => R.py_delitem(xs, 1.5), "TypeError", "list indices must be integers or slices, not float");
  raises(() => R.py_delitem(T(1, 2), 0), "TypeError", "'tuple' object doesn't support item deletion");
  raises(() => R.py_delitem("ab", 0), "TypeError", "'str' object doesn't support item deletion");
  raises(() => R.py_delitem(new Set([1]), 0), "TypeError", "'set' object doesn't support item deletion");
  raises(() => R.py_delitem(null, 0), "TypeError", "'NoneType' object does not support item deletion");
  raises(() => R.py_delitem(5, 0), "TypeError", "'int' object does not support item deletion");
  const d = new Map([[1, "a"], [T(2), "b"], ["c", 3]]);
  R.py_delitem(d, true); // del d[True] removes the key 1
  R.py_delitem(d, T(2));
  same(d, new Map([["c", 3]]));
  raises(() => R.py_delitem(d, "x"), "KeyError", "'x'");
  raises(() => R.py_delitem(d, [1]), "TypeError", "unhashable type: 'list'");
  const o = JSON.parse('{"__proto__": 1, "a": 2}');
  R.py_delitem(o, "__proto__");
  same(Object.keys(o), ["a"]);
  raises(() => R.py_delitem(o, "toString"), "KeyError", "'toString'");
  raises(() => R.py_delitem(o, 1), "KeyError", "1");
});

test("slices of lists, tuples and strs clamp like CPython", () => {
  const xs = [0, 1, 2, 3, 4, 5];
  const tup = Object.freeze(xs.slice());
  const s = "abcdef";
  for (const [a, b, c, want] of SLICES) {
    const what = `[${a}:${b}:${c}]`;
    assert.deepEqual(R.py_slice(xs, a, b, c), want, what);
    const t = R.py_slice(tup, a, b, c);
    assert.ok(Object.isFrozen(t), what);
    assert.deepEqual([...t], want, what);
    assert.equal(R.py_slice(s, a, b, c), want.map((i) => s[i]).join(""), what);
    // undefined bounds mean the same as None
    assert.deepEqual(R.py_slice(xs, a ?? undefined, b ?? undefined, c ?? undefined), want, what);
  }
  const r = R.py_slice(xs, null, null, null);
  assert.notEqual(r, xs); // xs[:] is a copy
  same(R.py_slice(xs, true, null, null), [1, 2, 3, 4, 5]); // xs[True:]
  same(R.py_slice(SMILE + "ab" + SMILE + "c", null, null, -1), "c" + SMILE + "ba" + SMILE); // '😀ab😀c'[::-1]
  same(R.py_slice(SMILE + "ab" + SMILE + "c", 1, 4, null), "ab" + SMILE);
  same(R.py_slice("abcdef", 4, 1, -1), "edc");
  same(R.py_slice([], -5, 5, -1), []);
  raises(() => R.py_slice(xs, null, null, 0), "ValueError", "slice step cannot be zero");
  raises(() => R.py_slice("ab", null, null, 0), "ValueError", "slice step cannot be zero");
  raises(() => R.py_slice(xs, 1.5, null, null), "TypeError", "slice indices must be integers or None or have an __index__ method");
  raises(() => R.py_slice(xs, "a", null, null), "TypeError", "slice indices must be integers or None or have an __index__ method");
  raises(() => R.py_slice("ab", null, 0.5, null), "TypeError", "slice indices must be integers or None or have an __index__ method");
  raises(() => R.py_slice(new Map(), 1, 2, null), "TypeError", "unhashable type: 'slice'");
  raises(() => R.py_slice({}, 1, 2, null), "TypeError", "unhashable type: 'slice'");
  raises(() => R.py_slice(null, 0, 1, null), "TypeError", "'NoneType' object is not subscriptable");
  raises(() => R.py_slice(new Set([1]), 0, 1, null), "TypeError", "'set' object is not subscriptable");
  raises(() => R.py_slice(5, 0, 1, null), "TypeError", "'int' object is not subscriptable");
});

test("slice assignment", () => {
  const run = (start, stop, step, values) => {
    const x = [0, 1, 2, 3, 4, 5];
    R.py_setslice(x, start, stop, step, values);
    return x;
  };
  same(run(1, 3, null, [7, 8, 9]), [0, 7, 8, 9, 3, 4, 5]); // x[1:3] = [7, 8, 9]
  same(run(4, 1, null, [7]), [0, 1, 2, 3, 7, 4, 5]); // x[4:1] = [7] inserts at 4
  same(run(-2, null, null, []), [0, 1, 2, 3]); // x[-2:] = []
  same(run(null, null, null, "ab"), ["a", "b"]); // x[:] = 'ab'
  same(run(null, null, 2, [7, 8, 9]), [7, 1, 8, 3, 9, 5]); // x[::2] = [7, 8, 9]
  same(run(null, null, -2, T(7, 8, 9)), [0, 9, 2, 8, 4, 7]); // x[::-2] = (7, 8, 9)
  same(run(10, null, null, [7]), [0, 1, 2, 3, 4, 5, 7]); // x[10:] = [7]
  same(run(1, 5, 1, []), [0, 5]); // x[1:5:1] = []
  same(run(0, 0, null, new Map([["a", 1]])), ["a", 0, 1, 2, 3, 4, 5]); // x[0:0] = {'a': 1}
  same(run(0, 0, null, gen(8, 9)), [8, 9, 0, 1, 2, 3, 4, 5]);
  const x = [0, 1, 2];
  R.py_setslice(x, 1, 2, null, x); // x[1:2] = x
  same(x, [0, 0, 1, 2, 2]);
  const big = Array.from({ length: 200000 }, (_, i) => i);
  const y = [-1, -2];
  R.py_setslice(y, 1, 1, null, big);
  same(y.length, 200002);
  same(y[200001], -2);
  same(y[1], 0);
  raises(() => run(5, 0, -2, []), "ValueError", "attempt to assign sequence of size 0 to extended slice of size 3");
  raises(() => run(null, null, 2, [1]), "ValueError", "attempt to assign sequence of size 1 to extended slice of size 3");
  raises(() => run(0, 1, null, 5), "TypeError", "can only assign an iterable");
  raises(() => run(null, null, 2, 5), "TypeError", "must assign iterable to extended slice");
  raises(() => run(null, null, 0, 5), "ValueError", "slice step cannot be zero");
  raises(() => R.py_setslice(T(1, 2), 0, 1, null, [5]), "TypeError", "'tuple' object does not support item assignment");
  raises(() => R.py_setslice("abc", 0, 1, null, "d"), "TypeError", "'str' object does not support item assignment");
  raises(() => R.py_setslice(new Set([1]), 0, 1, null, [1]), "TypeError", "'set' object does not support item assignment");
  raises(() => R.py_setslice(null, 0, 1, null, [1]), "TypeError", "'NoneType' object does not support item assignment");
  raises(() => R.py_setslice(new Map(), 0, 1, null, [1]), "TypeError", "unhashable type: 'slice'");
});

test("slice deletion", () => {
  for (const [a, b, c, gone] of SLICES) {
    const x = [0, 1, 2, 3, 4, 5];
    R.py_delslice(x, a, b, c);
    assert.deepEqual(x, [0, 1, 2, 3, 4, 5].filter((i) => !gone.includes(i)), `del x[${a}:${b}:${c}]`);
  }
  raises(() => R.py_delslice([1, 2], null, null, 0), "ValueError", "slice step cannot be zero");
  raises(() => R.py_delslice([1, 2], 0, 1.5, null), "TypeError", "slice indices must be integers or None or have an __index__ method");
  raises(() => R.py_delslice(T(1, 2), 0, 1, null), "TypeError", "'tuple' object does not support item deletion");
  raises(() => R.py_delslice("abc", 0, 1, null), "TypeError", "'str' object does not support item deletion");
  raises(() => R.py_delslice(new Set([1]), 0, 1, null), "TypeError", "'set' object does not support item deletion");
  raises(() => R.py_delslice(null, 0, 1, null), "TypeError", "'NoneType' object does not support item deletion");
  raises(() => R.py_delslice({}, 0, 1, null), "TypeError", "unhashable type: 'slice'");
});

test("unpacking", () => {
  const xs = [1, 2];
  assert.equal(R.py_unpack(xs, 2), xs); // no copy when the length is right
  same(R.py_unpack(T(1, 2, 3), 3), T(1, 2, 3));
  same(R.py_unpack("a" + SMILE, 2), ["a", SMILE]); // a, b = 'a😀'
  same(R.py_unpack(new Map([[1, 2], [3, 4]]), 2), [1, 3]); // a, b = {1: 2, 3: 4}
  same(R.py_unpack({ x: 1, y: 2 }, 2), ["x", "y"]);
  same(R.py_unpack(new Set([5]), 1), [5]);
  same(R.py_unpack(gen(1, 2), 2), [1, 2]);
  raises(() => R.py_unpack([1, 2, 3], 2), "ValueError", "too many values to unpack (expected 2)");
  raises(() => R.py_unpack([1, 2], 3), "ValueError", "not enough values to unpack (expected 3, got 2)");
  raises(() => R.py_unpack("abc", 2), "ValueError", "too many values to unpack (expected 2)");
  raises(() => R.py_unpack(5, 2), "TypeError", "cannot unpack non-iterable int object");
  raises(() => R.py_unpack(null, 2), "TypeError", "cannot unpack non-iterable NoneType object");
  raises(() => R.py_unpack(undefined, 2), "TypeError", "cannot unpack non-iterable NoneType object");
  // An iterator is read one item past the targets, no further.
  const g = gen(1, 2, 3, 4);
  raises(() => R.py_unpack(g, 2), "ValueError", "too many values to unpack (expected 2)");
  same(g.next().value, 4);
});

test("star unpacking", () => {
  same(R.py_unpack_star([1, 2, 3, 4], 1, 1), [1, [2, 3], 4]); // a, *b, c = [1, 2, 3, 4]
  same(R.py_unpack_star([1, 2], 1, 1), [1, [], 2]);
  same(R.py_unpack_star(T(1, 2, 3), 0, 2), [[1], 2, 3]); // *a, b, c = (1, 2, 3)
  same(R.py_unpack_star("abc", 1, 0), ["a", ["b", "c"]]); // a, *b = 'abc'
  same(R.py_unpack_star(gen(1, 2, 3), 2, 0), [1, 2, [3]]);
  same(R.py_unpack_star(new Map([[1, 0], [2, 0]]), 0, 0), [[1, 2]]);
  raises(() => R.py_unpack_star([1, 2], 1, 2), "ValueError", "not enough values to unpack (expected at least 3, got 2)");
  raises(() => R.py_unpack_star(gen(1, 2), 1, 2), "ValueError", "not enough values to unpack (expected at least 3, got 2)");
  raises(() => R.py_unpack_star(5, 1, 0), "TypeError", "cannot unpack non-iterable int object");
});

test("a dict or set that changes size under a loop", () => {
  const S = load("py_size", "py_same_size");
  assert.equal(S.py_size(new Map([[1, 2]])), 1);
  assert.equal(S.py_size({ a: 1, b: 2 }), 2);
  assert.equal(S.py_size([1, 2, 3]), -1); // a list may change under a loop
  S.py_same_size(new Set([1]), 1);
  S.py_same_size([1, 2], -1);
  const dictError = /dictionary changed size during iteration/;
  assert.throws(() => S.py_same_size({ a: 1 }, 2), (e) => e.name === "RuntimeError" && dictError.test(e.message));
  assert.throws(() => S.py_same_size(new Set(), 1), /Set changed size during iteration/);
  // the step's count: a dict giving more keys than it had (a key removed and re-added)
  S.py_same_size(new Map([["a", 1]]), 1, 1);
  assert.throws(() => S.py_same_size(new Map([["a", 1]]), 1, 2), (e) => e.name === "RuntimeError" && /dictionary keys changed during iteration/.test(e.message));
  S.py_same_size(new Set([1]), 1, 2); // a set: CPython gives what its table holds
  S.py_same_size([1, 2], -1, 5);
});
