// requires: py_math_args
function py_math_fabs(x) {
  return Math.abs(py_math_real(x));
}
