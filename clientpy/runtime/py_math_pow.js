// requires: py_exceptions py_math_args py_pow_floats
// math.pow(x, y) as CPython's (C99's pow and its checks): 0 to a negative power is a
// domain error but to -inf is inf; a negative finite base to a fraction is a domain
// error, -inf to one is inf or 0.0, -1 to +-inf is 1.0; an infinite result from finite
// arguments is OverflowError.
function py_math_pow(x, y) {
  x = py_math_real(x); // pow(False, False) is 1.0
  y = py_math_real(y);
  if (x === 0 && y < 0 && y !== -Infinity) throw new py_ValueError("math domain error");
  let r;
  if (y === 0 || x === 1 || (x === -1 && !Number.isFinite(y) && y === y)) r = 1;
  else if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) r = NaN;
  else r = py_pow_float(x, y);
  const finite = Number.isFinite(x) && Number.isFinite(y) ? 0 : x + y; // (x + y may overflow)
  py_math_domain(r, finite);
  return py_math_range(r, finite);
}
