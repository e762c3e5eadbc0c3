// dict methods on Maps and on plain objects, each expected value as CPython 3.11 gives it.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";
import { T, same, raises } from "./expect_py.mjs";

const {
  py_dict_clear,
  py_dict_copy,
  py_dict_get,
  py_dict_items,
  py_dict_keys,
  py_dict_pop,
  py_dict_popitem,
  py_dict_setdefault,
  py_dict_update,
  py_dict_values,
  py_exceptions,
} = load("py_dict_clear", "py_dict_copy", "py_dict_get", "py_dict_items", "py_dict_keys", "py_dict_pop", "py_dict_popitem", "py_dict_setdefault", "py_dict_update", "py_dict_values", "py_exceptions");

test("get, keys, values, items (Map)", () => {
  same(py_dict_get(new Map([["a", 1], ["b", 2]]), "a"), 1); // {'a': 1, 'b': 2}.get('a')
  same(py_dict_get(new Map([["a", 1], ["b", 2]]), "z"), null); // {'a': 1, 'b': 2}.get('z')
  same(py_dict_get(new Map([["a", 1], ["b", 2]]), "z", 0), 0); // {'a': 1, 'b': 2}.get('z', 0)
  same(py_dict_get(new Map([["a", 1], ["b", 2]]), 1, "d"), "d"); // {'a': 1, 'b': 2}.get(1, 'd')
  raises(() => py_dict_get(new Map([["a", 1], ["b", 2]]), [1]), "TypeError", "unhashable type: 'list'"); // {'a': 1, 'b': 2}.get([1])
  same(Array.from(py_dict_keys(new Map([["a", 1], ["b", 2]]))), ["a", "b"]); // list({'a': 1, 'b': 2}.keys())
  same(Array.from(py_dict_values(new Map([["a", 1], ["b", 2]]))), [1, 2]); // list({'a': 1, 'b': 2}.values())
  same(Array.from(py_dict_items(new Map([["a", 1], ["b", 2]]))), [T("a", 1), T("b", 2)]); // list({'a': 1, 'b': 2}.items())
});

test("pop, popitem, setdefault, clear (Map)", () => {
  same((() => { const d = new Map([["a", 1], ["b", 2]]); const x = py_dict_pop(d, "a"); return [x, Array.from(py_dict_items(d))]; })(), [1, [T("b", 2)]]); // exec:d = {'a': 1, 'b': 2}; x = d.pop('a'); result = [x, list(d.items())]
  same(py_dict_pop(new Map([["a", 1], ["b", 2]]), "z", null), null); // {'a': 1, 'b': 2}.pop('z', None)
  raises(() => py_dict_pop(new Map([["a", 1], ["b", 2]]), "z"), "KeyError", "'z'"); // {'a': 1, 'b': 2}.pop('z')
  raises(() => py_dict_pop(new Map([["a", 1], ["b", 2]]), 7), "KeyError", "7"); // {'a': 1, 'b': 2}.pop(7)
  raises(() => py_dict_pop(new Map([["a", 1], ["b", 2]]), [7], 0), "TypeError", "unhashable type: 'list'"); // {'a': 1, 'b': 2}.pop([7], 0)
  same((() => { const d = new Map([["a", 1], ["b", 2]]); const x = py_dict_popitem(d); return [x, Array.from(py_dict_items(d))]; })(), [T("b", 2), [T("a", 1)]]); // exec:d = {'a': 1, 'b': 2}; x = d.popitem(); result = [x, list(d.items())]
  raises(() => (() => { const d = new Map([["a", 1], ["b", 2]]); py_dict_popitem(d); py_dict_popitem(d); return py_dict_popitem(d); })(), "KeyError", "'popitem(): dictionary is empty'"); // exec:d = {'a': 1, 'b': 2}; d.popitem(); d.popitem(); result = d.popitem()
  same((() => { const d = new Map([["a", 1], ["b", 2]]); const x = py_dict_setdefault(d, "a", 9); const y = py_dict_setdefault(d, "c", 9); const z = py_dict_setdefault(d, "e"); return [x, y, z, Array.from(py_dict_items(d))]; })(), [1, 9, null, [T("a", 1), T("b", 2), T("c", 9), T("e", null)]]);
  same((() => { const d = new Map([["a", 1], ["b", 2]]); const r = py_dict_clear(d); return [r, Array.from(py_dict_items(d))]; })(), [null, []]); // exec:d = {'a': 1, 'b': 2}; r = d.clear(); result = [r, list(d.items())]
});

test("update and copy (Map)", () => {
  same((() => { const d = new Map([["a", 1], ["b", 2]]); py_dict_update(d, new Map([["b", 3], ["c", 4]])); return Array.from(py_dict_items(d)); })(), [T("a", 1), T("b", 3), T("c", 4)]); // exec:d = {'a': 1, 'b': 2}; d.update({'b': 3, 'c': 4}); result = list(d.items())
  same((() => { const d = new Map([["a", 1], ["b", 2]]); py_dict_update(d, { c: 5 }); return Array.from(py_dict_items(d)); })(), [T("a", 1), T("b", 2), T("c", 5)]); // exec:d = {'a': 1, 'b': 2}; d.update({'c': 5}); result = list(d.items())
  same((() => { const d = new Map([["a", 1], ["b", 2]]); py_dict_update(d, [T("a", 0), ["z", 1], "xy"]); return Array.from(py_dict_items(d)); })(), [T("a", 0), T("b", 2), T("z", 1), T("x", "y")]); // exec:d = {'a': 1, 'b': 2}; d.update([('a', 0), ['z', 1], 'xy']); result = list(d.items())
  same((() => { const d = new Map([["a", 1], ["b", 2]]); py_dict_update(d, undefined, new Map([["k", 1]])); return Array.from(py_dict_items(d)); })(), [T("a", 1), T("b", 2), T("k", 1)]); // exec:d = {'a': 1, 'b': 2}; d.update(k=1); result = list(d.items())
  same((() => { const d = new Map([["a", 1], ["b", 2]]); py_dict_update(d, [T("a", 5)], { a: 6 }); return Array.from(py_dict_items(d)); })(), [T("a", 6), T("b", 2)]); // exec:d = {'a': 1, 'b': 2}; d.update([('a', 5)], a=6); result = list(d.items())
  same((() => { const d = new Map([["a", 1], ["b", 2]]); const r = py_dict_update(d); return [r, Array.from(py_dict_items(d))]; })(), [null, [T("a", 1), T("b", 2)]]); // exec:d = {'a': 1, 'b': 2}; r = d.update(); result = [r, list(d.items())]
  raises(() => py_dict_update(new Map([["a", 1], ["b", 2]]), [1]), "TypeError", "cannot convert dictionary update sequence element #0 to a sequence"); // {'a': 1, 'b': 2}.update([1])
  raises(() => py_dict_update(new Map([["a", 1], ["b", 2]]), [T(1, 2, 3)]), "ValueError", "dictionary update sequence element #0 has length 3; 2 is required"); // {'a': 1, 'b': 2}.update([(1, 2, 3)])
  raises(() => py_dict_update(new Map([["a", 1], ["b", 2]]), [T("a", 1), "abc"]), "ValueError", "dictionary update sequence element #1 has length 3; 2 is required"); // {'a': 1, 'b': 2}.update([('a', 1), 'abc'])
  raises(() => py_dict_update(new Map([["a", 1], ["b", 2]]), 5), "TypeError", "'int' object is not iterable"); // {'a': 1, 'b': 2}.update(5)
  same((() => { const d = new Map([["a", 1], ["b", 2]]); const c = py_dict_copy(d); py_dict_update(c, [T("a", 0)]); return [Array.from(py_dict_items(d)), Array.from(py_dict_items(c))]; })(), [[T("a", 1), T("b", 2)], [T("a", 0), T("b", 2)]]);
});

test("get, keys, values, items (plain object)", () => {
  same(py_dict_get({ a: 1, b: 2 }, "a"), 1); // {'a': 1, 'b': 2}.get('a')
  same(py_dict_get({ a: 1, b: 2 }, "z"), null); // {'a': 1, 'b': 2}.get('z')
  same(py_dict_get({ a: 1, b: 2 }, "z", 0), 0); // {'a': 1, 'b': 2}.get('z', 0)
  same(py_dict_get({ a: 1, b: 2 }, 1, "d"), "d"); // {'a': 1, 'b': 2}.get(1, 'd')
  raises(() => py_dict_get({ a: 1, b: 2 }, [1]), "TypeError", "unhashable type: 'list'"); // {'a': 1, 'b': 2}.get([1])
  same(Array.from(py_dict_keys({ a: 1, b: 2 })), ["a", "b"]); // list({'a': 1, 'b': 2}.keys())
  same(Array.from(py_dict_values({ a: 1, b: 2 })), [1, 2]); // list({'a': 1, 'b': 2}.values())
  same(Array.from(py_dict_items({ a: 1, b: 2 })), [T("a", 1), T("b", 2)]); // list({'a': 1, 'b': 2}.items())
});

test("pop, popitem, setdefault, clear (plain object)", () => {
  same((() => { const d = { a: 1, b: 2 }; const x = py_dict_pop(d, "a"); return [x, Array.from(py_dict_items(d))]; })(), [1, [T("b", 2)]]); // exec:d = {'a': 1, 'b': 2}; x = d.pop('a'); result = [x, list(d.items())]
  same(py_dict_pop({ a: 1, b: 2 }, "z", null), null); // {'a': 1, 'b': 2}.pop('z', None)
  raises(() => py_dict_pop({ a: 1, b: 2 }, "z"), "KeyError", "'z'"); // {'a': 1, 'b': 2}.pop('z')
  raises(() => py_dict_pop({ a: 1, b: 2 }, 7), "KeyError", "7"); // {'a': 1, 'b': 2}.pop(7)
  raises(() => py_dict_pop({ a: 1, b: 2 }, [7], 0), "TypeError", "unhashable type: 'list'"); // {'a': 1, 'b': 2}.pop([7], 0)
  same((() => { const d = { a: 1, b: 2 }; const x = py_dict_popitem(d); return [x, Array.from(py_dict_items(d))]; })(), [T("b", 2), [T("a", 1)]]); // exec:d = {'a': 1, 'b': 2}; x = d.popitem(); result = [x, list(d.items())]
  raises(() => (() => { const d = { a: 1, b: 2 }; py_dict_popitem(d); py_dict_popitem(d); return py_dict_popitem(d); })(), "KeyError", "'popitem(): dictionary is empty'"); // exec:d = {'a': 1, 'b': 2}; d.popitem(); d.popitem(); result = d.popitem()
  same((() => { const d = { a: 1, b: 2 }; const x = py_dict_setdefault(d, "a", 9); const y = py_dict_setdefault(d, "c", 9); const z = py_dict_setdefault(d, "e"); return [x, y, z, Array.from(py_dict_items(d))]; })(), [1, 9, null, [T("a", 1), T("b", 2), T("c", 9), T("e", null)]]);
  same((() => { const d = { a: 1, b: 2 }; const r = py_dict_clear(d); return [r, Array.from(py_dict_items(d))]; })(), [null, []]); // exec:d = {'a': 1, 'b': 2}; r = d.clear(); result = [r, list(d.items())]
});

test("update and copy (plain object)", () => {
  same((() => { const d = { a: 1, b: 2 }; py_dict_update(d, new Map([["b", 3], ["c", 4]])); return Array.from(py_dict_items(d)); })(), [T("a", 1), T("b", 3), T("c", 4)]); // exec:d = {'a': 1, 'b': 2}; d.update({'b': 3, 'c': 4}); result = list(d.items())
  same((() => { const d = { a: 1, b: 2 }; py_dict_update(d, { c: 5 }); return Array.from(py_dict_items(d)); })(), [T("a", 1), T("b", 2), T("c", 5)]); // exec:d = {'a': 1, 'b': 2}; d.update({'c': 5}); result = list(d.items())
  same((() => { const d = { a: 1, b: 2 }; py_dict_update(d, [T("a", 0), ["z", 1], "xy"]); return Array.from(py_dict_items(d)); })(), [T("a", 0), T("b", 2), T("z", 1), T("x", "y")]); // exec:d = {'a': 1, 'b': 2}; d.update([('a', 0), ['z', 1], 'xy']); result = list(d.items())
  same((() => { const d = { a: 1, b: 2 }; py_dict_update(d, undefined, new Map([["k", 1]])); return Array.from(py_dict_items(d)); })(), [T("a", 1), T("b", 2), T("k", 1)]); // exec:d = {'a': 1, 'b': 2}; d.update(k=1); result = list(d.items())
  same((() => { const d = { a: 1, b: 2 }; py_dict_update(d, [T("a", 5)], { a: 6 }); return Array.from(py_dict_items(d)); })(), [T("a", 6), T("b", 2)]); // exec:d = {'a': 1, 'b': 2}; d.update([('a', 5)], a=6); result = list(d.items())
  same((() => { const d = { a: 1, b: 2 }; const r = py_dict_update(d); return [r, Array.from(py_dict_items(d))]; })(), [null, [T("a", 1), T("b", 2)]]); // exec:d = {'a': 1, 'b': 2}; r = d.update(); result = [r, list(d.items())]
  raises(() => py_dict_update({ a: 1, b: 2 }, [1]), "TypeError", "cannot convert dictionary update sequence element #0 to a sequence"); // {'a': 1, 'b': 2}.update([1])
  raises(() => py_dict_update({ a: 1, b: 2 }, [T(1, 2, 3)]), "ValueError", "dictionary update sequence element #0 has length 3; 2 is required"); // {'a': 1, 'b': 2}.update([(1, 2, 3)])
  raises(() => py_dict_update({ a: 1, b: 2 }, [T("a", 1), "abc"]), "ValueError", "dictionary update sequence element #1 has length 3; 2 is required"); // {'a': 1, 'b': 2}.update([('a', 1), 'abc'])
  raises(() => py_dict_update({ a: 1, b: 2 }, 5), "TypeError", "'int' object is not iterable"); // {'a': 1, 'b': 2}.update(5)
  same((() => { const d = { a: 1, b: 2 }; const c = py_dict_copy(d); py_dict_update(c, [T("a", 0)]); return [Array.from(py_dict_items(d)), Array.from(py_dict_items(c))]; })(), [[T("a", 1), T("b", 2)], [T("a", 0), T("b", 2)]]);
});

test("Map keys hash like Python", () => {
  same((() => { const d = new Map([[1, "a"]]); py_dict_update(d, [T(true, "b"), T(1.0, "c")]); return Array.from(py_dict_items(d)); })(), [T(1, "c")]); // exec:d = {1: 'a'}; d.update([(True, 'b'), (1.0, 'c')]); result = list(d.items())
  same(py_dict_get(new Map([[1, "a"]]), true), "a"); // {1: 'a'}.get(True)
  same(py_dict_get(new Map([[false, "f"]]), 0), "f"); // {False: 'f'}.get(0)
  same(py_dict_get(new Map([[T(1, 2), "t"]]), T(1, 2)), "t"); // {(1, 2): 't'}.get((1, 2))
  raises(() => py_dict_get(new Map([[T(1, 2), "t"]]), [1, 2], 0), "TypeError", "unhashable type: 'list'"); // {(1, 2): 't'}.get([1, 2], 0)
  same(py_dict_get(new Map([[null, "n"]]), undefined), "n"); // {None: 'n'}.get(None)
  same(py_dict_get(new Map([[1, "a"]]), "1"), null); // {1: 'a'}.get('1')
  same((() => { const d = new Map([[T(1, 2), "t"]]); const x = py_dict_pop(d, T(1, 2)); return [x, d.size]; })(), ["t", 0]); // exec:d = {(1, 2): 't'}; x = d.pop((1, 2)); result = [x, len(d)]
  same((() => { const d = new Map([[1, "a"]]); return [py_dict_setdefault(d, true, "b"), Array.from(py_dict_items(d))]; })(), ["a", [T(1, "a")]]); // exec:d = {1: 'a'}; result = [d.setdefault(True, 'b'), list(d.items())]
  raises(() => py_dict_pop(new Map(), T(1, "a")), "KeyError", "(1, 'a')"); // {}.pop((1, 'a'))
  raises(() => py_dict_pop(new Map(), null), "KeyError", "None"); // {}.pop(None)
  raises(() => py_dict_setdefault(new Map(), new Set()), "TypeError", "unhashable type: 'set'"); // {}.setdefault(set())
  raises(() => py_dict_update(new Map(), [T([1], 2)]), "TypeError", "unhashable type: 'list'"); // {}.update([([1], 2)])
  raises(() => py_dict_get(null, "a"), "AttributeError", "'NoneType' object has no attribute 'get'"); // None.get('a')
  raises(() => Array.from(py_dict_items([1])), "AttributeError", "'list' object has no attribute 'items'"); // [1].items()
  raises(() => Array.from(py_dict_keys("s")), "AttributeError", "'str' object has no attribute 'keys'"); // 's'.keys()
});

test("plain objects: keys named like Object.prototype members are ordinary keys", () => {
  same(py_dict_get(JSON.parse('{"__proto__": 1, "constructor": 2, "a": 3}'), "__proto__"), 1); // {'__proto__': 1, 'constructor': 2, 'a': 3}.get('__proto__')
  same(py_dict_get(JSON.parse('{"__proto__": 1, "constructor": 2, "a": 3}'), "constructor"), 2); // {'__proto__': 1, 'constructor': 2, 'a': 3}.get('constructor')
  same(py_dict_get({}, "toString"), null); // {}.get('toString')
  same(py_dict_get({}, "__proto__", 0), 0); // {}.get('__proto__', 0)
  same(py_dict_pop({}, "hasOwnProperty", "d"), "d"); // {}.pop('hasOwnProperty', 'd')
  raises(() => py_dict_pop({}, "__proto__"), "KeyError", "'__proto__'"); // {}.pop('__proto__')
  same(Array.from(py_dict_keys(JSON.parse('{"__proto__": 1, "constructor": 2, "a": 3}'))), ["__proto__", "constructor", "a"]); // list({'__proto__': 1, 'constructor': 2, 'a': 3}.keys())
  same((() => { const d = JSON.parse('{"__proto__": 1, "constructor": 2, "a": 3}'); const x = py_dict_pop(d, "__proto__"); return [x, Array.from(py_dict_items(d)), Object.getPrototypeOf(d) === Object.prototype]; })(), [1, [T("constructor", 2), T("a", 3)], true]);
  same((() => { const d = {}; const x = py_dict_setdefault(d, "__proto__", [7]); return [x, Array.from(py_dict_items(d)), Object.getPrototypeOf(d) === Object.prototype]; })(), [[7], [T("__proto__", [7])], true]); // exec:d = {}; x = d.setdefault('__proto__', [7]); result = [x, list(d.items()), True]
  same((() => { const d = {}; py_dict_update(d, new Map([["__proto__", new Map([["x", 1]])], ["constructor", 0]])); return [Array.from(py_dict_items(d)), Object.getPrototypeOf(d) === Object.prototype, ({}).x === undefined]; })(), [[T("__proto__", new Map([["x", 1]])), T("constructor", 0)], true, true]);
  same((() => { const d = { a: 1 }; py_dict_update(d, JSON.parse('{"__proto__": 2}')); return Array.from(py_dict_items(d)); })(), [T("a", 1), T("__proto__", 2)]); // exec:d = {'a': 1}; d.update({'__proto__': 2}); result = list(d.items())
  same((() => { const d = Object.create(null); d.k = 1; return [py_dict_get(d, "k"), Array.from(py_dict_items(py_dict_copy(d)))]; })(), [1, [T("k", 1)]]); // exec:d = {'k': 1}; result = [d.get('k'), list(d.copy().items())]
  same((() => { const d = JSON.parse('{"__proto__": 1, "constructor": 2, "a": 3}'); py_dict_clear(d); return [Array.from(py_dict_items(d)), Object.getPrototypeOf(d) === Object.prototype]; })(), [[], true]);
});

test("plain objects hold str keys only: a non-str key raises rather than turning into a str", () => {
  const message = "this dict came from JSON and holds str keys only, not 'int'; copy it with dict(...) first";
  raises(() => py_dict_update({ a: 1 }, new Map([[1, 2]])), "TypeError", message);
  raises(() => py_dict_setdefault({}, 1, 2), "TypeError", message);
  // unhashable keys give CPython's error first
  raises(() => py_dict_setdefault({}, [1]), "TypeError", "unhashable type: 'list'");
  // a copy is a Map, which takes any key
  const c = py_dict_copy({ a: 1 });
  py_dict_update(c, new Map([[1, 2]]));
  same(Array.from(py_dict_items(c)), [T("a", 1), T(1, 2)]);
});

test("dict views: live, sized, set-like keys/items, not subscriptable, Python repr", () => {
  const R = load("py_dict_keys", "py_dict_values", "py_dict_items", "py_len", "py_bool", "py_eq",
    "py_repr", "py_getitem", "py_bitand", "py_sub", "py_to_js", "py_in", "py_typename");
  const d = new Map([["a", 1]]);
  const ks = R.py_dict_keys(d);
  d.set("b", 2);
  same(Array.from(ks), ["a", "b"]); // views follow the dict
  assert.equal(R.py_len(ks), 2);
  assert.equal(R.py_bool(R.py_dict_keys(new Map())), false);
  assert.equal(R.py_eq(R.py_dict_keys(new Map([["b", 0], ["a", 0]])), ks), true); // {'b':0,'a':0}.keys() == d.keys()
  assert.equal(R.py_eq(R.py_dict_values(d), R.py_dict_values(d)), false); // values views: identity only
  assert.equal(R.py_repr(R.py_dict_items(d)), "dict_items([('a', 1), ('b', 2)])");
  assert.equal(R.py_repr(R.py_dict_keys({ x: 1 })), "dict_keys(['x'])");
  assert.equal(R.py_typename(ks), "dict_keys");
  raises(() => R.py_getitem(ks, 0), "TypeError", "'dict_keys' object is not subscriptable");
  same(R.py_bitand(ks, new Set(["b", "c"])), new Set(["b"]));
  same(R.py_sub(ks, R.py_dict_keys(new Map([["a", 0]]))), new Set(["b"]));
  same(R.py_to_js(R.py_dict_items(d)), [["a", 1], ["b", 2]]);
  assert.equal(R.py_in("b", ks), true);
});

test("plain objects keep a dict's order when a key like '7' is added", () => {
  const R = load("py_setitem", "py_dict_setdefault", "py_dict_update", "py_delitem", "py_dict_pop",
    "py_dict_popitem", "py_dict_clear", "py_dict_copy", "py_dict_entries", "py_DictView", "py_iter",
    "py_repr", "py_json_dumps", "py_reversed", "py_list");
  const d = { b: 1, 9: 2 }; // from Dash: listed 9, b, as Python reads that JSON too
  assert.equal(R.py_repr(d), "{'9': 2, 'b': 1}");
  R.py_setitem(d, "7", 3);
  R.py_dict_setdefault(d, "0", 4);
  R.py_dict_update(d, new Map([["x", 5], ["1", 6]]));
  assert.deepEqual(Array.from(R.py_iter(d)), ["9", "b", "7", "0", "x", "1"]);
  assert.equal(R.py_repr(d), "{'9': 2, 'b': 1, '7': 3, '0': 4, 'x': 5, '1': 6}");
  assert.deepEqual(Array.from(R.py_dict_view(d, "items")).map(([k]) => k), ["9", "b", "7", "0", "x", "1"]);
  assert.deepEqual(Array.from(R.py_dict_entries(d)).map(([k]) => k), ["9", "b", "7", "0", "x", "1"]);
  assert.equal(R.py_json_dumps(d), '{"9": 2, "b": 1, "7": 3, "0": 4, "x": 5, "1": 6}');
  assert.deepEqual(Array.from(R.py_reversed(d)), ["1", "x", "0", "7", "b", "9"]);
  assert.deepEqual(Array.from(R.py_dict_copy(d).keys()), ["9", "b", "7", "0", "x", "1"]);
  assert.deepEqual(Object.keys(d), ["0", "1", "7", "9", "b", "x"]); // JSON.stringify's order
  // deleting and adding again moves a key to the end
  R.py_delitem(d, "7");
  assert.equal(R.py_dict_pop(d, "b"), 1);
  R.py_setitem(d, "b", 7);
  R.py_setitem(d, "9", 8); // an existing key keeps its place
  assert.deepEqual(Array.from(R.py_iter(d)), ["9", "0", "x", "1", "b"]);
  assert.deepEqual(Array.from(R.py_dict_popitem(d)), ["b", 7]);
  assert.deepEqual(Array.from(R.py_iter(d)), ["9", "0", "x", "1"]);
  R.py_dict_clear(d);
  R.py_setitem(d, "5", 1);
  R.py_setitem(d, "a", 2);
  assert.deepEqual(Array.from(R.py_iter(d)), ["5", "a"]);
  // a key stored without the helpers (compiled code, a constant key) comes last
  R.py_setitem(d, "0", 3);
  d.z = 4;
  assert.deepEqual(Array.from(R.py_iter(d)), ["5", "a", "0", "z"]);
  // keys added in the order an object lists them need nothing kept
  const e = { 1: 1 };
  R.py_setitem(e, "2", 2);
  R.py_setitem(e, "c", 3);
  assert.deepEqual(Object.getOwnPropertySymbols(e), []);
  assert.deepEqual(Array.from(R.py_iter(e)), ["1", "2", "c"]);
});
