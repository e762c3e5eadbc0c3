// requires: py_math_args
function py_math_sqrt(x) {
  x = py_math_real(x);
  return py_math_domain(x < 0 ? NaN : Math.sqrt(x), x);
}
