// requires: py_math_args
function py_math_asinh(x) {
  return Math.asinh(py_math_real(x));
}
