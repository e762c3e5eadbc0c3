// CPython's repr() of a float: shortest round-trip digits, fixed notation when the
// decimal exponent is in [-4, 16), otherwise "1e+16" / "1.5e-05" style.
// The file also holds what the formatting helpers share with it: py_float_repr_digits
// (shortest digits) and py_float_repr_layout (format_float_short's placement of digits,
// point and exponent). Exact digits and rounding are py_float_exact's.
function py_float_repr(x) {
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    if (Number.isInteger(x)) return String(x) + ".0";
    if (a > 1.0001e-4) return String(x);
  }
  if (x !== x) return "nan";
  if (a === Infinity) return x < 0 ? "-inf" : "inf";
  const r = py_float_repr_digits(a);
  const s = py_float_repr_layout(r.d, r.p, "r", 0, false, true);
  return x < 0 ? "-" + s : s;
}

// Shortest digits that round-trip, as {d: "12345", p: decpt} with a = 0.d * 10**p.
function py_float_repr_digits(a) {
  const e = a.toExponential();
  const i = e.indexOf("e");
  const d = e.charAt(0) + (i > 1 ? e.slice(2, i) : "");
  return { d: d, p: Number(e.slice(i + 1)) + 1 };
}

// format_float_short's layout of digits d with decimal point position p (value 0.d * 10**p).
// code "e" (precision = number of significant digits, i.e. the spec's precision + 1),
// "f" (digits after the point), "g" (significant digits) or "r" (repr); d must already be
// rounded to that precision. alt keeps the point (and, for "g", trailing zeros); dot0 is
// CPython's Py_DTSF_ADD_DOT_0. No sign.
function py_float_repr_layout(d, p, code, precision, alt, dot0) {
  const n = d.length;
  let useExp = false;
  let end = n;
  if (code === "e") {
    useExp = true;
    end = precision;
  } else if (code === "f") {
    end = p + precision;
  } else if (code === "g") {
    if (p <= -4 || p > (dot0 ? precision - 1 : precision)) useExp = true;
    if (alt) end = precision;
  } else if (p <= -4 || p > 16) {
    useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = p - 1;
    p = 1;
  }
  if (!useExp && dot0) end = end > p ? end : p + 1;
  else end = end > p ? end : p;
  let s = p <= 0 ? "0." + "0".repeat(-p) : "";
  if (p > 0 && p <= n) s += d.slice(0, p) + "." + d.slice(p);
  else s += d;
  if (n < p) s += "0".repeat(p - n) + "." + "0".repeat(end - p);
  else if (end > n) s += "0".repeat(end - n);
  if (!alt && s.charCodeAt(s.length - 1) === 46) s = s.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    s += (exp < 0 ? "e-" : "e+") + (ae < 10 ? "0" + ae : String(ae));
  }
  return s;
}
