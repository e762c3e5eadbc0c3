// py_exc_text: str(e) in a bundle without py_exc_str, against CPython 3.11.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_exc_text", "py_exceptions");

test("py_exc_text: no argument, or the one str", () => {
  assert.equal(R.py_exc_text(new R.py_ValueError()), ""); // str(ValueError())
  assert.equal(R.py_exc_text(new R.py_RuntimeError()), "");
  assert.equal(R.py_exc_text(new R.py_TypeError("can't multiply")), "can't multiply");
  assert.equal(R.py_exc_text(new R.py_AttributeError("'int' object has no attribute 'x'")),
    "'int' object has no attribute 'x'");
  assert.equal(R.py_exc_text(new R.py_ValueError("")), ""); // str(ValueError(''))
  assert.equal(R.py_exc_text(new R.py_ZeroDivisionError("division by zero")), "division by zero");
});

test("py_exc_text agrees with py_exc_str where it is used", () => {
  const full = load("py_exc_str");
  const made = [
    () => new full.py_IndexError("list index out of range"),
    () => new full.py_StopIteration(),
    () => new full.py_OverflowError("integer result too large for a JS number"),
    () => new full.py_NameError("name 'x' is not defined"),
  ];
  for (const make of made) assert.equal(R.py_exc_text(make()), full.py_exc_str(make()));
});
