// What the formatting helpers share about placing a float's digits: py_float_repr_digits
// (shortest digits) and py_float_repr_layout (format_float_short's placement of digits,
// point and exponent). Exact digits and rounding are py_float_exact's.
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
