// The Dash boundary (no_update, PreventUpdate, values in and out) and method dispatch on
// receivers of open type.
import test from "node:test";
import assert from "node:assert/strict";
import { load, loadWithMethods } from "./load.mjs";
import { T, same, raises } from "./expect_py.mjs";

test("no_update and PreventUpdate: Dash's objects when present, stable fallbacks otherwise", () => {
  const R = load("py_no_update", "py_prevent_update");
  const a = R.py_no_update();
  assert.equal(R.py_no_update(), a);
  assert.ok(Object.isFrozen(a));
  assert.equal(a.__clientpy_no_update, true);
  const p = R.py_prevent_update();
  assert.equal(R.py_prevent_update(), p);
  assert.ok(Object.isFrozen(p));
  assert.equal(p.__clientpy_prevent_update, true);
  // Dash creates its sentinels lazily, so they are looked up at each call.
  const noUpdate = Object.freeze({ description: "no_update" });
  const prevent = Object.freeze({ description: "prevent" });
  globalThis.dash_clientside = {};
  try {
    assert.equal(R.py_no_update(), a);
    globalThis.dash_clientside.no_update = noUpdate;
    globalThis.dash_clientside.PreventUpdate = prevent;
    assert.equal(R.py_no_update(), noUpdate);
    assert.equal(R.py_prevent_update(), prevent);
  } finally {
    delete globalThis.dash_clientside;
  }
});

test("from_js: an unset prop is None", () => {
  const R = load("py_from_js");
  same(R.py_from_js(undefined), null);
  same(R.py_from_js(null), null);
  const xs = [undefined];
  assert.equal(R.py_from_js(xs), xs);
  same(R.py_from_js(0), 0);
});

test("to_js: dicts, sets and tuples become JSON data, sharing what does not change", () => {
  const R = load("py_to_js");
  same(R.py_to_js(undefined), null);
  same(R.py_to_js(1.5), 1.5);
  const nums = [1, 2, 3];
  assert.equal(R.py_to_js(nums), nums); // no copy of a plain array
  const nested = { a: [1, { b: "x" }], c: null };
  assert.equal(R.py_to_js(nested), nested);
  same(R.py_to_js(T(1, 2)), [1, 2]);
  assert.ok(!Object.isFrozen(R.py_to_js(T(1, 2))));
  same(R.py_to_js(new Set([1])), [1]);
  same(R.py_to_js([1, undefined]), [1, null]);
  same(R.py_to_js(new Map([["a", new Map([["b", T(1)]])]])), { a: { b: [1] } });
  // json.dumps({1: 'a', 2.5: 'b', None: 'c', False: 'd', 10**22: 'e', 1e-07: 'f'})
  same(
    R.py_to_js(new Map([[1, "a"], [2.5, "b"], [null, "c"], [false, "d"], [1e22, "e"], [1e-7, "f"]])),
    { 1: "a", "2.5": "b", null: "c", false: "d", "1e+22": "e", "1e-07": "f" },
  );
  raises(() => R.py_to_js(new Map([[T(1, 2), 1]])), "TypeError", "keys must be str, int, float, bool or None, not tuple");
  const inner = [1];
  const outer = { keep: inner, t: T(2) };
  const out = R.py_to_js(outer);
  assert.notEqual(out, outer); // copied because the tuple changed ...
  assert.equal(out.keep, inner); // ... but unchanged parts are shared
  same(out, { keep: [1], t: [2] });
  same(outer.t, T(2)); // the input is not modified
  const proto = R.py_to_js(new Map([["__proto__", 1]]));
  assert.equal(Object.getPrototypeOf(proto), Object.prototype);
  same(Object.keys(proto), ["__proto__"]);
  const withProto = JSON.parse('{"__proto__": [1], "x": [2]}');
  withProto.x = T(2);
  const conv = R.py_to_js(withProto);
  same(Object.keys(conv), ["__proto__", "x"]);
  assert.equal(Object.getPrototypeOf(conv), Object.prototype);
  const d = new Date(0);
  assert.equal(R.py_to_js([d])[0], d); // foreign objects pass through
});

test("method calls on a receiver of open type", () => {
  const R = loadWithMethods(
    {
      "str.upper": "py_str_upper",
      "list.append": "py_list_append",
      "list.index": "py_list_index",
      "tuple.index": "py_list_index",
      "dict.get": "py_dict_get",
      "set.add": "py_set_add",
    },
    "py_callm",
  );
  same(R.py_callm("abc", "upper", []), "ABC"); // 'abc'.upper()
  const xs = [1];
  same(R.py_callm(xs, "append", [2]), null);
  same(xs, [1, 2]);
  same(R.py_callm(T(5, 6), "index", [6]), 1); // (5, 6).index(6)
  same(R.py_callm(new Map([["a", 1]]), "get", ["a"]), 1);
  same(R.py_callm({ a: 1 }, "get", ["b", 0]), 0); // {'a': 1}.get('b', 0)
  const s = new Set();
  R.py_callm(s, "add", [T(1)]);
  same(s, new Set([T(1)]));
  raises(() => R.py_callm(1, "upper", []), "AttributeError", "'int' object has no attribute 'upper'");
  raises(() => R.py_callm(null, "upper", []), "AttributeError", "'NoneType' object has no attribute 'upper'");
  raises(() => R.py_callm(undefined, "get", []), "AttributeError", "'NoneType' object has no attribute 'get'");
  raises(() => R.py_callm([], "upper", []), "AttributeError", "'list' object has no attribute 'upper'");
  raises(() => R.py_callm({}, "upper", []), "AttributeError", "'dict' object has no attribute 'upper'");
  raises(() => R.py_callm("abc", "foo", []), "AttributeError", "'str' object has no attribute 'foo'");
  raises(() => R.py_callm(T(1), "append", [2]), "AttributeError", "'tuple' object has no attribute 'append'");
  raises(() => R.py_callm("abc", "toString", []), "AttributeError", "'str' object has no attribute 'toString'");
  raises(() => R.py_callm({}, "hasOwnProperty", ["a"]), "AttributeError", "'dict' object has no attribute 'hasOwnProperty'");
  // Foreign objects keep their JS methods; so do functions stored on plain objects
  // (window.dash_clientside.set_props and friends).
  same(R.py_callm(new Date(0), "getTime", []), 0);
  const calls = [];
  const dc = { set_props: (id, props) => calls.push([id, props]) };
  R.py_callm(dc, "set_props", ["out", { children: 1 }]);
  same(calls, [["out", { children: 1 }]]);
});

test("a method count that one owner's method does not take raises for that owner", () => {
  const R = loadWithMethods(
    { "dict.update": "py_dict_update", "set.update": "py_set_update" },
    "py_callm_counted",
  );
  const refused = { dict: ["dict.update", ["other"], 1, 0, false, [], [], true] };
  const d = new Map([["k", 1]]);
  // d.update({"a": 1}, {"b": 2}): TypeError, and d unchanged
  raises(() => R.py_callm_counted(d, "update", [new Map([["a", 1]]), new Map([["b", 2]])], refused), "TypeError");
  same(d, new Map([["k", 1]]));
  raises(() => R.py_callm_counted({ k: 1 }, "update", [{}, {}], refused), "TypeError");
  const s = new Set([1]);
  R.py_callm_counted(s, "update", [[2], [3]], refused); // s.update([2], [3])
  same(s, new Set([1, 2, 3]));
});

test("a method is found before a call binds its arguments", () => {
  const R = loadWithMethods({ "list.pop": "py_list_pop" }, "py_method_of");
  const xs = [1];
  same(R.py_method_of(xs, "pop"), xs);
  raises(() => R.py_method_of("abc", "pop"), "AttributeError", "'str' object has no attribute 'pop'");
  raises(() => R.py_method_of(null, "pop"), "AttributeError", "'NoneType' object has no attribute 'pop'");
});

test("Patch records its operations as dash.Patch does, params in the same order", () => {
  const R = load("py_patch");
  const p = R.py_patch();
  p.at("data").insert(1, { type: "bar" });
  p.at("data").append(3);
  p.at("layout").del("shapes");
  assert.equal(
    JSON.stringify(p),
    JSON.stringify({
      __dash_patch_update: "__dash_patch_update",
      operations: [
        { operation: "Insert", location: ["data"], params: { value: { type: "bar" }, index: 1 } },
        { operation: "Append", location: ["data"], params: { value: 3 } },
        { operation: "Delete", location: ["layout", "shapes"], params: {} },
      ],
    }),
  );
});

test("py_from_dash: a deep copy of Dash's JSON value, None for unset props", () => {
  const R = load("py_from_dash");
  assert.equal(R.py_from_dash(undefined), null);
  assert.equal(R.py_from_dash(NaN), null);
  assert.equal(R.py_from_dash(3), 3);
  assert.equal(R.py_from_dash("s"), "s");
  const rows = [{ b: 1, a: [1, { c: null }] }, 2.5];
  const copy = R.py_from_dash(rows);
  assert.deepEqual(copy, rows);
  assert.notEqual(copy, rows);
  assert.notEqual(copy[0], rows[0]);
  assert.notEqual(copy[0].a[1], rows[0].a[1]);
  assert.deepEqual(Object.keys(copy[0]), ["b", "a"]);
  copy[0].a.push(9);
  assert.deepEqual(rows[0].a, [1, { c: null }]);
  const odd = JSON.parse('{"__proto__": [1], "x": 2}');
  const c2 = R.py_from_dash(odd);
  assert.deepEqual(Object.keys(c2), ["__proto__", "x"]);
  assert.deepEqual(c2.__proto__, [1]);
  assert.equal(Object.getPrototypeOf(c2), Object.prototype);
  const d = new Date(0);
  assert.equal(R.py_from_dash(d), d);
});

test("a dict id from ctx is Dash's AttributeDict: keys read as attributes, dict methods first", () => {
  const R = loadWithMethods({ "dict.get": "py_dict_get" }, "py_attrdict", "py_getattr", "py_method");
  const id = R.py_attrdict({ type: "btn", index: 4 });
  same(R.py_getattr(id, "index"), 4); // ctx.triggered_id.index
  same(R.py_method(id, "index"), 4); // `index` is no dict method
  same(R.py_method(id, "get")("type"), "btn"); // ctx.triggered_id.get("type")
  raises(() => R.py_getattr(id, "nope"), "AttributeError");
  same(Object.keys(id), ["type", "index"]); // the mark is not a key
  same(JSON.stringify(id), '{"type":"btn","index":4}');
  same(R.py_attrdict("btn"), "btn"); // a str id stays a str
  raises(() => R.py_getattr({ index: 4 }, "index"), "AttributeError", "'dict' object has no attribute 'index'");
});
