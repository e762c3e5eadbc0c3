// requires: py_math_args
function py_math_log1p(x) {
  x = py_math_real(x);
  return py_math_domain(x <= -1 ? NaN : Math.log1p(x), x);
}
