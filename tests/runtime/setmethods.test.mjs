// set methods, each expected value as CPython 3.11 gives it.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";
import { T, same, raises } from "./expect_py.mjs";

const {
  py_exceptions,
  py_set_add,
  py_set_clear,
  py_set_copy,
  py_set_difference,
  py_set_discard,
  py_set_intersection,
  py_set_isdisjoint,
  py_set_issubset,
  py_set_issuperset,
  py_set_pop,
  py_set_remove,
  py_set_symmetric_difference,
  py_set_union,
  py_set_update,
} = load("py_exceptions", "py_set_add", "py_set_clear", "py_set_copy", "py_set_difference", "py_set_discard", "py_set_intersection", "py_set_isdisjoint", "py_set_issubset", "py_set_issuperset", "py_set_pop", "py_set_remove", "py_set_symmetric_difference", "py_set_union", "py_set_update");

test("add, discard, remove, pop, clear", () => {
  same((() => { const s = new Set([1]); py_set_add(s, 2); py_set_add(s, true); py_set_add(s, 1.0); py_set_add(s, T(1, 2)); py_set_add(s, T(1, 2)); return s; })(), new Set([1, 2, T(1, 2)])); // exec:s = {1}; s.add(2); s.add(True); s.add(1.0); s.add((1, 2)); s.add((1, 2)); result = s
  same((() => { const s = new Set([true]); py_set_add(s, 1); return [...s]; })(), [true]); // exec:s = {True}; s.add(1); result = list(s)
  same((() => { const s = new Set(); py_set_add(s, undefined); py_set_add(s, null); return s; })(), new Set([null])); // exec:s = set(); s.add(None); s.add(None); result = s
  raises(() => py_set_add(new Set(), [1]), "TypeError", "unhashable type: 'list'"); // set().add([1])
  raises(() => py_set_add(new Set(), new Map()), "TypeError", "unhashable type: 'dict'"); // set().add({})
  raises(() => py_set_add(new Set(), T(1, [2])), "TypeError", "unhashable type: 'list'"); // set().add((1, [2]))
  same((() => { const s = new Set([1, 2, T(3)]); py_set_discard(s, 5); py_set_discard(s, true); py_set_discard(s, T(3)); return s; })(), new Set([2])); // exec:s = {1, 2, (3,)}; s.discard(5); s.discard(True); s.discard((3,)); result = s
  raises(() => py_set_discard(new Set(), [1]), "TypeError", "unhashable type: 'list'"); // set().discard([1])
  same((() => { const s = new Set(["a", 0]); const r = py_set_remove(s, false); return [r, s]; })(), [null, new Set(["a"])]); // exec:s = {'a', 0}; r = s.remove(False); result = [r, s]
  raises(() => py_set_remove(new Set(), 1), "KeyError", "1"); // set().remove(1)
  raises(() => py_set_remove(new Set([1]), "a"), "KeyError", "'a'"); // {1}.remove('a')
  raises(() => py_set_remove(new Set(), T(1, "a")), "KeyError", "(1, 'a')"); // set().remove((1, 'a'))
  raises(() => py_set_remove(new Set(), [1]), "TypeError", "unhashable type: 'list'"); // set().remove([1])
  same((() => { const s = new Set(["only"]); const x = py_set_pop(s); return [x, s]; })(), ["only", new Set([])]); // exec:s = {'only'}; x = s.pop(); result = [x, s]
  raises(() => py_set_pop(new Set()), "KeyError", "'pop from an empty set'"); // set().pop()
  same((() => { const s = new Set([1, 2]); const r = py_set_clear(s); return [r, s]; })(), [null, new Set([])]); // exec:s = {1, 2}; r = s.clear(); result = [r, s]
  raises(() => py_set_add([1], 2), "AttributeError", "'list' object has no attribute 'add'"); // [1].add(2)
  raises(() => py_set_pop(5), "AttributeError", "'int' object has no attribute 'pop'"); // (5).pop()
  raises(() => py_set_clear(null), "AttributeError", "'NoneType' object has no attribute 'clear'"); // None.clear()
});

test("update, union, intersection, difference, symmetric_difference", () => {
  same((() => { const s = new Set([1]); const r = py_set_update(s, [2, 3], "ab", new Set([true])); return [r, s]; })(), [null, new Set([1, 2, 3, "b", "a"])]); // exec:s = {1}; r = s.update([2, 3], 'ab', {True}); result = [r, s]
  raises(() => py_set_update(new Set(), 5), "TypeError", "'int' object is not iterable"); // set().update(5)
  raises(() => py_set_update(new Set(), [[1]]), "TypeError", "unhashable type: 'list'"); // set().update([[1]])
  same(py_set_union(new Set([1, 2]), [2, 3], T(4)), new Set([1, 2, 3, 4])); // {1, 2}.union([2, 3], (4,))
  same(py_set_union(new Set([1])), new Set([1])); // {1}.union()
  same([...py_set_union(new Set([1]), new Set([true]))], [1]); // list({1}.union({True}))
  raises(() => py_set_union(new Set([1]), [[1]]), "TypeError", "unhashable type: 'list'"); // {1}.union([[1]])
  raises(() => py_set_union(new Set([1]), null), "TypeError", "'NoneType' object is not iterable"); // {1}.union(None)
  same(py_set_intersection(new Set([1, 2, 3]), [2, 3, 4]), new Set([2, 3])); // {1, 2, 3}.intersection([2, 3, 4])
  same(py_set_intersection(new Set([1, 2, 3]), new Set([2]), [2, 3]), new Set([2])); // {1, 2, 3}.intersection({2}, [2, 3])
  same(py_set_intersection(new Set([1, 2])), new Set([1, 2])); // {1, 2}.intersection()
  same([...py_set_intersection(new Set([1]), new Set([true]))], [true]); // list({1}.intersection({True}))
  same([...py_set_intersection(new Set([1, 2, 3]), new Set([true]))], [true]); // list({1, 2, 3}.intersection({True}))
  same([...py_set_intersection(new Set([true]), new Set([1, 5]))], [true]); // list({True}.intersection({1, 5}))
  same([...py_set_intersection(new Set([true, 5]), [1])], [1]); // list({True, 5}.intersection([1]))
  same(py_set_intersection(new Set([T(1, 2)]), [T(1, 2)]), new Set([T(1, 2)])); // {(1, 2)}.intersection([(1, 2)])
  raises(() => py_set_intersection(new Set([1]), 1), "TypeError", "'int' object is not iterable"); // {1}.intersection(1)
  same(py_set_difference(new Set([1, 2, 3]), [2], new Set([3, 9])), new Set([1])); // {1, 2, 3}.difference([2], {3, 9})
  same(py_set_difference(new Set([1, 2]), [true]), new Set([2])); // {1, 2}.difference([True])
  raises(() => py_set_difference(new Set([1]), 1), "TypeError", "'int' object is not iterable"); // {1}.difference(1)
  same(py_set_symmetric_difference(new Set([1, 2, 3]), [3, 4, 4]), new Set([1, 2, 4])); // {1, 2, 3}.symmetric_difference([3, 4, 4])
  same(py_set_symmetric_difference(new Set([true]), new Set([1])), new Set([])); // {True}.symmetric_difference({1})
  same(py_set_symmetric_difference(new Set(["a"]), "ab"), new Set(["b"])); // {'a'}.symmetric_difference('ab')
  raises(() => py_set_symmetric_difference(new Set([1]), [[1]]), "TypeError", "unhashable type: 'list'"); // {1}.symmetric_difference([[1]])
  same((() => { const s = new Set([1, 2]); const u = py_set_union(s); u.add(9); return [s, u]; })(), [new Set([1, 2]), new Set([1, 2, 9])]); // exec:s = {1, 2}; u = s.union(); u.add(9); result = [s, u]
});

test("issubset, issuperset, isdisjoint, copy", () => {
  same(py_set_issubset(new Set([1, 2]), [1, 2, 3]), true); // {1, 2}.issubset([1, 2, 3])
  same(py_set_issubset(new Set([1, 2]), new Set([1])), false); // {1, 2}.issubset({1})
  same(py_set_issubset(new Set(), []), true); // set().issubset([])
  same(py_set_issubset(new Set([1]), [true, true]), true); // {1}.issubset([True, True])
  same(py_set_issubset(new Set(["a"]), "abc"), true); // {'a'}.issubset('abc')
  raises(() => py_set_issubset(new Set([1]), 5), "TypeError", "'int' object is not iterable"); // {1}.issubset(5)
  same(py_set_issuperset(new Set([1, 2, 3]), [3, 1]), true); // {1, 2, 3}.issuperset([3, 1])
  same(py_set_issuperset(new Set([1]), [1, 2]), false); // {1}.issuperset([1, 2])
  same(py_set_issuperset(new Set([T(1)]), new Set([T(1)])), true); // {(1,)}.issuperset({(1,)})
  raises(() => py_set_issuperset(new Set([1]), [[1]]), "TypeError", "unhashable type: 'list'"); // {1}.issuperset([[1]])
  same(py_set_isdisjoint(new Set([1, 2]), [3, 4]), true); // {1, 2}.isdisjoint([3, 4])
  same(py_set_isdisjoint(new Set([1, 2]), [false, true]), false); // {1, 2}.isdisjoint([False, True])
  same(py_set_isdisjoint(new Set([1]), []), true); // {1}.isdisjoint([])
  raises(() => py_set_isdisjoint(new Set([1]), null), "TypeError", "'NoneType' object is not iterable"); // {1}.isdisjoint(None)
  same((() => { const s = new Set([1, T(2)]); const c = py_set_copy(s); py_set_add(c, 3); return [s, c]; })(), [new Set([1, T(2)]), new Set([3, 1, T(2)])]); // exec:s = {1, (2,)}; c = s.copy(); c.add(3); result = [s, c]
  raises(() => py_set_copy(5), "AttributeError", "'int' object has no attribute 'copy'"); // (5).copy()
});


test("augmented operators change sets, dicts and lists in place", () => {
  const I = load("py_ior", "py_isub", "py_iand", "py_ixor", "py_imul_seq");
  const s = new Set([1, 2, 3]);
  assert.equal(I.py_ior(s, new Set([4])), s); // s |= {4} keeps s
  assert.equal(I.py_isub(s, new Set([1])), s);
  assert.equal(I.py_iand(s, new Set([2, 3, 4, 9])), s);
  assert.equal(I.py_ixor(s, new Set([3, 11])), s);
  assert.deepEqual([...s].sort((a, b) => a - b), [2, 4, 11]); // {2, 3, 4} ^ {3, 11}
  const d = new Map([["a", 9]]);
  assert.equal(I.py_ior(d, [T("x", 1), T("a", 0)]), d); // d |= [("x", 1), ("a", 0)]
  assert.deepEqual([...d], [["a", 0], ["x", 1]]);
  const xs = [1, 2];
  assert.equal(I.py_imul_seq(xs, 2), xs);
  assert.deepEqual(xs, [1, 2, 1, 2]);
  assert.equal(I.py_isub(7, 2), 5); // numbers: a = a - b
  assert.equal(I.py_ior(1, 2), 3);
});

test("difference_update and intersection_update change the set in place", () => {
  const R = load("py_PySet", "py_set_difference_update", "py_set_intersection_update");
  const made = (xs) => new R.py_PySet(xs);
  const s1 = made([8, 16, 0, 1, 9, 24, 40]);
  same(R.py_set_difference_update(s1, [0, 8, 40, 24, 1]), null);
  same([...s1], [9, 16]); // s = set([8, 16, 0, 1, 9, 24, 40]); s.difference_update([0, 8, 40, 24, 1]); list(s)
  const s2 = made([8, 16, 0, 1, 9, 24, 40]);
  R.py_set_intersection_update(s2, [0, 8, 40, 24, 1], [24, 0, 3]);
  same([...s2], [24, 0]); // s.intersection_update([0, 8, 40, 24, 1], [24, 0, 3])
  const s3 = made([1, 2]);
  R.py_set_difference_update(s3, s3);
  same([...s3], []); // s.difference_update(s)
  raises(() => R.py_set_difference_update([1], [1]), "AttributeError");
});
