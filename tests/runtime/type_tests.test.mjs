// type(x) is T and type(x).__name__, each expected value as CPython 3.11 gives it.
import test from "node:test";
import { load } from "./load.mjs";
import { T, same, raises } from "./expect_py.mjs";

const R = load("py_type_is", "py_type_name", "py_exceptions", "py_dict", "py_set");
const { py_type_is, py_type_name, py_KeyError, py_LookupError, py_ValueError, py_TypeError } = R;

test("type(x).__name__ of the values a callback holds", () => {
  same(py_type_name(1), "int"); // type(1).__name__
  same(py_type_name(2.5), "float"); // type(2.5).__name__
  same(py_type_name(Infinity), "float"); // type(float('inf')).__name__
  same(py_type_name(true), "bool"); // type(True).__name__
  same(py_type_name("a"), "str"); // type('a').__name__
  same(py_type_name(null), "NoneType"); // type(None).__name__
  same(py_type_name(undefined), "NoneType"); // an unset Dash prop is None
  same(py_type_name([1]), "list"); // type([1]).__name__
  same(py_type_name(T(1)), "tuple"); // type((1,)).__name__
  same(py_type_name({ a: 1 }), "dict"); // type({'a': 1}).__name__ (Dash's JSON)
  same(py_type_name(new Map()), "dict"); // type({}).__name__
  same(py_type_name(new Set([1])), "set"); // type({1}).__name__
  same(py_type_name(new py_KeyError("k")), "KeyError"); // type(KeyError('k')).__name__
});

test("type() of what has no Python class here is an error, not a guess", () => {
  raises(() => py_type_name(() => 1), "TypeError", "type() of a function has no Python class in the browser");
  raises(() => py_type_name(new Date(0)), "TypeError", "type() of a 'Date' value has no Python class in the browser");
});

test("type(x) is T: exact, a bool is no int, a subclass no base", () => {
  same(py_type_is(1, ["int"]), true); // type(1) is int
  same(py_type_is(true, ["int"]), false); // type(True) is int
  same(py_type_is(2.5, ["int", "float"]), true); // type(2.5) in (int, float)
  same(py_type_is(null, ["NoneType"]), true); // type(None) is type(None)
  same(py_type_is({ a: 1 }, ["list", "dict"]), true); // type({'a': 1}) in (list, dict)
  same(py_type_is(T(1), ["list"]), false); // type((1,)) is list
  same(py_type_is(new py_KeyError("k"), [py_KeyError]), true); // type(KeyError('k')) is KeyError
  same(py_type_is(new py_KeyError("k"), [py_LookupError]), false); // type(KeyError('k')) is LookupError
  same(py_type_is(new py_KeyError("k"), ["str", py_ValueError]), false); // type(KeyError('k')) in (str, ValueError)
  same(py_type_is(new TypeError("x"), [py_TypeError]), true); // a JS TypeError stands for Python's
  same(py_type_is(1, [py_TypeError]), false); // type(1) is TypeError
});
