// list and tuple methods, each expected value as CPython 3.11 gives it.
import test from "node:test";
import { load } from "./load.mjs";
import { T, same, raises } from "./expect_py.mjs";

const {
  py_exceptions,
  py_list_append,
  py_list_clear,
  py_list_copy,
  py_list_count,
  py_list_extend,
  py_list_index,
  py_list_insert,
  py_list_pop,
  py_list_remove,
  py_list_reverse,
  py_list_sort,
} = load("py_exceptions", "py_list_append", "py_list_clear", "py_list_copy", "py_list_count", "py_list_extend", "py_list_index", "py_list_insert", "py_list_pop", "py_list_remove", "py_list_reverse", "py_list_sort");

test("append, extend, insert", () => {
  same((() => { const a = [1]; py_list_append(a, [2]); py_list_append(a, undefined); return a; })(), [1, [2], null]); // exec:a = [1]; a.append([2]); a.append(None); result = a
  same(py_list_append([], 1), null); // [].append(1)
  same((() => { const a = [1]; py_list_extend(a, [2, 3]); py_list_extend(a, "ab"); py_list_extend(a, T(4)); return a; })(), [1, 2, 3, "a", "b", 4]); // exec:a = [1]; a.extend([2, 3]); a.extend('ab'); a.extend((4,)); result = a
  same((() => { const a = [1, 2]; py_list_extend(a, a); return a; })(), [1, 2, 1, 2]); // exec:a = [1, 2]; a.extend(a); result = a
  same((() => { const a = []; py_list_extend(a, new Map([["k", 1]])); py_list_extend(a, new Set([5])); return a; })(), ["k", 5]); // exec:a = []; a.extend({'k': 1}); a.extend({5}); result = a
  raises(() => py_list_extend([], 5), "TypeError", "'int' object is not iterable"); // [].extend(5)
  raises(() => py_list_extend([], null), "TypeError", "'NoneType' object is not iterable"); // [].extend(None)
  same((() => { const a = [1, 2, 3]; py_list_insert(a, 1, "x"); py_list_insert(a, -1, "y"); py_list_insert(a, 100, "z"); py_list_insert(a, -100, "w"); return a; })(), ["w", 1, "x", 2, "y", 3, "z"]);
  same((() => { const a = [1]; py_list_insert(a, true, 0); return a; })(), [1, 0]); // exec:a = [1]; a.insert(True, 0); result = a
  raises(() => py_list_insert([1], 1.5, 2), "TypeError", "'float' object cannot be interpreted as an integer"); // [1].insert(1.5, 2)
  raises(() => py_list_append(T(1), 2), "AttributeError", "'tuple' object has no attribute 'append'"); // (1,).append(2)
  raises(() => py_list_extend(null, [1]), "AttributeError", "'NoneType' object has no attribute 'extend'"); // None.extend([1])
  raises(() => py_list_insert("ab", 0, "c"), "AttributeError", "'str' object has no attribute 'insert'"); // 'ab'.insert(0, 'c')
});

test("pop, remove, clear", () => {
  same((() => { const a = [1, 2, 3]; const x = py_list_pop(a); return [x, a]; })(), [3, [1, 2]]); // exec:a = [1, 2, 3]; x = a.pop(); result = [x, a]
  same((() => { const a = [1, 2, 3]; const x = py_list_pop(a, 0); return [x, a]; })(), [1, [2, 3]]); // exec:a = [1, 2, 3]; x = a.pop(0); result = [x, a]
  same((() => { const a = [1, 2, 3]; const x = py_list_pop(a, -2); return [x, a]; })(), [2, [1, 3]]); // exec:a = [1, 2, 3]; x = a.pop(-2); result = [x, a]
  raises(() => py_list_pop([]), "IndexError", "pop from empty list"); // [].pop()
  raises(() => py_list_pop([], 0), "IndexError", "pop from empty list"); // [].pop(0)
  raises(() => py_list_pop([1], 5), "IndexError", "pop index out of range"); // [1].pop(5)
  raises(() => py_list_pop([1], -2), "IndexError", "pop index out of range"); // [1].pop(-2)
  raises(() => py_list_pop([1], 1.0 / 2), "TypeError", "'float' object cannot be interpreted as an integer"); // [1].pop(0.5)
  raises(() => py_list_pop([1], null), "TypeError", "'NoneType' object cannot be interpreted as an integer"); // [1].pop(None)
  same((() => { const a = [1, [2], 3, [2]]; py_list_remove(a, [2]); return a; })(), [1, 3, [2]]); // exec:a = [1, [2], 3, [2]]; a.remove([2]); result = a
  same((() => { const a = [0, 1, true]; py_list_remove(a, true); return a; })(), [0, true]); // exec:a = [0, 1, True]; a.remove(True); result = a
  same((() => { const a = [null, 1]; py_list_remove(a, undefined); return a; })(), [1]); // exec:a = [None, 1]; a.remove(None); result = a
  raises(() => py_list_remove([1], 2), "ValueError", "list.remove(x): x not in list"); // [1].remove(2)
  raises(() => py_list_remove([[1]], T(1)), "ValueError", "list.remove(x): x not in list"); // [[1]].remove((1,))
  raises(() => py_list_remove(T(1), 1), "AttributeError", "'tuple' object has no attribute 'remove'"); // (1,).remove(1)
  same((() => { const a = [1, 2]; const r = py_list_clear(a); return [r, a]; })(), [null, []]); // exec:a = [1, 2]; r = a.clear(); result = [r, a]
});

test("index and count, also on tuples", () => {
  same(py_list_index([1, 2, 1], 1), 0); // [1, 2, 1].index(1)
  same(py_list_index([1, 2, 1], 1, 1), 2); // [1, 2, 1].index(1, 1)
  same(py_list_index([1, 2, 1], 1, -1), 2); // [1, 2, 1].index(1, -1)
  same(py_list_index([1, 2, 1], 1, -100), 0); // [1, 2, 1].index(1, -100)
  same(py_list_index([1, 2, 1], 2, 0, 2), 1); // [1, 2, 1].index(2, 0, 2)
  same(py_list_index([1, 2, 1], 2, 0, 100), 1); // [1, 2, 1].index(2, 0, 100)
  same(py_list_index([1, 2, 1], 1, true), 2); // [1, 2, 1].index(1, True)
  same(py_list_index([[1], T(1)], T(1)), 1); // [[1], (1,)].index((1,))
  same(py_list_index(["a", 1.0], 1), 1); // ['a', 1.0].index(1)
  same(py_list_index(T("a", "b"), "b"), 1); // ('a', 'b').index('b')
  raises(() => py_list_index([1, 2, 1], 1, 0, -3), "ValueError", "1 is not in list"); // [1, 2, 1].index(1, 0, -3)
  raises(() => py_list_index([1], 2), "ValueError", "2 is not in list"); // [1].index(2)
  raises(() => py_list_index([1], "a"), "ValueError", "'a' is not in list"); // [1].index('a')
  raises(() => py_list_index([1], [2, "x"]), "ValueError", "[2, 'x'] is not in list"); // [1].index([2, 'x'])
  raises(() => py_list_index([1], null), "ValueError", "None is not in list"); // [1].index(None)
  raises(() => py_list_index(T(1), 2), "ValueError", "tuple.index(x): x not in tuple"); // (1,).index(2)
  raises(() => py_list_index([1], 1, 0.5), "TypeError", "slice indices must be integers or have an __index__ method"); // [1].index(1, 0.5)
  raises(() => py_list_index([1], 1, 0, null), "TypeError", "slice indices must be integers or have an __index__ method"); // [1].index(1, 0, None)
  same(py_list_count([1, 2, 1, 1.0, true], 1), 4); // [1, 2, 1, 1.0, True].count(1)
  same(py_list_count([[1], [1], T(1)], [1]), 2); // [[1], [1], (1,)].count([1])
  same(py_list_count(T("a", "b", "a"), "a"), 2); // ('a', 'b', 'a').count('a')
  same(py_list_count([null, undefined, 0], null), 2); // [None, None, 0].count(None)
  same(py_list_count([], 1), 0); // [].count(1)
  raises(() => py_list_count(5, 1), "AttributeError", "'int' object has no attribute 'count'"); // (5).count(1)
});

test("sort by tuple keys: item by item, stable, reverse keeping ties in order", () => {
  const rows = [
    { n: "b", u: 2, i: 0 }, { n: "a", u: 2, i: 1 }, { n: "c", u: 5, i: 2 }, { n: "a", u: 2, i: 3 },
    { n: "b", u: true, i: 4 }, { n: "\u00e9", u: 1, i: 5 }, { n: "\u{1F600}", u: 1, i: 6 }, { n: "\uffff", u: 1, i: 7 },
  ];
  const order = (key, rev, data = rows) => {
    const a = data.slice();
    py_list_sort(a, key, rev);
    return a.map((g) => g.i);
  };
  // [r["i"] for r in sorted(rows, key=..., reverse=...)] as CPython gives them
  same(order((g) => T(-g.u, g.n)), [2, 1, 3, 0, 4, 5, 7, 6]); // key=lambda g: (-g["u"], g["n"])
  same(order((g) => T(-g.u, g.n), true), [6, 7, 5, 4, 0, 1, 3, 2]); // ..., reverse=True
  same(order((g) => T(g.u, g.n, -g.i)), [4, 5, 7, 6, 3, 1, 0, 2]); // key=lambda g: (g["u"], g["n"], -g["i"])
  same(order((g) => T(g.n, g.u), true), [6, 7, 5, 2, 0, 4, 1, 3]); // key=lambda g: (g["n"], g["u"]), reverse=True
  const nan = [{ u: NaN, n: "x", i: 0 }, { u: 1, n: "y", i: 1 }, { u: 0.5, n: "z", i: 2 }, { u: 1, n: "a", i: 3 }];
  same(order((g) => T(g.u, g.n), false, nan), [0, 2, 3, 1]); // a NaN in the first column
  raises(() => py_list_sort([T(1, "a"), T(1, 2)], (x) => x), "TypeError", "'<' not supported between instances of 'int' and 'str'");
  raises(() => py_list_sort([T(1, "a"), T("x", "b")], (x) => x), "TypeError", "'<' not supported between instances of 'str' and 'int'");
  same((() => { const a = [T(1), T(0, 5)]; py_list_sort(a, (x) => x); return a; })(), [T(0, 5), T(1)]); // sorted([(1,), (0, 5)])
});

test("sort, reverse, copy", () => {
  same((() => { const a = [10, 9, 100, 2.5]; const r = py_list_sort(a); return [r, a]; })(), [null, [2.5, 9, 10, 100]]); // exec:a = [10, 9, 100, 2.5]; r = a.sort(); result = [r, a]
  same((() => { const a = ["b", "C", "a"]; py_list_sort(a, (s) => s.toLowerCase()); return a; })(), ["a", "b", "C"]); // exec:a = ['b', 'C', 'a']; a.sort(key=str.lower); result = a
  same((() => { const a = ["b", "C", "a"]; py_list_sort(a, undefined, true); return a; })(), ["b", "a", "C"]); // exec:a = ['b', 'C', 'a']; a.sort(reverse=True); result = a
  same((() => { const a = [T(1, "x"), T(0, "y"), T(1, "z"), T(0, "w")]; py_list_sort(a, (p) => p[0], true); return a; })(), [T(1, "x"), T(1, "z"), T(0, "y"), T(0, "w")]);
  same((() => { const a = [new Map([["n", 2]]), new Map([["n", 1]])]; py_list_sort(a, (d) => d.get("n")); return a; })(), [new Map([["n", 1]]), new Map([["n", 2]])]); // exec:a = [{'n': 2}, {'n': 1}]; a.sort(key=lambda d: d['n']); result = a
  same((() => { const a = [{ n: "b", i: 0 }, { n: "a", i: 1 }]; py_list_sort(a, (d) => d.n); return a.map((d) => d.i); })(), [1, 0]);
  same((() => { const a = [[2, "a"], [1, "b"], [2, "A"]]; py_list_sort(a); return a; })(), [[1, "b"], [2, "A"], [2, "a"]]); // exec:a = [[2, 'a'], [1, 'b'], [2, 'A']]; a.sort(); result = a
  same((() => { const a = ["\u{1F600}", "\uFFFD", "\u00e9", "z"]; py_list_sort(a); return a; })(), ["z", "\u00e9", "\ufffd", "\ud83d\ude00"]); // exec:a = ['\U0001F600', '\uFFFD', '\u00e9', 'z']; a.sort(); result = a
  same((() => { const a = [3, 1, 2]; const seen = []; py_list_sort(a, (x) => { seen.push(x); return -x; }); return [a, seen]; })(), [[3, 2, 1], [3, 1, 2]]);
  raises(() => py_list_sort([1, "a"]), "TypeError", "'<' not supported between instances of 'str' and 'int'"); // [1, 'a'].sort()
  raises(() => py_list_sort([{}, {}]), "TypeError", "'<' not supported between instances of 'dict' and 'dict'"); // [{}, {}].sort()
  raises(() => py_list_sort([1], undefined, null), "TypeError", "'NoneType' object cannot be interpreted as an integer"); // [1].sort(reverse=None)
  raises(() => py_list_sort(T(2, 1)), "AttributeError", "'tuple' object has no attribute 'sort'"); // (2, 1).sort()
  same((() => { const a = [1, 2, 3]; const r = py_list_reverse(a); return [r, a]; })(), [null, [3, 2, 1]]); // exec:a = [1, 2, 3]; r = a.reverse(); result = [r, a]
  same((() => { const a = [1, [2]]; const b = py_list_copy(a); b.push(3); return [a, b, a[1] === b[1]]; })(), [[1, [2]], [1, [2], 3], true]); // exec:a = [1, [2]]; b = a.copy(); b.append(3); result = [a, b, a[1] is b[1]]
  raises(() => py_list_reverse(T(1)), "AttributeError", "'tuple' object has no attribute 'reverse'"); // (1,).reverse()
  raises(() => py_list_copy(null), "AttributeError", "'NoneType' object has no attribute 'copy'"); // None.copy()
});


test("sort by a pair key (py_list_sort_by2): as the tuple key, without the tuple", () => {
  const { py_KeyError, py_list_sort_by2, py_list_sort_pair, py_sorted_by2 } = load("py_exceptions", "py_list_sort_by2", "py_sorted_by2");
  const rows = [
    { n: "b", u: 2, i: 0 }, { n: "a", u: 2, i: 1 }, { n: "c", u: 5, i: 2 }, { n: "a", u: 2, i: 3 },
    { n: "b", u: true, i: 4 }, { n: "\u00e9", u: 1, i: 5 }, { n: "\u{1F600}", u: 1, i: 6 }, { n: "\uffff", u: 1, i: 7 },
  ];
  const order = (key, rev, data = rows) => {
    const a = data.slice();
    same(py_list_sort_by2(a, key, rev), null);
    return a.map((g) => g.i);
  };
  // the same expected orders as the tuple keys' test above
  same(order((g) => py_list_sort_pair(-g.u, g.n)), [2, 1, 3, 0, 4, 5, 7, 6]);
  same(order((g) => py_list_sort_pair(-g.u, g.n), true), [6, 7, 5, 4, 0, 1, 3, 2]);
  same(order((g) => py_list_sort_pair(g.n, g.u), true), [6, 7, 5, 2, 0, 4, 1, 3]);
  const nan = [{ u: NaN, n: "x", i: 0 }, { u: 1, n: "y", i: 1 }, { u: 0.5, n: "z", i: 2 }, { u: 1, n: "a", i: 3 }];
  same(order((g) => py_list_sort_pair(g.u, g.n), false, nan), [0, 2, 3, 1]);
  // key=lambda g: (1, g["k"]): equal tuples compare equal (None never meets `<`); a
  // None against an int raises
  same(order((g) => py_list_sort_pair(1, g.k), false, [{ i: 0, k: null }, { i: 1, k: null }]), [0, 1]);
  raises(() => order((g) => py_list_sort_pair(1, g.k), false, [{ i: 0, k: null }, { i: 1, k: 2 }]), "TypeError", "'<' not supported between instances of 'int' and 'NoneType'");
  raises(() => py_list_sort_by2([1, "a"], (x) => py_list_sort_pair(0, x)), "TypeError", "'<' not supported between instances of 'str' and 'int'");
  // a key that raises leaves the list as it was
  const kept = [3, 1, 2];
  raises(() => py_list_sort_by2(kept, (x) => { if (x === 2) throw new py_KeyError("k"); return py_list_sort_pair(x, 0); }), "KeyError");
  same(kept, [3, 1, 2]);
  same(py_sorted_by2("bca", (c) => py_list_sort_pair(0, c)), ["a", "b", "c"]); // sorted("bca", key=lambda c: (0, c))
  same(py_sorted_by2(T(2, 1), (x) => py_list_sort_pair(x, x)), [1, 2]);
  raises(() => py_list_sort_by2(T(1), (x) => py_list_sort_pair(x, x)), "AttributeError", "'tuple' object has no attribute 'sort'");
});
