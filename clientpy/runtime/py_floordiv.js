// requires: py_binop_error py_exceptions py_float_floordiv py_int_divmod_big py_integral
// a // b for values of open type. Integral numbers count as ints, except -0, which only
// a float can be; ints are floored exactly and never give -0.
function py_floordiv(a, b) {
  if ((a | 0) === a && (b | 0) === b && b !== 0 && (a !== 0 || 1 / a > 0)) {
    const q = Math.floor(a / b);
    return q === 0 ? 0 : q;
  }
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    const x = +a;
    const y = +b;
    if (!py_integral(x) || !py_integral(y)) return py_float_floordiv(x, y);
    if (y === 0) throw new py_ZeroDivisionError("integer division or modulo by zero");
    return py_int_floordiv(x, y);
  }
  throw py_binop_error("//", a, b);
}


// x // y for two ints (py_integral, y not 0): by the float algorithm, exact where both
// are within 2**53; past it through BigInt (a double's quotient would round).
function py_int_floordiv(x, y) {
  if (x <= 9007199254740992 && x >= -9007199254740992 && y <= 9007199254740992 && y >= -9007199254740992) {
    const q = py_float_floordiv(x, y);
    return q === 0 ? 0 : q;
  }
  return py_int_divmod_big(x, y)[0];
}
