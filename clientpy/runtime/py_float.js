// requires: py_exceptions py_typename py_repr py_num_text
// float(x=0.0): numbers and bools as they are; strings by CPython's grammar (whitespace,
// sign, digits with single underscores between them, exponent, "inf", "infinity",
// "nan" in any case, Unicode decimal digits). The value is an ordinary JS number.
function py_float(x) {
  if (arguments.length === 0) return 0;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") {
    if (py_float_plain(x)) return Number(x);
    const s = py_num_text(x);
    if (/^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(s)) {
      return Number(s.indexOf("_") < 0 ? s : s.replace(/_/g, ""));
    }
    const m = /^([+-]?)(?:(inf|infinity)|nan)$/i.exec(s);
    if (m) return m[2] === undefined ? NaN : m[1] === "-" ? -Infinity : Infinity;
    throw new py_ValueError("could not convert string to float: " + py_repr(x));
  }
  throw new py_TypeError("float() argument must be a string or a real number, not '" + py_typename(x) + "'");
}

// "12.5", "-3", ".5", "7.": a sign, ASCII digits and at most one dot, nothing else. On
// these Number() reads what CPython's float() reads (both round correctly); anything
// else (spaces, "_", exponents, "inf", "", "0x1") takes the grammar above.
function py_float_plain(s) {
  const n = s.length;
  let i = 0;
  if (n > 0) {
    const c = s.charCodeAt(0);
    if (c === 43 || c === 45) i = 1;
  }
  let digits = 0;
  let dot = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else return false;
  }
  return digits > 0;
}
