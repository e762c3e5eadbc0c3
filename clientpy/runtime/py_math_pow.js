// requires: py_exceptions py_math_args py_pow_floats
function py_math_pow(x, y) {
  x = py_math_real(x); // pow(False, False) is 1.0
  y = py_math_real(y);
  if (x === 0 && y < 0) throw new py_ValueError("math domain error");
  const r = y === 0 || x === 1 ? 1 : x < 0 && !Number.isInteger(y) ? NaN : py_pow_float(x, y);
  py_math_domain(r, x + y);
  return py_math_range(r, x + y);
}
