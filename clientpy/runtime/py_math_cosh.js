// requires: py_math_args
function py_math_cosh(x) {
  x = py_math_real(x);
  return py_math_range(Math.cosh(x), x);
}
