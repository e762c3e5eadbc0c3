// requires: py_binop_error py_exceptions py_percent
// a % b: the remainder takes the sign of the divisor (CPython's float algorithm, exact
// for ints, which never come out as -0); a str on the left is %-formatting.
function py_mod(a, b) {
  if ((a | 0) === a && (b | 0) === b && b !== 0) {
    const r = a % b;
    if (r === 0) return 0;
    return (r < 0) !== (b < 0) ? r + b : r;
  }
  if (typeof a === "string") return py_percent(a, b, false);
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    const x = +a;
    const y = +b;
    const ints = Number.isInteger(x) && Number.isInteger(y);
    if (y === 0) throw new py_ZeroDivisionError(ints ? "integer modulo by zero" : "float modulo");
    let mod = x % y;
    if (mod !== 0) {
      if ((y < 0) !== (mod < 0)) mod += y;
    } else {
      mod = ints || y > 0 ? 0 : -0;
    }
    return mod;
  }
  throw py_binop_error("%", a, b);
}
