// Core helpers (truthiness, ==, ordering, in, type names, is), each expected value as
// CPython 3.11 gives it.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";
import { T, same, raises } from "./expect_py.mjs";

const R = load("py_bool", "py_eq", "py_ne", "py_lt", "py_le", "py_gt", "py_ge", "py_in", "py_typename", "py_is");
const { py_bool, py_eq, py_ne, py_lt, py_le, py_gt, py_ge, py_in, py_typename, py_is } = R;

const obj = (entries) => {
  const o = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  return o;
};

test("truthiness", () => {
  const falsy = [[], {}, "", 0, -0, null, undefined, false, new Map(), new Set(), Object.create(null)];
  falsy.forEach((x, i) => assert.equal(py_bool(x), false, `falsy #${i}`));
  const truthy = [[0], T(0), " ", 1, -1, 0.5, NaN, true, new Map([[0, 0]]), new Set([0]), { a: 0 }, () => 0, new Date(0)];
  truthy.forEach((x, i) => assert.equal(py_bool(x), true, `truthy #${i}`));
  assert.equal(py_bool(JSON.parse('{"__proto__": 1}')), true); // {'__proto__': 1}
  assert.equal(py_bool([]), false); // bool([]) is False, unlike JS
});

test("== is deep and follows Python's number rules", () => {
  assert.equal(py_eq([1, [2]], [1, [2]]), true); // [1, [2]] == [1, [2]]
  assert.equal(py_ne(T(1, 2), [1, 2]), true); // (1, 2) != [1, 2]
  assert.equal(py_eq(T(1, 2), T(1, 2)), true);
  assert.equal(py_eq([1, 2], [1, 2, 3]), false);
  assert.equal(py_eq(new Map([["a", 1]]), { a: 1 }), true); // {'a': 1} == {'a': 1} (Map and JSON object)
  assert.equal(py_eq({ a: 1 }, new Map([["a", 1]])), true);
  assert.equal(py_eq({ a: 1, b: [2] }, { b: [2], a: 1 }), true); // dict order does not matter
  assert.equal(py_eq({ a: 1 }, { a: 1, b: 2 }), false);
  assert.equal(py_eq(new Map([["a", 1]]), new Map([["a", 1.0]])), true); // {'a': 1} == {'a': 1.0}
  assert.equal(py_eq(new Map([[1, "a"]]), new Map([[true, "a"]])), true); // {1: 'a'} == {True: 'a'}
  assert.equal(py_eq(new Map([[T(1, 2), 1]]), new Map([[T(1, 2), 1]])), true); // {(1, 2): 1} == {(1, 2): 1}
  assert.equal(py_eq(new Map([[1, "a"]]), { 1: "a" }), false); // {1: 'a'} != {'1': 'a'}
  assert.equal(py_eq(new Set([1, 2]), new Set([2, 1])), true); // {1, 2} == {2, 1}
  assert.equal(py_eq(new Set([1]), new Set([true])), true); // {1} == {True}
  assert.equal(py_eq(new Set([T(1)]), new Set([T(1)])), true); // {(1,)} == {(1,)}
  assert.equal(py_eq(new Set([1]), [1]), false);
  assert.equal(py_eq(true, 1), true); // True == 1
  assert.equal(py_eq(1, 1.0), true);
  assert.equal(py_eq(false, 0), true);
  assert.equal(py_eq("1", 1), false); // '1' == 1 is False
  assert.equal(py_eq(null, undefined), true); // None == None (an unset Dash prop is None)
  assert.equal(py_eq(null, 0), false); // None == 0 is False
  assert.equal(py_eq(undefined, false), false);
  assert.equal(py_eq(NaN, NaN), false); // float('nan') == float('nan')
  assert.equal(py_eq([], {}), false);
  assert.equal(py_eq(new Map(), {}), true); // {} == {}
  assert.equal(py_eq(obj([["__proto__", 1]]), obj([["__proto__", 1]])), true);
  assert.equal(py_eq(obj([["__proto__", 1]]), {}), false);
  const d = new Date(0);
  assert.equal(py_eq(d, d), true);
  assert.equal(py_eq(d, new Date(0)), false); // foreign objects by identity
  assert.equal(py_ne(1, 2), true);
  assert.equal(py_ne(NaN, NaN), true);
  assert.equal(py_ne([1], [1]), false);
});

test("ordering", () => {
  assert.equal(py_lt([1, 2], [1, 2, 0]), true); // [1, 2] < [1, 2, 0]
  assert.equal(py_lt([1, 2], [1, 3]), true);
  assert.equal(py_lt(T(1, "a"), T(1, "b")), true); // (1, 'a') < (1, 'b')
  assert.equal(py_lt([], [0]), true);
  assert.equal(py_le([1], [1]), true);
  assert.equal(py_ge([2], [1, 9]), true); // [2] >= [1, 9]
  assert.equal(py_lt([1], [1, "a"]), true); // [1] < [1, 'a']: lengths decide
  assert.equal(py_lt("abc", "abd"), true);
  assert.equal(py_lt("Z", "a"), true);
  assert.equal(py_gt("\u{1F600}", "\uffff"), true); // by code point, not UTF-16 unit
  assert.equal(py_lt("\uffff", "\u{1F600}"), true);
  assert.equal(py_lt("a", "ab"), true);
  assert.equal(py_lt(true, 2), true); // True < 2
  assert.equal(py_gt(1.5, true), true); // 1.5 > True
  assert.equal(py_lt(false, true), true);
  assert.equal(py_lt(NaN, 1), false);
  assert.equal(py_ge(NaN, 1), false);
  assert.equal(py_le(Infinity, Infinity), true);
  assert.equal(py_lt([NaN], [1]), false); // [nan] < [1]: nan < 1 decides
  assert.equal(py_lt(new Set([1, 2]), new Set([1, 2, 3])), true); // {1, 2} < {1, 2, 3}
  assert.equal(py_le(new Set([1, 2]), new Set([1, 2])), true);
  assert.equal(py_lt(new Set([1, 2]), new Set([1, 2])), false);
  assert.equal(py_gt(new Set([1, 3]), new Set([1])), true);
  assert.equal(py_ge(new Set([1]), new Set([1])), true);
  assert.equal(py_gt(new Set([1]), new Set([2])), false);
  assert.equal(py_le(new Set([T(1, 2)]), new Set([T(1, 2), 3])), true); // {(1, 2)} <= {(1, 2), 3}
  raises(() => py_lt(1, "a"), "TypeError", "'<' not supported between instances of 'int' and 'str'");
  raises(() => py_lt("a", 1), "TypeError", "'<' not supported between instances of 'str' and 'int'");
  raises(() => py_le("a", 1.5), "TypeError", "'<=' not supported between instances of 'str' and 'float'");
  raises(() => py_gt(null, null), "TypeError", "'>' not supported between instances of 'NoneType' and 'NoneType'");
  raises(() => py_ge(1, undefined), "TypeError", "'>=' not supported between instances of 'int' and 'NoneType'");
  raises(() => py_lt([1], T(1)), "TypeError", "'<' not supported between instances of 'list' and 'tuple'");
  raises(() => py_lt(new Map(), new Map()), "TypeError", "'<' not supported between instances of 'dict' and 'dict'");
  raises(() => py_lt({}, {}), "TypeError", "'<' not supported between instances of 'dict' and 'dict'");
  raises(() => py_lt(new Set([1]), [1]), "TypeError", "'<' not supported between instances of 'set' and 'list'");
  raises(() => py_lt([1, 2], [1, "a"]), "TypeError", "'<' not supported between instances of 'int' and 'str'");
});

test("in", () => {
  assert.equal(py_in("b", "abc"), true); // 'b' in 'abc'
  assert.equal(py_in("", "abc"), true);
  assert.equal(py_in("ac", "abc"), false);
  assert.equal(py_in(1, new Map([[1, 2]])), true); // 1 in {1: 2}
  assert.equal(py_in(true, new Map([[1, 2]])), true); // True in {1: 2}
  assert.equal(py_in(2, new Map([[1, 2]])), false); // values are not keys
  assert.equal(py_in(T(1, 2), new Map([[T(1, 2), 3]])), true); // (1, 2) in {(1, 2): 3}
  assert.equal(py_in(null, new Map([[null, 1]])), true);
  assert.equal(py_in(undefined, new Map([[null, 1]])), true);
  assert.equal(py_in("a", { a: 1 }), true);
  assert.equal(py_in("toString", { a: 1 }), false); // only own keys
  assert.equal(py_in("__proto__", {}), false);
  assert.equal(py_in("__proto__", JSON.parse('{"__proto__": 1}')), true);
  assert.equal(py_in(1, { 1: "a" }), false); // 1 in {'1': 'a'}
  assert.equal(py_in([1], [[1]]), true); // [1] in [[1]]
  assert.equal(py_in(1.0, [true]), true); // 1.0 in [True]
  assert.equal(py_in(T(1, 2), [[1, 2]]), false); // (1, 2) in [[1, 2]]
  assert.equal(py_in(null, [null]), true);
  assert.equal(py_in("a", ["b", "a"]), true); // 'a' in ['b', 'a']
  assert.equal(py_in("1", [1, true, ["1"]]), false); // no other value equals a str
  assert.equal(py_in("", T("")), true); // '' in ('',)
  assert.equal(py_in(3, T(1, 2)), false);
  assert.equal(py_in(T(1, 2), new Set([T(1, 2)])), true); // (1, 2) in {(1, 2)}
  assert.equal(py_in(1, new Set([true])), true);
  function* gen() {
    yield 1;
    yield 2;
    yield 3;
  }
  const g = gen();
  assert.equal(py_in(2, g), true); // 2 in (x for x in [1, 2, 3])
  assert.equal(g.next().value, 3); // the generator was read up to the match
  raises(() => py_in(1, "abc"), "TypeError", "'in <string>' requires string as left operand, not int");
  raises(() => py_in(null, "abc"), "TypeError", "'in <string>' requires string as left operand, not NoneType");
  raises(() => py_in(1, 5), "TypeError", "argument of type 'int' is not iterable");
  raises(() => py_in(1, null), "TypeError", "argument of type 'NoneType' is not iterable");
  raises(() => py_in(1, undefined), "TypeError", "argument of type 'NoneType' is not iterable");
  raises(() => py_in([1], new Map()), "TypeError", "unhashable type: 'list'");
  raises(() => py_in([1], {}), "TypeError", "unhashable type: 'list'");
  raises(() => py_in([1], new Set([1])), "TypeError", "unhashable type: 'list'");
  raises(() => py_in(new Map(), new Set([1])), "TypeError", "unhashable type: 'dict'");
});

test("type names", () => {
  const cases = [
    [null, "NoneType"], [undefined, "NoneType"], [true, "bool"], [1, "int"], [-0, "int"], [1.5, "float"],
    [NaN, "float"], [Infinity, "float"], ["", "str"], [[], "list"], [T(), "tuple"], [T(1), "tuple"],
    [new Map(), "dict"], [{}, "dict"], [Object.create(null), "dict"], [new Set(), "set"], [() => 1, "function"],
    [new Date(0), "Date"], [(function* () {})(), "generator"], [Promise.resolve(1), "Promise"],
  ];
  for (const [x, name] of cases) assert.equal(py_typename(x), name, name);
  const E = load("py_exceptions", "py_typename");
  assert.equal(E.py_typename(new E.py_KeyError("a")), "KeyError");
  assert.equal(E.py_typename(E.py_KeyError), "type");
  class MyError extends E.py_ValueError {}
  assert.equal(E.py_typename(new MyError()), "MyError");
});

test("is", () => {
  assert.equal(py_is(null, undefined), true); // x is None with an unset Dash prop
  assert.equal(py_is(undefined, null), true);
  assert.equal(py_is(null, 0), false);
  assert.equal(py_is(false, 0), false); // False is not 0
  assert.equal(py_is(true, true), true);
  const xs = [1];
  assert.equal(py_is(xs, xs), true);
  assert.equal(py_is(xs, [1]), false);
  const nan = NaN;
  assert.equal(py_is(nan, nan), true); // x = float('nan'); x is x
});

test("a NaN in a container is found by identity, never equal to itself", () => {
  const n = NaN; // n = float("nan"); the same object each time below
  assert.equal(py_eq(n, n), false); // n == n
  assert.equal(py_ne(n, n), true); // n != n
  assert.equal(py_eq([n], [n]), true); // [n] == [n]: identity first
  assert.equal(py_eq(new Map([["k", n]]), { k: n }), true); // {"k": n} == {"k": n}
  assert.equal(py_in(n, [1, n]), true); // n in [1, n]
  assert.equal(py_le([n], [n]), true); // [n] <= [n]
  assert.equal(py_lt([n, 1], [n, 2]), true); // [n, 1] < [n, 2]
});
