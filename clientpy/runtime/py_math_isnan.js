// requires: py_math_args
function py_math_isnan(x) {
  return Number.isNaN(py_math_real(x));
}
