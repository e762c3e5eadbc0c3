// CPython's repr() of a float: shortest round-trip digits, fixed notation when the
// decimal exponent is in [-4, 16), otherwise "1e+16" / "1.5e-05" style. The general
// layout of digits (py_float_repr_layout) is the formatting helpers'; a repr needs only
// its two simple cases, written out here.
function py_float_repr(x) {
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    if (Number.isInteger(x)) return String(x) + ".0";
    if (a > 1.0001e-4) return String(x);
  }
  if (x !== x) return "nan";
  if (a === Infinity) return x < 0 ? "-inf" : "inf";
  // Shortest digits "d.ddd" and the decimal exponent; left here: below 1e-4 or from 1e16
  // (exponent notation), or non-integral in [1e-4, 1.0001e-4] (exponent -4, fixed).
  const e = a.toExponential();
  const i = e.indexOf("e");
  const exp = Number(e.slice(i + 1));
  let s;
  if (exp === -4) {
    s = "0.000" + e.charAt(0) + (i > 1 ? e.slice(2, i) : "");
  } else {
    const ae = exp < 0 ? -exp : exp;
    s = e.slice(0, i) + (exp < 0 ? "e-" : "e+") + (ae < 10 ? "0" + ae : String(ae));
  }
  return x < 0 ? "-" + s : s;
}
