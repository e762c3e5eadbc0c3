// Exception classes and the except helpers, each expected value as CPython 3.11 gives it.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";
import { T, same } from "./expect_py.mjs";

const R = load(
  "py_exceptions", "py_exc_name", "py_exc_str", "py_exc_matches", "py_exc_wrap", "py_prevent_update",
  "py_exc_floats", "py_repr", "py_annotation_error", "py_float_arg", "py_list_index",
  "py_generator_stop", "py_consumer_stop",
);

test("classes, hierarchy, args, name and message", () => {
  const e = new R.py_KeyError("a");
  assert.ok(e instanceof Error);
  assert.ok(e instanceof R.py_LookupError && e instanceof R.py_Exception && e instanceof R.py_BaseException);
  same(e.args, T("a")); // KeyError('a').args
  assert.equal(e.name, "KeyError");
  assert.equal(e.message, "'a'"); // str(KeyError('a'))
  assert.equal(String(e), "KeyError: 'a'");
  assert.match(e.stack, /^KeyError: 'a'\n/);
  const pairs = [
    ["ZeroDivisionError", "ArithmeticError"], ["OverflowError", "ArithmeticError"], ["IndexError", "LookupError"],
    ["NotImplementedError", "RuntimeError"], ["RecursionError", "RuntimeError"], ["UnboundLocalError", "NameError"],
    ["ValueError", "Exception"], ["TypeError", "Exception"], ["AttributeError", "Exception"],
    ["AssertionError", "Exception"], ["StopIteration", "Exception"], ["ArithmeticError", "Exception"],
    ["LookupError", "Exception"], ["RuntimeError", "Exception"], ["NameError", "Exception"], ["Exception", "BaseException"],
  ];
  for (const [sub, base] of pairs) {
    const x = new R[`py_${sub}`]();
    assert.ok(x instanceof R[`py_${base}`], `${sub} is a ${base}`);
    assert.equal(x.name, sub);
  }
  assert.ok(!(new R.py_ValueError() instanceof R.py_TypeError));
  assert.equal(new R.py_StopIteration(5).value, 5); // StopIteration(5).value
  assert.equal(new R.py_StopIteration().value, null); // StopIteration().value is None
  class MyError extends R.py_ValueError {}
  const m = new MyError("x");
  assert.equal(m.name, "MyError"); // user subclasses keep their name
  assert.equal(m.message, "x");
  assert.ok(R.py_exc_matches(m, R.py_ValueError));
  assert.equal(R.py_exc_name(m), "MyError");
});

test("str(e)", () => {
  assert.equal(R.py_exc_str(new R.py_ValueError("a", 1)), "('a', 1)"); // str(ValueError('a', 1))
  assert.equal(R.py_exc_str(new R.py_ValueError(5)), "5");
  assert.equal(R.py_exc_str(new R.py_ValueError()), "");
  assert.equal(R.py_exc_str(new R.py_ValueError(null)), "None");
  assert.equal(R.py_exc_str(new R.py_ValueError([1, "x"])), "[1, 'x']");
  assert.equal(R.py_exc_str(new R.py_KeyError()), "");
  assert.equal(R.py_exc_str(new R.py_KeyError("a", 1)), "('a', 1)");
  assert.equal(R.py_exc_str(new R.py_KeyError(1.5)), "1.5");
  assert.equal(R.py_exc_str(new TypeError("x is not a function")), "x is not a function");
  assert.equal(R.py_exc_str(R.py_prevent_update()), "");
  assert.equal(R.py_exc_str("thrown text"), "thrown text");
});

test("names of anything thrown", () => {
  assert.equal(R.py_exc_name(new R.py_IndexError("x")), "IndexError");
  assert.equal(R.py_exc_name(new TypeError("x")), "TypeError");
  let overflow;
  const deep = () => deep() + 1;
  try {
    deep();
  } catch (e) {
    overflow = e;
  }
  assert.equal(R.py_exc_name(overflow), "RecursionError");
  assert.equal(R.py_exc_name(new RangeError("Invalid array length")), "Exception");
  assert.equal(R.py_exc_name(new ReferenceError("y is not defined")), "NameError");
  assert.equal(R.py_exc_name(new ReferenceError("Cannot access 'y' before initialization")), "UnboundLocalError");
  assert.equal(R.py_exc_name(new Error("x")), "Exception");
  assert.equal(R.py_exc_name(R.py_prevent_update()), "Exception");
});

test("except matching", () => {
  const k = new R.py_KeyError("a");
  assert.ok(R.py_exc_matches(k, R.py_KeyError));
  assert.ok(R.py_exc_matches(k, R.py_LookupError));
  assert.ok(R.py_exc_matches(k, R.py_Exception));
  assert.ok(R.py_exc_matches(k, T(R.py_ValueError, R.py_KeyError))); // except (ValueError, KeyError)
  assert.ok(!R.py_exc_matches(k, T(R.py_ValueError, R.py_IndexError)));
  // a list, a str, None, a nested tuple, a class that is no exception: CPython's
  // TypeError, whether or not the error would match
  const bad = [[R.py_KeyError], "KeyError", null, 3, T(R.py_ValueError, "x"), T(T(R.py_KeyError)), Map];
  for (const classes of bad) {
    assert.throws(() => R.py_exc_matches(k, classes), (e) =>
      e instanceof R.py_TypeError &&
      e.message === "catching classes that do not inherit from BaseException is not allowed");
  }
  assert.ok(!R.py_exc_matches(k, R.py_TypeError));
  const native = new TypeError("null has no properties");
  assert.ok(R.py_exc_matches(native, R.py_TypeError));
  assert.ok(R.py_exc_matches(native, R.py_Exception));
  assert.ok(R.py_exc_matches(native, R.py_BaseException));
  assert.ok(!R.py_exc_matches(native, R.py_ValueError));
  const overflow = new RangeError("Maximum call stack size exceeded");
  assert.ok(R.py_exc_matches(overflow, R.py_RecursionError));
  assert.ok(R.py_exc_matches(overflow, R.py_RuntimeError));
  assert.ok(!R.py_exc_matches(overflow, R.py_TypeError));
  assert.ok(R.py_exc_matches(new ReferenceError("Cannot access 'y' before initialization"), R.py_NameError));
  const prevent = R.py_prevent_update();
  assert.ok(R.py_exc_matches(prevent, R.py_Exception)); // PreventUpdate is an Exception in Dash
  assert.ok(!R.py_exc_matches(prevent, R.py_ValueError));
  assert.ok(R.py_exc_matches("text", R.py_Exception));
});

test("except ... as e wraps native errors", () => {
  const k = new R.py_KeyError("a");
  assert.equal(R.py_exc_wrap(k), k);
  const native = new TypeError("null has no properties");
  const w = R.py_exc_wrap(native);
  assert.ok(w instanceof R.py_TypeError);
  assert.equal(w.name, "TypeError");
  assert.equal(R.py_exc_str(w), "null has no properties");
  same(w.args, T("null has no properties"));
  assert.equal(w.original, native);
  const r = R.py_exc_wrap(new RangeError("Maximum call stack size exceeded"));
  assert.ok(r instanceof R.py_RecursionError);
  assert.equal(r.message, "maximum recursion depth exceeded");
  const plain = R.py_exc_wrap(new Error("boom"));
  assert.equal(plain.name, "Exception");
  assert.equal(plain.message, "boom");
  const prevent = R.py_prevent_update();
  const p = R.py_exc_wrap(prevent);
  assert.ok(p instanceof R.py_Exception);
  assert.equal(p.message, "");
  assert.equal(p.original, prevent);
});

test("arguments marked as floats print as floats", () => {
  const one = R.py_exc_floats(new R.py_ValueError(2), [true]);
  assert.equal(one.message, "2.0"); // str(ValueError(2.0))
  assert.equal(R.py_repr(one), "ValueError(2.0)");
  const two = R.py_exc_floats(new R.py_KeyError(2, 3, "a"), [true, false, false]);
  assert.equal(two.message, "(2.0, 3, 'a')"); // str(KeyError(2.0, 3, 'a'))
  assert.equal(R.py_repr(two), "KeyError(2.0, 3, 'a')");
  const key = R.py_exc_floats(new R.py_KeyError(1.5), [true]);
  assert.equal(key.message, "1.5"); // str(KeyError(1.5))
  assert.equal(new R.py_ValueError(2).message, "2"); // unmarked: an int
});

test("a lookup of a float names it as a float in its error", () => {
  const raises = (f) => {
    try {
      f();
    } catch (e) {
      return e;
    }
    assert.fail("did not raise");
  };
  const key = raises(() => R.py_float_arg(() => { throw new R.py_KeyError(2); }));
  assert.equal(key.message, "2.0"); // str(KeyError(2.0)), as {}.pop(2.0) raises it
  assert.equal(R.py_repr(key), "KeyError(2.0)");
  const missing = raises(() => R.py_float_arg(() => R.py_list_index([1, 2], 3)));
  assert.equal(missing.message, "3.0 is not in list"); // [1, 2].index(3.0)
  same(missing.args, T("3.0 is not in list"));
  const other = raises(() => R.py_float_arg(() => { throw new R.py_KeyError("a"); }));
  assert.equal(other.message, "'a'"); // only a number is marked
  assert.equal(R.py_float_arg(() => 7), 7);
});

test("an annotation the code relied on fails: AnnotationError, which no except takes", () => {
  let raised;
  try {
    R.py_annotation_error("total", "values", "list[float]", null, true);
  } catch (e) {
    raised = e;
  }
  assert.ok(raised instanceof R.py_AnnotationError);
  assert.ok(!(raised instanceof R.py_BaseException));
  assert.equal(raised.name, "AnnotationError");
  assert.match(raised.message, /^total\(\): `values` is annotated `list\[float\]` but holds None\. /);
  for (const classes of [R.py_Exception, R.py_BaseException, R.py_TypeError, T(R.py_ValueError, R.py_Exception)]) {
    assert.equal(R.py_exc_matches(raised, classes), false);
  }
  const described = (value) => {
    try {
      R.py_annotation_error("f", "x", "float", value, false);
    } catch (e) {
      return e.message.split(". ")[0];
    }
  };
  assert.equal(described(undefined), "f(): `x` is annotated `float` but is None");
  assert.equal(described(2), "f(): `x` is annotated `float` but is an int");
  assert.equal(described("a"), "f(): `x` is annotated `float` but is a str");
  assert.equal(described(Object.freeze([1])), "f(): `x` is annotated `float` but is a tuple");
  assert.ok(R.py_exc_matches(new TypeError("x"), R.py_Exception)); // other JS errors still match
});

test("py_raised: a class is instantiated, an exception kept, anything else a TypeError", () => {
  const P = load("py_raised");
  assert.ok(P.py_raised(P.py_KeyError) instanceof P.py_KeyError);
  const e = new P.py_ValueError("x");
  assert.equal(P.py_raised(e), e);
  for (const value of ["failed", 5, null, undefined, true, [1], new Map(), { a: 1 }]) {
    const made = P.py_raised(value);
    assert.ok(made instanceof P.py_TypeError);
    assert.equal(made.message, "exceptions must derive from BaseException");
  }
});

test("PEP 479: a generator's StopIteration becomes RuntimeError, a consumer's passes", () => {
  const stop = new R.py_StopIteration();
  const raised = R.py_generator_stop(stop);
  assert.ok(raised instanceof R.py_RuntimeError);
  assert.equal(raised.message, "generator raised StopIteration");
  assert.equal(raised.__cause__, stop);
  const other = new R.py_KeyError("k");
  assert.equal(R.py_generator_stop(other), other);
  const keys = new R.py_StopIteration(); // raised by min/max's key inside the fused loop
  assert.equal(R.py_generator_stop(R.py_consumer_stop(keys)), keys);
  assert.equal(R.py_consumer_stop(other), other);
  assert.equal(other.py_consumer, undefined);
});
