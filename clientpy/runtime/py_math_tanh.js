// requires: py_math_args
function py_math_tanh(x) {
  return Math.tanh(py_math_real(x));
}
