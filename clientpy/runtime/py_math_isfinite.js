// requires: py_math_args
function py_math_isfinite(x) {
  return Number.isFinite(py_math_real(x));
}
