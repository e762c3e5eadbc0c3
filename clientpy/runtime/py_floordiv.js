// requires: py_binop_error py_exceptions
// a // b: floor division of numbers and bools, as CPython computes it (its float
// algorithm is exact for ints, whose results never come out as -0).
function py_floordiv(a, b) {
  if ((a | 0) === a && (b | 0) === b && b !== 0) {
    const q = Math.floor(a / b);
    return q === 0 ? 0 : q;
  }
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    const x = +a;
    const y = +b;
    const ints = Number.isInteger(x) && Number.isInteger(y);
    if (y === 0) {
      throw new py_ZeroDivisionError(ints ? "integer division or modulo by zero" : "float floor division by zero");
    }
    let mod = x % y;
    let div = (x - mod) / y;
    if (mod !== 0 && (y < 0) !== (mod < 0)) div -= 1;
    let q;
    if (div !== 0) {
      q = Math.floor(div);
      if (div - q > 0.5) q += 1;
    } else {
      q = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
    }
    return ints && q === 0 ? 0 : q;
  }
  throw py_binop_error("//", a, b);
}
