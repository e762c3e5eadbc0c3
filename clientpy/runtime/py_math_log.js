// requires: py_exceptions py_float_pow py_math_args
function py_math_log(x, base) {
  // x is converted and checked first, then the base (log(0, None) is a ValueError);
  // log(x) / log(1) divides by zero
  x = py_math_real(x);
  if (x <= 0) throw new py_ValueError("math domain error");
  if (base !== undefined) base = py_math_real(base); // log(3, True) divides by log(1)
  if (base !== undefined && base <= 0) throw new py_ValueError("math domain error");
  if (base === 1) throw new py_ZeroDivisionError("float division by zero");
  return base === undefined ? py_float_pow_log(x) : py_float_pow_log(x) / py_float_pow_log(base);
}
