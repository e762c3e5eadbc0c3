// requires: py_binop_error py_exceptions py_int_divmod_big py_percent py_float_mod py_integral
// requires: py_typename
// a % b for values of open type: the remainder takes the sign of the divisor; integral
// numbers other than -0 count as ints, whose remainder is never -0. A str on the left
// is %-formatting. `floats` (from the compiler): "left" where a is known to be a float;
// else the flags py_percent takes for the values (true: b is a float).
function py_mod(a, b, floats) {
  const fast = floats === undefined || floats === false;
  if ((a | 0) === a && (b | 0) === b && b !== 0 && (a !== 0 || 1 / a > 0) && fast) {
    const r = a % b;
    if (r === 0) return 0;
    return (r < 0) !== (b < 0) ? r + b : r;
  }
  if (typeof a === "string") return py_percent(a, b, floats === undefined ? false : floats);
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    const x = +a;
    const y = +b;
    if (floats === true || floats === "left" || !py_integral(x) || !py_integral(y)) {
      return py_float_mod(x, y);
    }
    if (y === 0) throw new py_ZeroDivisionError("integer modulo by zero");
    const big = !(x <= 9007199254740992 && x >= -9007199254740992 && y <= 9007199254740992 && y >= -9007199254740992);
    if (big) {
      // `5 % -(10**16 + 2)`: a double rounds the remainder; exact, or OverflowError
      return py_int_mod_big(x, y);
    }
    const r = py_float_mod(x, y);
    return r === 0 ? 0 : r;
  }
  if (floats === "left" || floats === true) {
    // the float named 'float', where an integral one would pass for an int
    const left = floats === "left";
    throw new py_TypeError("unsupported operand type(s) for %: '" +
      (left ? "float" : py_typename(a)) + "' and '" + (left ? py_typename(b) : "float") + "'");
  }
  throw py_binop_error("%", a, b);
}
