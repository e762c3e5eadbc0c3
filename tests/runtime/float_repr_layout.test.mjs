// py_float_repr writes out the two layouts a repr needs; the formatting helpers' general
// py_float_repr_layout (code "r") must agree with it on every float.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_float_repr", "py_float_repr_layout");

function viaLayout(x) {
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  if (x !== x) return "nan";
  const a = Math.abs(x);
  if (a === Infinity) return x < 0 ? "-inf" : "inf";
  const r = R.py_float_repr_digits(a);
  const s = R.py_float_repr_layout(r.d, r.p, "r", 0, false, true);
  return x < 0 ? "-" + s : s;
}

test("py_float_repr and the general layout agree", () => {
  const values = [0, -0, NaN, Infinity, -Infinity, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308];
  for (let e = -30; e <= 30; e++) {
    const p = Math.pow(10, e);
    values.push(p, -p, p * 1.5, p * 1.0001, p * 0.99999, p * 1.00005);
  }
  values.push(1e-4, 1.00001e-4, 1.00009e-4, 1.0001e-4, 1.00011e-4, 9.999999999999999e-5, 1e16, 9999999999999998);
  const view = new DataView(new ArrayBuffer(8));
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0);
  for (let i = 0; i < 20000; i++) {
    view.setUint32(0, next());
    view.setUint32(4, next());
    values.push(view.getFloat64(0));
    values.push(next() / 1e9, next() / 1e13, next() * 1e7);
  }
  for (const x of values) assert.equal(R.py_float_repr(x), viaLayout(x), String(x));
});
