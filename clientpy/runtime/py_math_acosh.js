// requires: py_math_args
function py_math_acosh(x) {
  x = py_math_real(x);
  return py_math_domain(Math.acosh(x), x);
}
