// requires: py_math_args
function py_math_atanh(x) {
  x = py_math_real(x);
  return py_math_domain(Math.abs(x) >= 1 ? NaN : Math.atanh(x), x);
}
