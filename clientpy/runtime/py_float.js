// requires: py_exceptions py_typename py_repr py_num_text
// float(x=0.0): numbers and bools as they are; strings by CPython's grammar (whitespace,
// sign, digits with single underscores between them, exponent, "inf", "infinity",
// "nan" in any case, Unicode decimal digits). The value is an ordinary JS number.
function py_float(x) {
  if (arguments.length === 0) return 0;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") {
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
