// requires: py_exceptions py_typename py_repr_str py_num_text
// float(x=0.0): numbers and bools as they are; strings by CPython's grammar (whitespace,
// sign, digits with single underscores between them, exponent, "inf", "infinity",
// "nan" in any case, Unicode decimal digits). The value is an ordinary JS number.
function py_float(x) {
  if (arguments.length === 0) return 0;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") {
    const v = Number(x);
    if (v === v && py_float_decimal(x)) return v;
    const s = py_num_text(x);
    if (/^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(s)) {
      return Number(s.indexOf("_") < 0 ? s : s.replace(/_/g, ""));
    }
    const m = /^([+-]?)(?:(inf|infinity)|nan)$/i.exec(s);
    if (m) return m[2] === undefined ? NaN : m[1] === "-" ? -Infinity : Infinity;
    throw new py_ValueError("could not convert string to float: " + py_repr_str(x));
  }
  throw new py_TypeError("float() argument must be a string or a real number, not '" + py_typename(x) + "'");
}

// Whether Number() read `s` as a decimal literal, given that it read a number: then
// CPython's float() reads the same value (both round correctly). Number() also reads
// "0x1f", "0o7", "0b1" and "" as numbers, and strips whitespace CPython keeps ("\ufeff1");
// a literal that starts with a digit, a sign or a dot and ends with a digit or a dot is
// none of those. Anything else ("1_000", " 1e5 ", "inf", "١") takes the grammar above.
function py_float_decimal(s) {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (!((last >= 48 && last <= 57) || last === 46)) return false;
  if (first >= 49 && first <= 57) return true;
  if (first === 48) {
    const c = s.charCodeAt(1) | 32;
    return c !== 120 && c !== 111 && c !== 98; // not 0x, 0o, 0b
  }
  return first === 43 || first === 45 || first === 46;
}
