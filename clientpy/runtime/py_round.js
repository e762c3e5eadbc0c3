// requires: py_exceptions py_typename py_float_repr py_float_exact
// round(x, ndigits): half-to-even on the exact binary value, like CPython (round(2.5) == 2,
// round(2.675, 2) == 2.67, round(0.125, 2) == 0.12). Without ndigits the result is an int.
function py_round(x, ndigits) {
  if (typeof x === "boolean") x = x ? 1 : 0;
  else if (typeof x !== "number") {
    throw new py_TypeError("type " + py_typename(x) + " doesn't define __round__ method");
  }
  if (ndigits === undefined || ndigits === null) {
    if (Number.isInteger(x)) return x === 0 ? 0 : x;
    if (x !== x) throw new py_ValueError("cannot convert float NaN to integer");
    if (x === Infinity || x === -Infinity) throw new py_OverflowError("cannot convert float infinity to integer");
    const f = Math.floor(x);
    const d = x - f;
    const r = d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
    return r === 0 ? 0 : r;
  }
  let n;
  if (typeof ndigits === "boolean") n = ndigits ? 1 : 0;
  else if (typeof ndigits === "number" && Number.isInteger(ndigits)) n = ndigits;
  else throw new py_TypeError("'" + py_typename(ndigits) + "' object cannot be interpreted as an integer");
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  if (Number.isInteger(x) && n >= 0) return x;
  if (n > 323) return x;
  if (n < -308) return x < 0 ? -0 : 0;
  const a = x < 0 ? -x : x;
  if (n >= 0 && n <= 100 && a < 1e21 && !Number.isInteger(a * Math.pow(2, n + 1))) {
    const v = Number(a.toFixed(n));
    return x < 0 ? -v : v;
  }
  const r = py_float_repr_round(a, n, false);
  const v = r.d === "0" ? 0 : Number("0." + r.d + "e" + r.p);
  if (v === Infinity) throw new py_OverflowError("rounded value too large to represent");
  return x < 0 ? -v : v;
}
